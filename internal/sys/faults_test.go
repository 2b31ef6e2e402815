//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys_test

import (
	"net/netip"
	"sync"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/poller"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// TestInjectAcceptEMFILE makes the next Accept fail with EMFILE while a
// connection waits; the connection stays queued and the following Accept
// takes it.
func TestInjectAcceptEMFILE(t *testing.T) {
	h := newHarness(t)
	lfd, bound := h.listenTCP(netip.MustParseAddrPort("127.0.0.1:0"))
	c := h.dial(sys.AF_INET, sys.SockaddrOf(bound))
	h.wait(lfd, poller.Read)

	restore := sys.InjectFault("accept", unix.EMFILE, 1)
	defer restore()
	require.True(t, sys.FaultsArmed())
	nfd, sa, err := sys.Accept(lfd)
	require.Equal(t, unix.EMFILE, err)
	require.Equal(t, -1, nfd)
	require.Nil(t, sa)
	require.False(t, sys.FaultsArmed(), "a counted fault disarms itself")

	s, peer := h.accept(lfd)
	local, err := sys.LocalAddr(c)
	require.NoError(t, err)
	require.Equal(t, sys.AddrPortOf(local), sys.AddrPortOf(peer))
	require.NotEqual(t, -1, s)
}

func TestInjectFaultCountAndRestore(t *testing.T) {
	h := newHarness(t)
	c, s := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))

	restore := sys.InjectFault("read", unix.ECONNRESET, 2)
	for range 2 {
		n, err := sys.Read(s, make([]byte, 4))
		require.Equal(t, unix.ECONNRESET, err)
		require.Zero(t, n)
	}
	_, err := sys.Read(s, make([]byte, 4))
	require.Equal(t, unix.EAGAIN, err, "the third read is real")
	restore()
	restore() // idempotent

	// A count of 0 fails every call until restore.
	restore = sys.InjectFault("write", unix.EPIPE, 0)
	for range 5 {
		_, err := sys.Write(c, []byte("x"))
		require.Equal(t, unix.EPIPE, err)
	}
	_, err = sys.Writev(c, [][]byte{[]byte("y")})
	require.NoError(t, err, "writev is its own operation")
	restore()
	require.False(t, sys.FaultsArmed())
	h.writeAll(c, []byte("z"))
	require.Equal(t, "yz", string(h.readN(s, 2)))

	// A later injection replaces an earlier one; the earlier restore then
	// leaves it alone.
	r1 := sys.InjectFault("connect", unix.ENETUNREACH, 0)
	r2 := sys.InjectFault("connect", unix.EHOSTUNREACH, 0)
	r1()
	require.Equal(t, unix.EHOSTUNREACH, sys.Connect(c, sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:1"))))
	r2()
	require.False(t, sys.FaultsArmed())

	require.Panics(t, func() { sys.InjectFault("no-such-op", unix.EIO, 1) })
	require.Panics(t, func() { sys.InjectFault("read", 0, 1) })
}

// TestInjectCloseStillCloses: an injected close error still releases the
// descriptor.
func TestInjectCloseStillCloses(t *testing.T) {
	fd, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	restore := sys.InjectFault("close", unix.EINTR, 1)
	defer restore()
	require.Equal(t, unix.EINTR, sys.Close(fd))
	_, err = unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	require.Equal(t, unix.EBADF, err)
}

// TestInjectFaultConcurrent runs under -race: injections from one goroutine
// while another makes calls.
func TestInjectFaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		buf := make([]byte, 1)
		for {
			select {
			case <-stop:
				return
			default:
				sys.Read(-1, buf)
			}
		}
	}()
	for range 100 {
		restore := sys.InjectFault("read", unix.EIO, 3)
		restore()
	}
	close(stop)
	wg.Wait()
	require.False(t, sys.FaultsArmed())
}

// TestInjectFaultAt lets the first calls through, fails the next ones and
// counts them all.
func TestInjectFaultAt(t *testing.T) {
	restore, calls := sys.InjectFaultAt("read", unix.EIO, 2, 1)
	defer restore()
	buf := make([]byte, 1)
	for range 2 {
		_, err := sys.Read(-1, buf)
		require.Equal(t, unix.EBADF, err, "skipped calls are real")
	}
	_, err := sys.Read(-1, buf)
	require.Equal(t, unix.EIO, err)
	require.False(t, sys.FaultsArmed())
	_, err = sys.Read(-1, buf)
	require.Equal(t, unix.EBADF, err)
	require.Equal(t, 3, calls(), "a used-up injection stops counting")

	restore2, calls2 := sys.InjectFaultAt("write", unix.EPIPE, 1<<30, 1)
	for range 5 {
		_, err := sys.Write(-1, buf)
		require.Equal(t, unix.EBADF, err)
	}
	require.Equal(t, 5, calls2())
	restore2()
	require.False(t, sys.FaultsArmed())
}
