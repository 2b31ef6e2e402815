package integration

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// TestAcceptEMFILE is descriptor exhaustion at accept, end to end over
// loopback: clients connect one after another and every third accept
// fails with EMFILE (made to fail; a real exhaustion is netmod's
// TestServerEMFILEExhaustion on Linux, and Windows has no descriptor
// limit to exhaust, see doc.go). The server gets past each failure with
// its spare descriptor as Node does: the pending connection is taken and
// closed at once (the client sees an end without data), no 'error' is
// emitted, and the next client is served. Afterwards no socket, goroutine
// or loop handle is left.
func TestAcceptEMFILE(t *testing.T) {
	const clients = 30
	start := openFDs(t)
	loop, err := eventloop.New()
	require.NoError(t, err)

	served := 0
	server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		served++
		s.End([]byte("hello"), nil)
	})
	server.On("error", func(err error) { t.Errorf("server error: %v", err) })

	got := make([]string, clients)
	clientErrors := map[string]int{}
	var port int
	var dial func(i int)
	dial = func(i int) {
		if i == clients {
			server.Close(nil)
			return
		}
		if i%3 == 1 {
			restore := sys.InjectFault("accept", syscall.EMFILE, 1)
			t.Cleanup(restore)
		}
		c, err := netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
		c.OnData(func(b []byte) { got[i] += string(b) })
		c.OnEnd(func() { got[i] += "|end" })
		c.OnError(func(err error) { clientErrors[nodeerr.Code(err)]++ })
		c.OnClose(func(bool) { dial(i + 1) })
	}
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := server.Address()
		port = a.Port
		dial(0)
	}))

	watchdog := time.AfterFunc(time.Minute, loop.Stop)
	require.NoError(t, loop.Run())
	require.True(t, watchdog.Stop(), "the clients did not finish within a minute")
	require.NoError(t, loop.Close())

	for i, g := range got {
		if i%3 == 1 {
			assert.Equal(t, "|end", g, "client %d: rejected, an end without data", i)
		} else {
			assert.Equal(t, "hello|end", g, "client %d: served", i)
		}
	}
	assert.Empty(t, clientErrors)
	assert.Equal(t, clients-clients/3, served)
	assert.Equal(t, clients/3, server.RejectedConnections())
	assert.Equal(t, start, openFDs(t), "descriptors leaked")
}
