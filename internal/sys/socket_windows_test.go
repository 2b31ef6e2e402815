// This file checks the Winsock layer on loopback: the non-blocking life
// cycle (EINPROGRESS, EAGAIN), Winsock's errors under syscall's names,
// half-close, dual-stack IPv6 sockets and connecting to an unspecified
// address. Readiness is not this package's: the tests poll with short
// non-blocking calls, bounded by patience.

package sys_test

import (
	"net/netip"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
)

const patience = 30 * time.Second

// retry calls f until it returns something other than EAGAIN (or
// EINPROGRESS), or patience runs out.
func retry[T any](t *testing.T, f func() (T, error)) (T, error) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for {
		v, err := f()
		if (err != syscall.EAGAIN && err != syscall.EINPROGRESS) || time.Now().After(deadline) {
			return v, err
		}
		time.Sleep(time.Millisecond) // polling without a poller: bounded by patience
	}
}

func listener(t *testing.T, ap netip.AddrPort) (fd int, port int) {
	t.Helper()
	fd, err := sys.Socket(sys.FamilyOf(ap.Addr()), sys.SOCK_STREAM)
	require.NoError(t, err)
	t.Cleanup(func() { sys.Close(fd) })
	require.NoError(t, sys.Bind(fd, sys.SockaddrOf(ap)))
	require.NoError(t, sys.Listen(fd, 16))
	sa, err := sys.LocalAddr(fd)
	require.NoError(t, err)
	return fd, int(sys.AddrPortOf(sa).Port())
}

// pair connects a client to a listener on ap's address and accepts it.
func pair(t *testing.T, lnAddr, dial netip.Addr) (c, s int) {
	t.Helper()
	lfd, port := listener(t, netip.AddrPortFrom(lnAddr, 0))
	c, err := sys.Socket(sys.FamilyOf(dial), sys.SOCK_STREAM)
	require.NoError(t, err)
	t.Cleanup(func() { sys.Close(c) })
	err = sys.Connect(c, sys.SockaddrOf(netip.AddrPortFrom(dial, uint16(port))))
	if err != nil {
		require.ErrorIs(t, err, syscall.EINPROGRESS)
	}
	s, err = retry(t, func() (int, error) {
		nfd, _, err := sys.Accept(lfd)
		return nfd, err
	})
	require.NoError(t, err)
	t.Cleanup(func() { sys.Close(s) })
	_, err = retry(t, func() (struct{}, error) {
		if _, err := sys.PeerAddr(c); err != nil {
			return struct{}{}, syscall.EAGAIN // not connected yet
		}
		return struct{}{}, sys.SocketError(c)
	})
	require.NoError(t, err)
	return c, s
}

func TestWindowsReadWriteHalfClose(t *testing.T) {
	lo := netip.MustParseAddr("127.0.0.1")
	c, s := pair(t, lo, lo)
	buf := make([]byte, 16)
	_, err := sys.Read(s, buf)
	require.ErrorIs(t, err, syscall.EAGAIN, "nothing sent yet")
	n, err := sys.Writev(c, [][]byte{[]byte("ab"), nil, []byte("cd")})
	require.NoError(t, err)
	require.Equal(t, 4, n)
	got, err := retry(t, func() (int, error) { return sys.Read(s, buf) })
	require.NoError(t, err)
	require.Equal(t, "abcd", string(buf[:got]))
	require.NoError(t, sys.Shutdown(c, sys.SHUT_WR))
	n, err = retry(t, func() (int, error) { return sys.Read(s, buf) })
	require.NoError(t, err)
	require.Zero(t, n, "end of stream after the peer's shutdown")
	// The other direction still works.
	_, err = sys.Write(s, []byte("back"))
	require.NoError(t, err)
	got, err = retry(t, func() (int, error) { return sys.Read(c, buf) })
	require.NoError(t, err)
	require.Equal(t, "back", string(buf[:got]))
}

func TestWindowsConnectRefused(t *testing.T) {
	lfd, port := listener(t, netip.MustParseAddrPort("127.0.0.1:0"))
	require.NoError(t, sys.Close(lfd)) // nobody listens on port now
	c, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	defer sys.Close(c)
	err = sys.Connect(c, sys.SockaddrOf(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), uint16(port))))
	if err == syscall.EINPROGRESS {
		_, err = retry(t, func() (struct{}, error) {
			if e := sys.SocketError(c); e != nil {
				return struct{}{}, e
			}
			return struct{}{}, syscall.EAGAIN
		})
	}
	require.ErrorIs(t, err, syscall.ECONNREFUSED)
}

func TestWindowsAddrInUse(t *testing.T) {
	_, port := listener(t, netip.MustParseAddrPort("127.0.0.1:0"))
	fd, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	defer sys.Close(fd)
	require.NoError(t, sys.SetReuseAddr(fd, true)) // a no-op on Windows: no port stealing
	err = sys.Bind(fd, sys.SockaddrOf(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), uint16(port))))
	require.ErrorIs(t, err, syscall.EADDRINUSE)
}

func TestWindowsDualStackAndUnspecified(t *testing.T) {
	// An IPv6 listener on :: takes IPv4 clients (dual stack, as libuv
	// makes it), and connecting to 0.0.0.0 reaches the local host.
	c, s := pair(t, netip.IPv6Unspecified(), netip.IPv4Unspecified())
	_, err := sys.Write(c, []byte("x"))
	require.NoError(t, err)
	buf := make([]byte, 1)
	_, err = retry(t, func() (int, error) { return sys.Read(s, buf) })
	require.NoError(t, err)
	sa, err := sys.PeerAddr(s)
	require.NoError(t, err)
	require.Equal(t, "::ffff:127.0.0.1", sys.AddrPortOf(sa).Addr().String())
	require.Equal(t, sys.HandleTCP, sys.GuessHandleType(s))
}

func TestWindowsReusePortUnsupported(t *testing.T) {
	fd, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	defer sys.Close(fd)
	require.ErrorIs(t, sys.SetReusePort(fd, true), syscall.ENOTSUP)
	require.NoError(t, sys.SetReusePort(fd, false))
	require.NoError(t, sys.SetNoDelay(fd, true))
	require.NoError(t, sys.SetKeepAlive(fd, true, 5*time.Second, 0, 0))
	require.NoError(t, sys.SetLingerZero(fd))
}

func TestWindowsClosedHandle(t *testing.T) {
	fd, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	require.NoError(t, sys.Close(fd))
	_, err = sys.Read(fd, make([]byte, 1))
	require.Error(t, err)
	require.Equal(t, sys.HandleUnknown, sys.GuessHandleType(fd))
	require.Equal(t, sys.HandleUnknown, sys.GuessHandleType(-1))
}
