//go:build linux

package netmod

import (
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
)

// Server options reach the accepted descriptors.
func TestServerSocketOptions(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{NoDelay: true, KeepAlive: true, KeepAliveInitialDelay: 2500 * time.Millisecond,
		HighWaterMark: 4096, AllowHalfOpen: true}, nil)
	assert.Equal(t, 2*time.Second, srv.Options().KeepAliveInitialDelay)
	srv.OnConnection(func(s *Socket) {
		v, err := unix.GetsockoptInt(s.fd, unix.IPPROTO_TCP, unix.TCP_NODELAY)
		require.NoError(t, err)
		assert.NotZero(t, v, "TCP_NODELAY")
		v, err = unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE)
		require.NoError(t, err)
		assert.NotZero(t, v, "SO_KEEPALIVE")
		v, err = unix.GetsockoptInt(s.fd, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE)
		require.NoError(t, err)
		assert.Equal(t, 2, v, "TCP_KEEPIDLE")
		assert.Equal(t, 4096, s.ReadableHighWaterMark())
		assert.Equal(t, 4096, s.WritableHighWaterMark())
		assert.True(t, s.AllowHalfOpen())
		assert.Same(t, srv, s.Server())
		s.Destroy(nil)
		srv.Close(nil)
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
	}))
	testutil.Run(t, loop, 5*time.Second)
	// The listening socket has SO_REUSEADDR, as libuv's.
	fd, err := bindTCP(netip.MustParseAddr("127.0.0.1"), 0, false, false)
	require.NoError(t, err)
	v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR)
	require.NoError(t, err)
	assert.NotZero(t, v)
	require.NoError(t, sys.Close(fd))
}
