package netmod

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestDataChunksAreTheirOwn: every 'data' chunk belongs to the listener.
// The reads that fill the loop's read buffer hand the buffer itself over
// as the chunk (uvRead): the chunks kept from a transfer of several
// buffers' worth must still hold what was sent once it is over, none
// longer than a flowing read (256 KiB), and none may grow into another's
// bytes.
func TestDataChunksAreTheirOwn(t *testing.T) {
	const total = 4 << 20
	sent := make([]byte, total)
	for i := range sent {
		sent[i] = byte(i*7 + i>>16)
	}
	loop := testLoop(t)
	var chunks [][]byte
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(cli, srv *Socket) {
		srv.OnData(func(b []byte) { chunks = append(chunks, b) })
		srv.OnEnd(func() { srv.End(nil, nil) })
		cli.Write(sent, nil)
		cli.End(nil, nil)
		cli.Resume()
	})
	runLoop(t, loop, 30*time.Second)
	got := make([]byte, 0, total)
	full := 0
	for _, c := range chunks {
		require.LessOrEqual(t, len(c), maxFlowingRead)
		require.Equal(t, len(c), cap(c), "a chunk must not share its array's spare room")
		if len(c) >= readBufSize {
			full++
		}
		got = append(got, c...)
	}
	require.True(t, bytes.Equal(sent, got), "the chunks do not hold what was sent")
	t.Logf("%d chunks, %d of them of 64 KiB or more", len(chunks), full)
}

// TestPausedReadsStayAtNodeSize: a socket whose chunks are buffered (no
// 'data' listener yet, or paused) reads at most 64 KiB at a time, as
// Node, even once flowing reads have grown the loop's read buffer.
func TestPausedReadsStayAtNodeSize(t *testing.T) {
	const total = 4 << 20
	sent := bytes.Repeat([]byte("0123456789abcdef"), total/16)
	loop := testLoop(t)
	var flowing, paused int // largest chunk of each kind
	var got []byte
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(cli, srv *Socket) {
		phase := 0
		srv.OnData(func(b []byte) {
			got = append(got, b...)
			if phase == 1 {
				paused = max(paused, len(b)) // emitted by Read
			}
			if phase == 0 {
				flowing = max(flowing, len(b))
				if len(got) >= total/2 {
					phase = 1
					srv.Pause()
					loop.SetTimeout(func() {
						// Everything buffered meanwhile came in reads of
						// at most 64 KiB; Read emits each as 'data'.
						for srv.Read(-1) != nil {
						}
						phase = 2
						srv.Resume()
					}, 50*time.Millisecond)
				}
			}
		})
		srv.OnEnd(func() { srv.End(nil, nil) })
		cli.Write(sent, nil)
		cli.End(nil, nil)
		cli.Resume()
	})
	runLoop(t, loop, 30*time.Second)
	require.True(t, bytes.Equal(sent, got), "the chunks do not hold what was sent")
	require.LessOrEqual(t, flowing, maxFlowingRead)
	require.Greater(t, paused, 0)
	require.LessOrEqual(t, paused, readBufSize)
	t.Logf("largest flowing chunk %d, largest paused read %d", flowing, paused)
}
