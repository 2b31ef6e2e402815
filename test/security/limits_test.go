package security

// Resource limits: slowloris (many connections each sending one byte per
// second), a peer that never reads, maxConnections under a connect storm.
// The loop runs on a fake clock (eventloop.FakeClock), so "one byte per
// second" for ten seconds takes no real time and timer order is exact.

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// slowlorisResult is what TestSlowloris measures.
type slowlorisResult struct {
	Attackers, MaxConnections            int
	Accepted, Dropped, DropEvents        int
	IdleTimeouts, Deadlines              int
	BytesPerConnection                   []int
	ConnectionsAfter                     int
	HeapBefore, HeapDuring, HeapAfter    uint64
	Idle, Deadline, Interval, AttackSpan time.Duration
}

// slowloris: attackers connect to a server that keeps at most
// maxConnections; the accepted ones then send one byte every second and
// never finish a request. Each server socket has an idle timeout of 3 s
// (socket.setTimeout), which the bytes keep refreshing, and the server
// gives each connection an absolute deadline of 10.5 s from the start of
// the attack (a timer that destroys it): the defence Node's net leaves to
// the application.
func slowloris(t *testing.T, attackers, maxConns int) slowlorisResult {
	t.Helper()
	clock := eventloop.NewFakeClock()
	loop, err := eventloop.New(eventloop.WithClock(clock))
	require.NoError(t, err)
	r := slowlorisResult{Attackers: attackers, MaxConnections: maxConns, Idle: 3 * time.Second,
		Deadline: 10500 * time.Millisecond, Interval: time.Second}
	var served []*netmod.Socket
	got := map[*netmod.Socket]int{}
	server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		served = append(served, s)
		r.Accepted++
		s.OnError(func(error) {})
		s.OnData(func(d []byte) { got[s] += len(d) })
		require.NoError(t, s.SetTimeout(r.Idle, func() {
			r.IdleTimeouts++
			s.Destroy(nil)
		}))
		s.Write([]byte("x"), nil) // tells the client it was accepted
	})
	server.MaxConnections = maxConns
	server.OnDrop(func(netmod.DropInfo) { r.DropEvents++ })
	var clients []*netmod.Socket
	var attack func()
	settled := 0
	settle := func() {
		if settled++; settled == attackers {
			attack()
		}
	}
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1", Backlog: 511}, func() {
		port := serverPort(server)
		for i := 0; i < attackers; i++ {
			c, err := netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Host: "127.0.0.1", Port: port}, nil)
			require.NoError(t, err)
			clients = append(clients, c)
			c.OnError(func(error) {})
			accepted := false
			c.OnData(func([]byte) {
				if !accepted {
					accepted = true
					settle()
				}
			})
			c.OnEnd(func() {
				if settled < attackers {
					r.Dropped++
					settle()
				}
			})
		}
	}))
	attack = func() {
		// Every connection is either served or dropped; no timer was armed
		// before this point, so the fake clock has not moved.
		start := clock.Now()
		r.HeapBefore = heapInUse()
		for _, s := range served {
			loop.SetTimeout(func() {
				if !s.Destroyed() {
					r.Deadlines++
					s.Destroy(nil)
				}
			}, r.Deadline)
		}
		for _, c := range clients {
			if c.ReadableEnded() {
				c.Destroy(nil)
				continue
			}
			var tick *eventloop.Timer
			tick = loop.SetInterval(func() {
				if c.Destroyed() || c.ReadableEnded() {
					tick.Close()
					c.Destroy(nil)
					return
				}
				c.Write([]byte("G"), nil)
			}, r.Interval)
			c.OnClose(func(bool) { tick.Close() })
			c.OnEnd(func() { c.Destroy(nil) })
		}
		loop.SetTimeout(func() { r.HeapDuring = heapInUse() }, 5*time.Second)
		loop.SetTimeout(func() {
			r.AttackSpan = clock.Now() - start
			r.ConnectionsAfter = server.Connections()
			server.Close(nil)
		}, 11*time.Second)
	}
	require.NoError(t, loop.Run())
	require.NoError(t, loop.Close())
	for _, s := range served {
		r.BytesPerConnection = append(r.BytesPerConnection, got[s])
	}
	r.HeapAfter = heapInUse()
	return r
}

func TestSlowloris(t *testing.T) {
	r := cached("slowloris", func() any { return slowloris(t, 200, 64) }).(slowlorisResult)
	t.Logf("slowloris: %+v", r)
	require.Equal(t, 64, r.Accepted)
	require.Equal(t, 136, r.Dropped)
	require.Equal(t, 136, r.DropEvents)
	require.Zero(t, r.IdleTimeouts, "one byte a second keeps a 3 s idle timeout from firing, as in Node")
	require.Equal(t, 64, r.Deadlines, "the absolute deadline ends every slow connection")
	for i, n := range r.BytesPerConnection {
		require.Equal(t, 10, n, "connection %d: one byte at each of 1 s .. 10 s, then the deadline", i)
	}
	require.Zero(t, r.ConnectionsAfter)
}

// heapInUse is the Go heap in use after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func serverPort(s *netmod.Server) int {
	a, _ := s.Address()
	return a.Port
}

// neverReadResult is what TestPeerNeverReads measures.
type neverReadResult struct {
	Chunk, HighWaterMark   int
	Polite                 bool
	Written, KernelHeld    int64
	MaxQueued, QueuedAtEnd int
	Drains, FalseReturns   int
	HeapBefore, HeapAtEnd  uint64
}

// neverRead: a server writes 64 KiB chunks to a client that never reads
// (paused from the start, so the kernel's buffers fill). A polite writer
// stops when Write returns false and goes on at 'drain'; an impolite one
// writes `limit` bytes regardless. After 10 s of fake time with no progress
// the queue is measured.
func neverRead(t *testing.T, polite bool, limit int) neverReadResult {
	t.Helper()
	clock := eventloop.NewFakeClock()
	loop, err := eventloop.New(eventloop.WithClock(clock))
	require.NoError(t, err)
	r := neverReadResult{Chunk: 64 << 10, HighWaterMark: 16 << 10, Polite: polite}
	chunk := make([]byte, r.Chunk)
	var client *netmod.Socket
	var server *netmod.Server
	server = netmod.CreateServer(loop, netmod.ServerOptions{HighWaterMark: r.HighWaterMark}, func(s *netmod.Socket) {
		server.Close(nil)
		s.OnError(func(error) {})
		write := func() {
			for {
				if !polite && r.Written >= int64(limit) {
					return
				}
				ok := s.Write(chunk, nil)
				r.Written += int64(len(chunk))
				r.MaxQueued = max(r.MaxQueued, s.WritableLength())
				if !ok {
					r.FalseReturns++
					if polite {
						return
					}
				}
			}
		}
		s.OnDrain(func() {
			r.Drains++
			if polite {
				write()
			}
		})
		r.HeapBefore = heapInUse()
		write()
		loop.SetTimeout(func() {
			r.QueuedAtEnd = s.WritableLength()
			r.KernelHeld = s.BytesWritten() - int64(s.WritableLength())
			r.HeapAtEnd = heapInUse()
			s.Destroy(nil)
			client.Destroy(nil)
		}, 10*time.Second)
	})
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		client, err = netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Host: "127.0.0.1", Port: serverPort(server)}, nil)
		require.NoError(t, err)
		client.Pause()
		client.OnError(func(error) {})
	}))
	require.NoError(t, loop.Run())
	require.NoError(t, loop.Close())
	return r
}

func TestPeerNeverReads(t *testing.T) {
	r := cached("neverread-polite", func() any { return neverRead(t, true, 0) }).(neverReadResult)
	t.Logf("polite writer: %+v", r)
	require.Positive(t, r.KernelHeld, "the kernel took what its buffers hold")
	require.LessOrEqual(t, r.MaxQueued, r.HighWaterMark+r.Chunk, "queued bytes stay under highWaterMark plus one chunk")
	require.LessOrEqual(t, r.QueuedAtEnd, r.HighWaterMark+r.Chunk)
	require.Equal(t, r.Written, r.KernelHeld+int64(r.QueuedAtEnd), "every byte written is in the kernel or queued")
	require.Equal(t, r.Drains+1, r.FalseReturns, "each false return but the last was followed by 'drain'")

	const limit = 8 << 20
	b := cached("neverread-impolite", func() any { return neverRead(t, false, limit) }).(neverReadResult)
	t.Logf("impolite writer: %+v", b)
	require.Equal(t, int64(limit), b.Written)
	require.Equal(t, b.Written, b.KernelHeld+int64(b.QueuedAtEnd))
	require.Greater(t, b.QueuedAtEnd, r.HighWaterMark+r.Chunk, "ignoring write()'s false, the queue grows with what is written, as in Node")
}
