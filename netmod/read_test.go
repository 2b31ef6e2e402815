package netmod

import (
	"bytes"
	"runtime/debug"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// TestDataChunksAreTheirOwn: every 'data' chunk belongs to the listener.
// Large reads are handed over where they landed in the loop's read buffer
// (readBuffer.chunk): the chunks kept from a transfer of several
// buffers' worth must still hold what was sent once it is over, none
// longer than a read (64 KiB, as Node's), and none may grow into
// another's bytes.
func TestDataChunksAreTheirOwn(t *testing.T) {
	t.Parallel()
	const total = 4 << 20
	sent := make([]byte, total)
	for i := range sent {
		sent[i] = byte(i*7 + i>>16)
	}
	loop := testutil.Loop(t)
	var chunks [][]byte
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(cli, srv *Socket) {
		srv.OnData(func(b []byte) { chunks = append(chunks, b) })
		srv.OnEnd(func() { srv.End(nil, nil) })
		cli.Write(sent, nil)
		cli.End(nil, nil)
		cli.Resume()
	})
	testutil.Run(t, loop, 30*time.Second)
	got := make([]byte, 0, total)
	full := 0
	for _, c := range chunks {
		require.LessOrEqual(t, len(c), readBufSize)
		require.Equal(t, len(c), cap(c), "a chunk must not share its array's spare room")
		if len(c) == readBufSize {
			full++
		}
		got = append(got, c...)
	}
	require.True(t, bytes.Equal(sent, got), "the chunks do not hold what was sent")
	t.Logf("%d chunks, %d of them full reads", len(chunks), full)
}

// TestReadBufferChunks: every read is offered readBufSize bytes; a read of
// carveMin bytes or more becomes its chunk where it landed (no copy), with
// no room to grow, and the next read is offered the bytes after it, from
// the next cache line on, until the slab has less than a whole read left;
// a smaller read is copied out and leaves the buffer as it was.
func TestReadBufferChunks(t *testing.T) {
	t.Parallel()
	var rb readBuffer
	buf := rb.next()
	require.Len(t, buf, readBufSize)
	require.Equal(t, readBufSize, cap(buf), "a read cannot reach past what it is offered")
	buf[0], buf[1] = 'a', 'b'

	small := rb.chunk(2)
	require.Equal(t, []byte("ab"), small)
	require.Equal(t, 2, cap(small))
	require.NotSame(t, &buf[0], &small[0], "a small read is copied out")
	require.Same(t, &buf[0], &rb.next()[0], "and the buffer serves again")

	const n = 40<<10 + 1
	large := rb.chunk(n)
	require.Same(t, &buf[0], &large[0], "a large read is not copied")
	require.Equal(t, n, cap(large), "a chunk does not reach into the rest of its buffer")
	next := rb.next()
	require.Len(t, next, readBufSize, "the next read is offered a whole read's size")
	require.Equal(t, readBufSize, cap(next))
	p := uintptr(unsafe.Pointer(&next[0]))
	lo := uintptr(unsafe.Pointer(&buf[0]))
	require.False(t, p >= lo && p < lo+readBufSize, "a large chunk keeps its buffer to itself: the next read gets a new one")
}

// TestWriteCallbackAllocatesNothing: a write whose callback runs from the
// next tick (it completed at once) reuses the socket's own record for
// that tick instead of allocating one, and so does the loop's queue.
func TestWriteCallbackAllocatesNothing(t *testing.T) {
	if raceBuild() {
		t.Skip("allocation counts differ under the race detector")
	}
	loop := testutil.Loop(t)
	msg := []byte("0123456789")
	calls := 0
	cb := func(err error) {
		require.NoError(t, err)
		calls++
	}
	var allocs float64
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(cli, srv *Socket) {
		srv.Resume()
		srv.OnEnd(func() { srv.End(nil, nil) })
		for range 10 { // grow the queues
			loop.Call(func() { cli.Write(msg, cb) })
		}
		// One closure for every run: Call may keep its argument (a loop
		// with a Runner hands it to the host), so a closure made per run
		// would count here.
		write := func() { cli.Write(msg, cb) }
		allocs = testing.AllocsPerRun(500, func() { loop.Call(write) })
		cli.End(nil, nil)
	})
	testutil.Run(t, loop, 30*time.Second)
	require.Equal(t, 511, calls)
	require.Zero(t, allocs)
}

// raceBuild reports whether the test binary was built with -race.
func raceBuild() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return true
			}
		}
	}
	return false
}

// TestWriteCallbacksInOrder: writes that complete at once call back from
// the next tick in order, one tick per run of the same callback (the
// socket's own record serves the first, the others get their own), as in
// Node: "cb1 cb1 cb2 cb1 tick".
func TestWriteCallbacksInOrder(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var log []string
	cb1 := func(error) { log = append(log, "cb1") }
	cb2 := func(error) { log = append(log, "cb2") }
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(cli, srv *Socket) {
		srv.Resume()
		srv.OnEnd(func() { srv.End(nil, nil) })
		for _, w := range []struct {
			s  string
			cb func(error)
		}{{"a", cb1}, {"b", cb1}, {"c", cb2}, {"d", cb1}} {
			cli.Write([]byte(w.s), w.cb)
		}
		loop.NextTick(func() { log = append(log, "tick") })
		loop.SetImmediate(func() { cli.End(nil, nil) })
	})
	testutil.Run(t, loop, 30*time.Second)
	require.Equal(t, []string{"cb1", "cb1", "cb2", "cb1", "tick"}, log)
}
