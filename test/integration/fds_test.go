package integration

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// TestOpenFDsSeesSockets checks the leak test's measure: a loop with a
// listening server and a connected pair raise openFDs, and closing them
// brings it back. Without this the leak test's comparison could hold because the
// count never moves (on Windows it probes handle values for sockets).
func TestOpenFDsSeesSockets(t *testing.T) {
	start := openFDs(t)
	loop, err := eventloop.New()
	require.NoError(t, err)
	var listening, connected int
	var client *netmod.Socket
	server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		connected = openFDs(t)
		s.Destroy(nil)
		client.Destroy(nil)
	})
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		listening = openFDs(t)
		a, _ := server.Address()
		client, err = netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		client.OnClose(func(bool) { server.Close(nil) })
	}))
	require.NoError(t, loop.Run())
	require.NoError(t, loop.Close())
	t.Logf("open descriptors: %d at start, %d listening, %d with a connection", start, listening, connected)
	require.Greater(t, listening, start, "the listening socket is counted")
	require.GreaterOrEqual(t, connected, listening+2, "both ends of the connection are counted")
	require.Equal(t, start, openFDs(t), "closed sockets are no longer counted")
}
