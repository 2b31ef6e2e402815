//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// swap replaces *p with v for the rest of the test. Tests that use it must
// not run in parallel.
func swap[T any](t *testing.T, p *T, v T) {
	old := *p
	*p = v
	t.Cleanup(func() { *p = old })
}

// eintrFirst returns a counter of calls; the first n calls fail with EINTR.
func eintrFirst(n int) (calls *int, fail func() bool) {
	calls = new(int)
	return calls, func() bool {
		*calls++
		return *calls <= n
	}
}

func TestEINTRRetried(t *testing.T) {
	calls, fail := eintrFirst(2)
	swap(t, &readFunc, func(fd int, p []byte) (int, error) {
		if fail() {
			return -1, unix.EINTR
		}
		return copy(p, "ok"), nil
	})
	buf := make([]byte, 4)
	n, err := Read(3, buf)
	require.NoError(t, err)
	require.Equal(t, "ok", string(buf[:n]))
	require.Equal(t, 3, *calls)

	calls, fail = eintrFirst(1)
	swap(t, &writeFunc, func(fd int, p []byte) (int, error) {
		if fail() {
			return -1, unix.EINTR
		}
		return len(p), nil
	})
	n, err = Write(3, []byte("abc"))
	require.NoError(t, err)
	require.Equal(t, 3, n)
	require.Equal(t, 2, *calls)

	calls, fail = eintrFirst(1)
	swap(t, &writevFunc, func(fd int, bufs [][]byte) (int, error) {
		if fail() {
			return -1, unix.EINTR
		}
		return 7, nil
	})
	n, err = Writev(3, [][]byte{[]byte("abc"), []byte("defg")})
	require.NoError(t, err)
	require.Equal(t, 7, n)
	require.Equal(t, 2, *calls)

	calls, fail = eintrFirst(3)
	swap(t, &acceptFunc, func(fd int) (int, Sockaddr, error) {
		if fail() {
			return -1, nil, unix.EINTR
		}
		return 9, &SockaddrInet4{Port: 1}, nil
	})
	nfd, sa, err := Accept(3)
	require.NoError(t, err)
	require.Equal(t, 9, nfd)
	require.Equal(t, &SockaddrInet4{Port: 1}, sa)
	require.Equal(t, 4, *calls)
}

// TestConnectEINTR: an interrupted connect goes on in the background, so it
// is reported as EINPROGRESS; other errors pass through unchanged.
func TestConnectEINTR(t *testing.T) {
	var next error
	swap(t, &connectFunc, func(fd int, sa Sockaddr) error { return next })
	for _, tc := range []struct{ got, want error }{
		{unix.EINTR, unix.EINPROGRESS},
		{unix.EINPROGRESS, unix.EINPROGRESS},
		{nil, nil},
		{unix.ECONNREFUSED, unix.ECONNREFUSED},
	} {
		next = tc.got
		require.Equal(t, tc.want, Connect(3, &SockaddrInet4{}))
	}
}

// TestErrorsNotRetried: errors other than EINTR come back at once, raw,
// with a count of 0 rather than the -1 of the system call.
func TestErrorsNotRetried(t *testing.T) {
	calls := 0
	swap(t, &readFunc, func(fd int, p []byte) (int, error) {
		calls++
		return -1, unix.ECONNRESET
	})
	n, err := Read(3, make([]byte, 1))
	require.Equal(t, unix.ECONNRESET, err)
	require.Zero(t, n)
	require.Equal(t, 1, calls)

	swap(t, &acceptFunc, func(fd int) (int, Sockaddr, error) {
		calls++
		return -1, nil, unix.ECONNABORTED
	})
	_, _, err = Accept(3)
	require.Equal(t, unix.ECONNABORTED, err, "the caller decides to accept again")
	require.Equal(t, 2, calls)
}

// TestFaultBeforeSyscall: an injected fault never reaches the system call.
func TestFaultBeforeSyscall(t *testing.T) {
	called := false
	swap(t, &listenFunc, func(fd, backlog int) error { called = true; return nil })
	restore := InjectFault("listen", unix.EADDRINUSE, 1)
	defer restore()
	require.Equal(t, unix.EADDRINUSE, Listen(3, 511))
	require.False(t, called)
	require.NoError(t, Listen(3, 511))
	require.True(t, called)
}
