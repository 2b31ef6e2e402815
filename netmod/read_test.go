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
// longer than a read (64 KiB), and none may grow into another's bytes.
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
