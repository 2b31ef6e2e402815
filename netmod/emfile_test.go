//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package netmod

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

// EMFILE (or ENFILE) at accept, once: the reserve descriptor lets the
// server accept the pending connection and close it at once; nothing is
// emitted (as in Node), the client sees the connection end, and the next
// connection is served.
func TestServerEMFILERejectsPendingWithReserve(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.EMFILE, syscall.ENFILE} {
		t.Run(nodeerr.ErrnoName(errno), func(t *testing.T) {
			loop := testutil.Loop(t)
			var errs []error
			served := 0
			var srv *Server
			srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
				served++
				s.OnData(func(b []byte) { s.Write(b, nil) })
				s.OnEnd(func() { s.End(nil, nil) })
			})
			srv.On("error", func(err error) { errs = append(errs, err) })
			var trace []string
			require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
				require.GreaterOrEqual(t, srv.reserveFD, 0, "a listening server holds a spare descriptor")
				port := srvTPort(srv)
				restore := sys.InjectFault("accept", errno, 1)
				t.Cleanup(restore)
				c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
				require.NoError(t, err)
				c.OnData(func(b []byte) { trace = append(trace, "c1 data "+string(b)) })
				c.OnEnd(func() { trace = append(trace, "c1 end") })
				c.OnError(func(err error) { trace = append(trace, "c1 error "+nodeerr.Code(err)) })
				c.OnClose(func(bool) {
					trace = append(trace, "c1 close")
					c2, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, func() {})
					require.NoError(t, err)
					c2.Write([]byte("ping"), nil)
					c2.OnData(func(b []byte) { trace = append(trace, "c2 data "+string(b)); c2.End(nil, nil) })
					c2.OnClose(func(bool) { trace = append(trace, "c2 close"); srv.Close(nil) })
				})
			}))
			testutil.Run(t, loop, 5*time.Second)
			assert.Empty(t, errs, "no 'error' for an EMFILE the reserve got past")
			assert.Equal(t, []string{"c1 end", "c1 close", "c2 data ping", "c2 close"}, trace)
			assert.Equal(t, 1, served)
			assert.Equal(t, 1, srv.RejectedConnections())
			assert.Equal(t, -1, srv.reserveFD, "Close releases the spare descriptor")
		})
	}
}

// Without a spare descriptor EMFILE is reported as Node reports it when
// libuv has none ('error' "accept EMFILE"), and accepting backs off; the
// next attempt opens a spare again and gets past the failure.
func TestServerEMFILEWithoutReserve(t *testing.T) {
	loop := testutil.Loop(t)
	var errs []error
	served := 0
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		served++
		s.Destroy(nil)
		srv.Close(nil)
	})
	srv.On("error", func(err error) {
		errs = append(errs, err)
		assert.Equal(t, -1, srv.reserveFD)
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		srv.closeReserve()
		restore := sys.InjectFault("accept", syscall.EMFILE, 1)
		t.Cleanup(restore)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
		c.OnError(func(error) {})
	}))
	testutil.Run(t, loop, 5*time.Second)
	require.Len(t, errs, 1)
	e := srvTNodeErr(t, errs[0])
	assert.Equal(t, "accept EMFILE", e.Message)
	assert.Equal(t, "accept", e.Syscall)
	assert.Equal(t, 1, served, "the pending connection is served on the next attempt")
	assert.Zero(t, srv.RejectedConnections())
}

// A failure the reserve cannot get past (accept keeps failing) is reported
// and backs off as any persistent failure: see
// TestServerAcceptPersistentFaultDoesNotSpin; the reserve is reopened.
func TestServerEMFILEPersistentKeepsReserve(t *testing.T) {
	loop := testutil.Loop(t)
	errs := 0
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("error", func(error) {
		if errs++; errs == 3 {
			assert.GreaterOrEqual(t, srv.reserveFD, 0, "the spare is opened again after each try")
			srv.Close(nil)
		}
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		restore := sys.InjectFault("accept", syscall.EMFILE, 0)
		t.Cleanup(restore)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.OnError(func(error) {})
		c.Resume()
		c.OnClose(func(bool) {})
		srv.Once("close", func() { c.Destroy(nil) })
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 3, errs)
}
