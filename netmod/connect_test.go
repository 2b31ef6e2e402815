package netmod

import (
	"errors"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

// TestConnectWithoutPortOrPath: net.connect({}) and net.connect({host})
// throw ERR_MISSING_ARGS with Node 26.10.0's message; no socket is made.
func TestConnectWithoutPortOrPath(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	for _, opts := range []ConnectOptions{{}, {Host: "127.0.0.1"}} {
		s, err := Connect(loop, SocketOptions{}, opts, nil)
		require.Nil(t, s)
		var e *nodeerr.Error
		require.True(t, errors.As(err, &e), "%v", err)
		require.Equal(t, nodeerr.NameTypeError, e.Name)
		require.Equal(t, "ERR_MISSING_ARGS", e.Code)
		require.Equal(t, `The "options" or "port" or "path" argument must be specified`, e.Message)
	}
	testutil.Run(t, loop, 5*time.Second)
}

// TestUnhandledSocketErrorEndsRun: a connect error nobody listens to is
// Node's unhandled 'error' event, and Run says so, with the error.
func TestUnhandledSocketErrorEndsRun(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	probe := CreateServer(loop, ServerOptions{}, nil)
	port := 0
	require.NoError(t, probe.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := probe.Address()
		port = a.Port
		probe.Close(func(error) {
			_, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "127.0.0.1", Port: port}, nil)
			require.NoError(t, err)
		})
	}))
	err := loop.Run()
	require.ErrorIs(t, err, syscall.ECONNREFUSED)
	require.Equal(t, "eventloop: unhandled 'error' event: connect ECONNREFUSED 127.0.0.1:"+strconv.Itoa(port), err.Error())
	testutil.Run(t, loop, 5*time.Second)
}
