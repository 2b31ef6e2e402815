//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// TestUnixSocket listens on a path, sets its mode as readableAll and
// writableAll do, connects, checks the names both ends report, exchanges
// data and unlinks the file.
func TestUnixSocket(t *testing.T) {
	h := newHarness(t)
	path := filepath.Join(shortDir(t, 5), "s.sock")
	sa, err := sys.UnixSockaddr(path)
	require.NoError(t, err)
	lfd := h.listen(sys.AF_UNIX, sa)

	require.NoError(t, sys.Chmod(path, 0o666))
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.ModeSocket, st.Mode().Type())
	require.Equal(t, os.FileMode(0o666), st.Mode().Perm())

	local, err := sys.LocalAddr(lfd)
	require.NoError(t, err)
	require.Equal(t, &sys.SockaddrUnix{Name: path}, local)

	c := h.dial(sys.AF_UNIX, sa)
	s, peer := h.accept(lfd)
	require.IsType(t, &sys.SockaddrUnix{}, peer)
	require.Empty(t, peer.(*sys.SockaddrUnix).Name, "an unbound client has no name")
	cpeer, err := sys.PeerAddr(c)
	require.NoError(t, err)
	require.Equal(t, path, cpeer.(*sys.SockaddrUnix).Name)

	h.writeAll(c, []byte("over a unix socket"))
	require.Equal(t, "over a unix socket", string(h.readN(s, 18)))

	require.NoError(t, sys.Unlink(path))
	_, err = os.Stat(path)
	require.ErrorIs(t, err, os.ErrNotExist)
	require.Equal(t, unix.ENOENT, sys.Unlink(path))
}

// TestUnixPathLimits: MaxPathLen is the real limit of the system (a path
// of exactly that length binds) and one byte more is EINVAL before any
// system call.
func TestUnixPathLimits(t *testing.T) {
	h := newHarness(t)
	dir := shortDir(t, 2)
	longest := dir + "/" + strings.Repeat("x", sys.MaxPathLen-len(dir)-1)
	require.Len(t, longest, sys.MaxPathLen)
	sa, err := sys.UnixSockaddr(longest)
	require.NoError(t, err)
	h.listen(sys.AF_UNIX, sa)
	_, err = os.Stat(longest)
	require.NoError(t, err)

	for _, bad := range []string{"", longest + "y", "/" + strings.Repeat("y", 200)} {
		sa, err := sys.UnixSockaddr(bad)
		require.Equal(t, unix.EINVAL, err, "%q", bad)
		require.Nil(t, sa)
	}
}
