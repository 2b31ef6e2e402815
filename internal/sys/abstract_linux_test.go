package sys_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// TestAbstractSocket uses Linux's abstract namespace: the name keeps its
// leading NUL, as Node shows it ("\u0000name"), rather than x/sys's "@".
func TestAbstractSocket(t *testing.T) {
	h := newHarness(t)
	name := fmt.Sprintf("\x00nodenet-sys-test-%d-%s", os.Getpid(), t.Name())
	sa, err := sys.UnixSockaddr(name)
	require.NoError(t, err)
	lfd := h.listen(sys.AF_UNIX, sa)

	local, err := sys.LocalAddr(lfd)
	require.NoError(t, err)
	require.Equal(t, name, local.(*sys.SockaddrUnix).Name)

	c := h.dial(sys.AF_UNIX, sa)
	s, peer := h.accept(lfd)
	require.Equal(t, "", peer.(*sys.SockaddrUnix).Name)
	cpeer, err := sys.PeerAddr(c)
	require.NoError(t, err)
	require.Equal(t, name, cpeer.(*sys.SockaddrUnix).Name)
	clocal, err := sys.LocalAddr(c)
	require.NoError(t, err)
	require.Equal(t, "", clocal.(*sys.SockaddrUnix).Name)

	h.writeAll(c, []byte("abstract"))
	require.Equal(t, "abstract", string(h.readN(s, 8)))

	// The name has no file to chmod or unlink.
	require.Equal(t, unix.EINVAL, sys.Chmod(name, 0o666))
	require.Equal(t, unix.EINVAL, sys.Unlink(name))
}

// TestAbstractNameLimits: an abstract name may have MaxPathLen bytes, its
// leading NUL included (Node allows one more: x/sys refuses it).
func TestAbstractNameLimits(t *testing.T) {
	h := newHarness(t)
	longest := "\x00" + fmt.Sprintf("%d-", os.Getpid()) + strings.Repeat("a", 100)
	longest += strings.Repeat("b", sys.MaxPathLen-len(longest))
	sa, err := sys.UnixSockaddr(longest)
	require.NoError(t, err)
	lfd := h.listen(sys.AF_UNIX, sa)
	local, err := sys.LocalAddr(lfd)
	require.NoError(t, err)
	require.Equal(t, longest, local.(*sys.SockaddrUnix).Name)

	_, err = sys.UnixSockaddr(longest + "c")
	require.Equal(t, unix.EINVAL, err)
}

// TestUnixAtPath: x/sys reads a leading '@' as abstract on Linux, so a
// relative path starting with '@' is bound as "./@...", a real file.
func TestUnixAtPath(t *testing.T) {
	h := newHarness(t)
	dir := shortDir(t, 8)
	t.Chdir(dir)
	sa, err := sys.UnixSockaddr("@at.sock")
	require.NoError(t, err)
	require.Equal(t, "./@at.sock", sa.Name)
	h.listen(sys.AF_UNIX, sa)
	_, err = os.Stat(dir + "/@at.sock")
	require.NoError(t, err)
}
