//go:build darwin || netbsd || openbsd

package netmod

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// Where SO_REUSEPORT does not balance connections, libuv refuses
// UV_TCP_REUSEPORT with ENOTSUP at bind, and Node reports it as a listen
// error ('error' "listen ENOTSUP: operation not supported on socket
// 127.0.0.1"); a group of more than one loop cannot start, one loop can.
func TestReusePortUnsupported(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, nil)
	var got error
	srv.On("error", func(err error) { got = err })
	srv.On("listening", func() { t.Error("listening with reusePort where it is not supported") })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1", ReusePort: true}, nil))
	testutil.Run(t, loop, 5*time.Second)
	e := srvTNodeErr(t, got)
	assert.Equal(t, "ENOTSUP", e.Code)
	assert.Equal(t, "listen", e.Syscall)
	assert.Equal(t, "listen ENOTSUP: operation not supported on socket 127.0.0.1", e.Message)
	assert.ErrorIs(t, got, syscall.ENOTSUP)

	g, err := ListenGroup(GroupOptions{Loops: 2, Listen: ListenOptions{Host: "127.0.0.1"}})
	assert.Nil(t, g)
	assert.ErrorIs(t, err, syscall.ENOTSUP)
	g, err = ListenGroup(GroupOptions{Loops: 1, Listen: ListenOptions{Host: "127.0.0.1"}})
	require.NoError(t, err)
	require.NoError(t, g.Close())
}
