package integration

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/netmod"
)

const (
	maxWrite     = 256 << 10 // largest client write
	sourceSize   = 8 << 20   // random bytes the client's writes are cut from
	heapBudget   = 96 << 20  // allowed growth of the live heap over the run
	integrityTTL = 5 * time.Minute
)

// integrityResult is what each side reports once its socket has closed.
type integrityResult struct {
	sent, received int64
	sentSum        string // client only
	receivedSum    string
	err            error
}

// echoStats are the server's backpressure observations.
type echoStats struct {
	maxWritable int // largest writableLength right after a write
	maxChunk    int // largest 'data' chunk
	hwm         int
	pauses      int // times write() returned false and reading was paused
}

// TestDataIntegrity sends integritySize random bytes, in writes of random
// size (1 B to 256 KiB, log-uniform), through a netmod echo server written
// as a Node user writes one (pause when write() returns false, resume on
// 'drain'), to a client that stops reading now and then. Both ends hash what
// they see with SHA-256. It checks that every byte comes back in order, that
// the server never buffers more than highWaterMark plus one chunk for
// writing, and that the heap stays bounded. Server and client run on two
// loops, each on its own goroutine.
func TestDataIntegrity(t *testing.T) {
	total := int64(integritySize)
	if testing.Short() {
		total = 64 << 20
	}
	dataIntegrity(t, total, "")
}

// TestDataIntegrityIPC is TestDataIntegrity over IPC (a Unix domain
// socket, or on Windows a named pipe), with a quarter of the bytes.
func TestDataIntegrityIPC(t *testing.T) {
	total := int64(integritySize / 4)
	if testing.Short() {
		total = 16 << 20
	}
	dataIntegrity(t, total, testutil.IPCPath(t, "integrity.sock"))
}

// dataIntegrity runs the integrity test with total bytes each way (unless
// NODENET_INTEGRITY_BYTES says otherwise), over TCP on 127.0.0.1 or, if
// path is not empty, over IPC on path.
func dataIntegrity(t *testing.T, total int64, path string) {
	if v := os.Getenv("NODENET_INTEGRITY_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		require.NoError(t, err)
		total = n
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("NODENET_INTEGRITY_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		require.NoError(t, err)
		seed = n
	}
	t.Logf("sending %d MiB each way, seed %d (NODENET_INTEGRITY_SEED)", total>>20, seed)

	src := make([]byte, sourceSize)
	fill := rand.New(rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), byte(seed >> 16), byte(seed >> 24)}))
	for i := 0; i < len(src); i += 8 {
		v := fill.Uint64()
		for j := 0; j < 8 && i+j < len(src); j++ {
			src[i+j] = byte(v >> (8 * j))
		}
	}

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	baseHeap := ms.HeapAlloc

	serverLoop, err := eventloop.New()
	require.NoError(t, err)
	portCh := make(chan int, 1)
	serverDone := make(chan integrityResult, 1)
	stats := &echoStats{}
	var peakHeap uint64
	go func() {
		serverDone <- runEchoServer(serverLoop, path, portCh, stats, &peakHeap)
	}()

	clientDone := make(chan integrityResult, 1)
	var clientLoop *eventloop.Loop
	clientReady := make(chan struct{})
	start := time.Now()
	go func() {
		loop, err := eventloop.New()
		if err != nil {
			close(clientReady)
			clientDone <- integrityResult{err: err}
			return
		}
		clientLoop = loop
		close(clientReady)
		port, ok := <-portCh
		if !ok {
			clientDone <- integrityResult{err: errNoPort}
			_ = loop.Close()
			return
		}
		clientDone <- runClient(loop, netmod.ConnectOptions{Port: port, Host: "127.0.0.1", Path: path}, total, src, seed)
	}()
	<-clientReady

	watchdog := time.AfterFunc(integrityTTL, func() {
		serverLoop.Stop()
		if clientLoop != nil {
			clientLoop.Stop()
		}
	})
	client := <-clientDone
	server := <-serverDone
	elapsed := time.Since(start)
	stopped := !watchdog.Stop()
	require.False(t, stopped, "the transfer did not finish within %v", integrityTTL)
	require.NoError(t, client.err)
	require.NoError(t, server.err)

	mib := float64(total) / (1 << 20)
	t.Logf("%.0f MiB each way in %v: %.1f MiB/s echoed (%.1f MiB/s through the sockets, both ways)",
		mib, elapsed.Round(time.Millisecond), mib/elapsed.Seconds(), 2*mib/elapsed.Seconds())
	t.Logf("server: highWaterMark %d, max writableLength %d, max chunk %d, paused %d times; heap peak +%d KiB",
		stats.hwm, stats.maxWritable, stats.maxChunk, stats.pauses, int64(peakHeap-min(peakHeap, baseHeap))>>10)

	assert.Equal(t, total, client.sent)
	assert.Equal(t, total, server.received)
	assert.Equal(t, total, server.sent)
	assert.Equal(t, total, client.received)
	assert.Equal(t, client.sentSum, server.receivedSum, "what the server received is what the client sent")
	assert.Equal(t, client.sentSum, client.receivedSum, "what the client got back is what it sent")
	assert.LessOrEqual(t, stats.maxWritable, stats.hwm+stats.maxChunk,
		"the server buffered more than highWaterMark + one chunk for writing")
	if total >= 64<<20 {
		assert.Positive(t, stats.pauses, "the slow reader never pushed back on the server")
	}
	assert.Less(t, peakHeap-min(peakHeap, baseHeap), uint64(heapBudget), "the heap grew by more than %d MiB", heapBudget>>20)
}

var errNoPort = errorString("the server did not listen")

type errorString string

func (e errorString) Error() string { return string(e) }

// runEchoServer listens on 127.0.0.1 (or on path, if not empty), serves
// one connection as an echo, and returns when the server has closed. It
// samples the heap every 100 ms.
func runEchoServer(loop *eventloop.Loop, path string, portCh chan<- int, stats *echoStats, peakHeap *uint64) (res integrityResult) {
	h := sha256.New()
	var server *netmod.Server
	server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
		stats.hwm = sock.WritableHighWaterMark()
		server.Close(nil) // one connection only; 'close' waits for it
		sock.OnData(func(d []byte) {
			h.Write(d)
			res.received += int64(len(d))
			res.sent += int64(len(d))
			stats.maxChunk = max(stats.maxChunk, len(d))
			ok := sock.Write(d, nil)
			stats.maxWritable = max(stats.maxWritable, sock.WritableLength())
			if !ok {
				stats.pauses++
				sock.Pause()
			}
		})
		sock.OnDrain(func() { sock.Resume() })
		sock.OnEnd(func() {
			res.receivedSum = hex.EncodeToString(h.Sum(nil))
			sock.End(nil, nil)
		})
		sock.OnError(func(err error) { res.err = err })
	})
	server.On("error", func(err error) { res.err = err; close(portCh) })
	sampler := loop.SetInterval(func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		*peakHeap = max(*peakHeap, ms.HeapAlloc)
	}, 100*time.Millisecond).Unref()
	opts := netmod.ListenOptions{Host: "127.0.0.1"}
	if path != "" {
		opts = netmod.ListenOptions{Path: path}
	}
	err := server.Listen(opts, func() {
		a, _ := server.Address()
		portCh <- a.Port
	})
	if err != nil {
		close(portCh)
		res.err = err
	}
	if err := loop.Run(); err != nil && res.err == nil {
		res.err = err
	}
	sampler.Close()
	if err := loop.Close(); err != nil && res.err == nil {
		res.err = err
	}
	return res
}

// runClient connects (to to.Path if not empty, else to to's host and
// port), writes total bytes cut from src in random sizes
// (waiting for 'drain' whenever write() returns false), reads the echo while
// pausing every few MiB for a few milliseconds, and returns once the socket
// has closed.
func runClient(loop *eventloop.Loop, to netmod.ConnectOptions, total int64, src []byte, seed uint64) (res integrityResult) {
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	logMax := math.Log(maxWrite)
	nextSize := func() int {
		return max(1, min(maxWrite, int(math.Exp(rng.Float64()*logMax))))
	}
	sentHash, recvHash := sha256.New(), sha256.New()
	if to.Path != "" {
		to = netmod.ConnectOptions{Path: to.Path}
	}
	c, err := netmod.Connect(loop, netmod.SocketOptions{}, to, nil)
	if err != nil {
		_ = loop.Close()
		return integrityResult{err: err}
	}
	ended := false
	pump := func() {
		for res.sent < total {
			n := int(min(int64(nextSize()), total-res.sent))
			off := rng.IntN(len(src) - n + 1)
			chunk := src[off : off+n]
			sentHash.Write(chunk)
			res.sent += int64(n)
			if !c.Write(chunk, nil) {
				return // 'drain' pumps again
			}
		}
		if !ended {
			ended = true
			c.End(nil, nil)
		}
	}
	c.OnConnect(pump)
	c.OnDrain(pump)

	var sincePause int64
	pauseEvery := func() int64 { return int64(256<<10 + rng.IntN(4<<20)) }
	nextPause := pauseEvery()
	c.OnData(func(d []byte) {
		recvHash.Write(d)
		res.received += int64(len(d))
		sincePause += int64(len(d))
		if sincePause >= nextPause {
			sincePause, nextPause = 0, pauseEvery()
			c.Pause()
			loop.SetTimeout(func() { c.Resume() }, time.Duration(1+rng.IntN(4))*time.Millisecond)
		}
	})
	c.OnEnd(func() { res.receivedSum = hex.EncodeToString(recvHash.Sum(nil)) })
	c.OnError(func(err error) { res.err = err })
	var closeErr error
	if err := loop.Run(); err != nil {
		closeErr = err
	}
	res.sentSum = hex.EncodeToString(sentHash.Sum(nil))
	if err := loop.Close(); err != nil && closeErr == nil {
		closeErr = err
	}
	if res.err == nil {
		res.err = closeErr
	}
	return res
}
