package netmod

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/nodeerr"
)

// The errors netmod builds agree with nodeerr's table of codes, the one
// internal/errors builds the script host's classes from.
func TestErrorsAgreeWithCodeTable(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		got  *nodeerr.Error
		args []string
	}{
		{errWriteAfterEnd(), nil},
		{errStreamDestroyed("write"), []string{"write"}},
		{errPushAfterEOF(), nil},
		{errMultipleCallback(), nil},
		{errSocketClosed(), nil},
		{errSocketClosedBeforeConnection(), nil},
		{errIPBlocked("10.0.0.1"), []string{"10.0.0.1"}},
		{errServerNotRunning(), nil},
		{errServerAlreadyListen(), nil},
		{errInvalidHandleType(), nil},
		{errBadPort("Port", 65536), []string{"Port", ">=", "type number (65536)"}},
		{errInvalidIPAddress("x"), []string{"x"}},
	} {
		want := nodeerr.Coded(c.got.Code, c.args...)
		require.Equal(t, want.Name, c.got.Name, c.got.Code)
		require.Equal(t, want.Message, c.got.Message, c.got.Code)
	}
}
