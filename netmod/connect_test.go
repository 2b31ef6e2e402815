package netmod

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/nodeerr"
)

// TestConnectWithoutPortOrPath: net.connect({}) and net.connect({host})
// throw ERR_MISSING_ARGS with Node 26.10.0's message; no socket is made.
func TestConnectWithoutPortOrPath(t *testing.T) {
	loop := testLoop(t)
	for _, opts := range []ConnectOptions{{}, {Host: "127.0.0.1"}} {
		s, err := Connect(loop, SocketOptions{}, opts, nil)
		require.Nil(t, s)
		var e *nodeerr.Error
		require.True(t, errors.As(err, &e), "%v", err)
		require.Equal(t, nodeerr.NameTypeError, e.Name)
		require.Equal(t, "ERR_MISSING_ARGS", e.Code)
		require.Equal(t, `The "options" or "port" or "path" argument must be specified`, e.Message)
	}
	runLoop(t, loop, 5*time.Second)
}
