package netmod

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// TestSocketLifecycle: a socket's state through a connect, a destroy, a
// second connect of the same socket and its end, with what Pending,
// Connecting and ReadyState report at each step (checked against Node),
// and the socket's requests in flight.
func TestSocketLifecycle(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var tr testutil.Trace
	rec := func(s *Socket, at string) {
		tr.Add("%s: %v, pending %v, connecting %v, %s, requests %d",
			at, s.state, s.Pending(), s.Connecting(), s.ReadyState(), s.reqs)
	}
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.OnEnd(func() { s.End(nil, nil) }) })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		port := srvTPort(srv)
		s := NewSocket(loop, SocketOptions{})
		rec(s, "new")
		connects := 0
		s.OnConnect(func() {
			connects++
			rec(s, fmt.Sprintf("connect %d", connects))
			if connects == 1 {
				s.Destroy(nil)
				rec(s, "destroyed")
			} else {
				s.End(nil, nil)
			}
		})
		s.OnClose(func(bool) {
			rec(s, fmt.Sprintf("close after connect %d", connects))
			if connects == 1 {
				require.NoError(t, s.Connect(ConnectOptions{Host: "127.0.0.1", Port: port}, nil))
				rec(s, "connecting again")
			} else {
				srv.Close(nil)
			}
		})
		s.Resume()
		require.NoError(t, s.Connect(ConnectOptions{Host: "127.0.0.1", Port: port}, nil))
		rec(s, "connecting")
	}))
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, []string{
		"new: no handle, pending true, connecting false, open, requests 0", /* as Node's new net.Socket() */
		"connecting: connecting, pending true, connecting true, opening, requests 0",
		"connect 1: open, pending false, connecting false, open, requests 0",
		"destroyed: no handle, pending true, connecting false, closed, requests 0",
		"close after connect 1: no handle, pending true, connecting false, closed, requests 0",
		"connecting again: connecting, pending true, connecting true, opening, requests 0",
		"connect 2: open, pending false, connecting false, open, requests 0",
		"close after connect 2: no handle, pending true, connecting false, closed, requests 0",
	}, tr.Events)
}
