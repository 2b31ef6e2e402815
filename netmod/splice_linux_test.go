//go:build linux

package netmod

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
)

// pipeRig connects two clients, a and b, to a server on 127.0.0.1 and
// calls ready with the clients and their server ends (sa for a, sb for b)
// once all four are up.
func pipeRig(t *testing.T, loop *eventloop.Loop, ready func(a, b, sa, sb *Socket)) {
	t.Helper()
	var srvSocks []*Socket
	var a, b *Socket
	connected := 0
	try := func() {
		if len(srvSocks) == 2 && connected == 2 {
			ready(a, b, srvSocks[0], srvSocks[1])
		}
	}
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		srvSocks = append(srvSocks, s)
		if len(srvSocks) == 2 {
			srv.Close(nil)
		}
		try()
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		addr, _ := srv.Address()
		var err error
		a, err = Connect(loop, SocketOptions{}, ConnectOptions{Port: addr.Port, Host: "127.0.0.1"}, func() {
			connected++
			// b connects once a's server end exists, so srvSocks[0] is a's.
			b, err = Connect(loop, SocketOptions{}, ConnectOptions{Port: addr.Port, Host: "127.0.0.1"}, func() {
				connected++
				try()
			})
			require.NoError(t, err)
		})
		require.NoError(t, err)
	}))
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed+1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func splicedBytes(loop *eventloop.Loop) int64 {
	return loop.Local(readBufKey, newReadBuffer).(*readBuffer).sp.spliced
}

// TestPipeSplices: a bulk transfer through Pipe moves its bytes with
// splice, arrives whole and in order, and counts in bytesRead and
// bytesWritten as the read-and-write path does.
func TestPipeSplices(t *testing.T) {
	t.Parallel()
	const total = 8 << 20
	sent := randomBytes(total, 1)
	loop := testutil.Loop(t)
	var got []byte
	var sa, sb *Socket
	pipeRig(t, loop, func(a, b, sa1, sb1 *Socket) {
		sa, sb = sa1, sb1
		sa.Pipe(sb, PipeOptions{})
		b.OnData(func(d []byte) { got = append(got, d...) })
		b.OnEnd(func() { b.End(nil, nil) })
		sb.OnEnd(func() {})
		sb.Resume()
		a.Write(sent, nil)
		a.End(nil, nil)
		a.Resume()
	})
	testutil.Run(t, loop, 60*time.Second)
	require.True(t, bytes.Equal(sent, got), "b got %d bytes, not what a sent", len(got))
	require.Equal(t, int64(total), sa.BytesRead())
	require.Equal(t, int64(total), sb.BytesWritten())
	require.Greater(t, splicedBytes(loop), int64(0), "nothing went through splice")
	t.Logf("%d of %d bytes spliced", splicedBytes(loop), total)
}

// TestPipeSmallReadsAreCopied: small messages through a pipe (an echo's
// requests) are read and written, not spliced, which costs the kernel less
// for them; everything still arrives in order.
func TestPipeSmallReadsAreCopied(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	const msgs = 200
	var got []byte
	pipeRig(t, loop, func(a, b, sa, sb *Socket) {
		sa.Pipe(sb, PipeOptions{})
		n := 0
		send := func() { a.Write([]byte(fmt.Sprintf("message %03d;", n)), nil) }
		b.OnData(func(d []byte) {
			got = append(got, d...)
			if len(got) == (n+1)*len("message 000;") {
				if n++; n == msgs {
					a.End(nil, nil)
					return
				}
				send()
			}
		})
		b.OnEnd(func() { b.End(nil, nil) })
		sb.OnEnd(func() {})
		sb.Resume()
		a.Resume()
		send()
	})
	testutil.Run(t, loop, 30*time.Second)
	var want []byte
	for i := range msgs {
		want = fmt.Appendf(want, "message %03d;", i)
	}
	require.Equal(t, string(want), string(got))
	require.Zero(t, splicedBytes(loop), "small messages went through splice")
}

// TestPipeSpliceSlowReader: while the destination's reader does not read,
// what the destination cannot take goes back through the ordinary path
// (write queue, pause, 'drain', resume); everything still arrives in
// order once it reads.
func TestPipeSpliceSlowReader(t *testing.T) {
	const total = 16 << 20
	sent := randomBytes(total, 2)
	loop := testutil.Loop(t)
	var got []byte
	pauses, drains := 0, 0
	pipeRig(t, loop, func(a, b, sa, sb *Socket) {
		sa.Pipe(sb, PipeOptions{})
		sa.On("pause", func() { pauses++ })
		sb.OnDrain(func() { drains++ })
		b.OnEnd(func() { b.End(nil, nil) })
		sb.OnEnd(func() {})
		sb.Resume()
		a.Write(sent, nil)
		a.End(nil, nil)
		a.Resume()
		loop.SetTimeout(func() {
			b.OnData(func(d []byte) { got = append(got, d...) })
		}, 100*time.Millisecond)
	})
	testutil.Run(t, loop, 60*time.Second)
	require.True(t, bytes.Equal(sent, got), "b got %d bytes, not what a sent", len(got))
	require.Greater(t, pauses, 0, "the pipe never paused")
	require.Greater(t, drains, 0)
}

// TestPipeSpliceThenData: a 'data' listener added to the source in the
// middle of a spliced transfer sees every byte from then on, and the
// destination still gets the whole stream in order.
func TestPipeSpliceThenData(t *testing.T) {
	t.Parallel()
	const total = 8 << 20
	sent := randomBytes(total, 3)
	loop := testutil.Loop(t)
	var got, seen []byte
	pipeRig(t, loop, func(a, b, sa, sb *Socket) {
		sa.Pipe(sb, PipeOptions{})
		b.OnData(func(d []byte) {
			got = append(got, d...)
			if len(got) >= total/4 && seen == nil {
				seen = []byte{}
				sa.OnData(func(d []byte) { seen = append(seen, d...) })
			}
		})
		b.OnEnd(func() { b.End(nil, nil) })
		sb.OnEnd(func() {})
		sb.Resume()
		a.Write(sent, nil)
		a.End(nil, nil)
		a.Resume()
	})
	testutil.Run(t, loop, 60*time.Second)
	require.True(t, bytes.Equal(sent, got), "b got %d bytes, not what a sent", len(got))
	require.NotEmpty(t, seen)
	require.True(t, bytes.HasSuffix(sent, seen), "the listener missed bytes after it was added")
}

// TestPipeSpliceUnpipe: after Unpipe in the middle of a spliced transfer,
// the destination holds a prefix of the stream and the source, resumed
// with a listener, delivers exactly the rest.
func TestPipeSpliceUnpipe(t *testing.T) {
	const total = 8 << 20
	sent := randomBytes(total, 4)
	loop := testutil.Loop(t)
	var got, rest []byte
	pipeRig(t, loop, func(a, b, sa, sb *Socket) {
		sa.Pipe(sb, PipeOptions{})
		unpiped := false
		b.OnData(func(d []byte) {
			got = append(got, d...)
			if len(got) >= total/4 && !unpiped {
				unpiped = true
				sa.Unpipe(sb)
				loop.SetTimeout(func() {
					// Whatever sb had taken has reached b by now.
					sa.OnData(func(d []byte) { rest = append(rest, d...) })
					sa.OnEnd(func() {
						sa.End(nil, nil)
						sb.End(nil, nil)
					})
					sa.Resume()
				}, 100*time.Millisecond)
			}
		})
		b.OnEnd(func() { b.End(nil, nil) })
		sb.OnEnd(func() {})
		sb.Resume()
		a.Write(sent, nil)
		a.End(nil, nil)
		a.Resume()
	})
	testutil.Run(t, loop, 60*time.Second)
	require.Equal(t, total, len(got)+len(rest))
	require.True(t, bytes.HasPrefix(sent, got), "b did not get a prefix of the stream")
	require.True(t, bytes.Equal(sent[len(got):], rest), "the source's rest is not the stream's rest")
}
