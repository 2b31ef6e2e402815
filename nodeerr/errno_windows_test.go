package nodeerr

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// Node on Windows: err.code as on Unix, err.errno libuv's Windows numbers.
func TestErrnoWindows(t *testing.T) {
	for errno, want := range map[syscall.Errno]struct {
		code  string
		errno int
	}{
		syscall.ECONNREFUSED: {"ECONNREFUSED", -4078},
		syscall.EADDRINUSE:   {"EADDRINUSE", -4091},
		syscall.ECONNRESET:   {"ECONNRESET", -4077},
		syscall.ENOENT:       {"ENOENT", -4058},
		syscall.EPIPE:        {"EPIPE", -4047},
		syscall.ETIMEDOUT:    {"ETIMEDOUT", -4039},
		syscall.ENOTSUP:      {"ENOTSUP", -4049},
		syscall.EAGAIN:       {"EAGAIN", -4088},
	} {
		e := UV("listen", errno, "127.0.0.1", 80)
		require.Equal(t, want.code, e.Code)
		require.Equal(t, want.errno, e.ErrnoValue())
		name, _, ok := UVError(want.errno)
		require.True(t, ok)
		require.Equal(t, want.code, name)
	}
	e := UV("listen", syscall.EADDRINUSE, "127.0.0.1", 80)
	require.Equal(t, "listen EADDRINUSE: address already in use 127.0.0.1:80", e.Message)
	// libuv's own codes are the same on Windows (EAI_ADDRFAMILY, -3000).
	require.Equal(t, -3000, (&Error{Code: "EAI_ADDRFAMILY", Errno: 3000}).ErrnoValue())
	unknown := Errno("read", syscall.Errno(10999), "", 0)
	require.Equal(t, "UNKNOWN", unknown.Code)
	require.Equal(t, -4094, unknown.ErrnoValue())
}
