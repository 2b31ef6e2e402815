//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys_test

import (
	"bytes"
	"net/netip"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/poller"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

var loopbacks = []struct {
	name string
	ap   netip.AddrPort
}{
	{"ipv4", netip.MustParseAddrPort("127.0.0.1:0")},
	{"ipv6", netip.MustParseAddrPort("[::1]:0")},
}

func skipNoIPv6(t *testing.T, ap netip.AddrPort) {
	if ap.Addr().Is6() && !ipv6(t) {
		t.Skip("IPv6 loopback unavailable")
	}
}

// TestTCPRoundTrip connects over loopback, checks both ends' addresses,
// sends data both ways with write and a three-buffer writev, and ends
// with a half-close that the peer reads as EOF.
func TestTCPRoundTrip(t *testing.T) {
	for _, tc := range loopbacks {
		t.Run(tc.name, func(t *testing.T) {
			skipNoIPv6(t, tc.ap)
			h := newHarness(t)
			lfd, bound := h.listenTCP(tc.ap)
			require.Equal(t, tc.ap.Addr(), bound.Addr())
			require.NotZero(t, bound.Port())

			family := sys.FamilyOf(bound.Addr())
			c := h.dial(family, sys.SockaddrOf(bound))
			s, peer := h.accept(lfd)

			clientLocal, err := sys.LocalAddr(c)
			require.NoError(t, err)
			require.Equal(t, sys.AddrPortOf(clientLocal), sys.AddrPortOf(peer))
			serverPeer, err := sys.PeerAddr(s)
			require.NoError(t, err)
			require.Equal(t, sys.AddrPortOf(peer), sys.AddrPortOf(serverPeer))
			clientPeer, err := sys.PeerAddr(c)
			require.NoError(t, err)
			require.Equal(t, bound, sys.AddrPortOf(clientPeer))

			h.writeAll(c, []byte("ping"))
			require.Equal(t, "ping", string(h.readN(s, 4)))

			n, err := sys.Writev(s, [][]byte{[]byte("one "), []byte("two "), []byte("three")})
			require.NoError(t, err)
			require.Equal(t, 13, n)
			require.Equal(t, "one two three", string(h.readN(c, 13)))

			require.NoError(t, sys.Shutdown(c, sys.SHUT_WR))
			n, err = h.read(s, make([]byte, 16))
			require.NoError(t, err)
			require.Zero(t, n, "EOF is (0, nil)")

			// The other direction still works after the half-close.
			h.writeAll(s, []byte("pong"))
			require.Equal(t, "pong", string(h.readN(c, 4)))
		})
	}
}

// TestLingerZeroReset: SO_LINGER {1, 0} then close sends an RST, which the
// peer's read reports as ECONNRESET.
func TestLingerZeroReset(t *testing.T) {
	h := newHarness(t)
	c, s := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	require.NoError(t, sys.SetLingerZero(c))
	l, err := unix.GetsockoptLinger(c, unix.SOL_SOCKET, unix.SO_LINGER)
	require.NoError(t, err)
	require.Equal(t, unix.Linger{Onoff: 1, Linger: 0}, *l)
	require.NoError(t, h.close(c))

	n, err := h.read(s, make([]byte, 16))
	require.Equal(t, unix.ECONNRESET, err)
	require.Zero(t, n)
}

// TestConnectRefused connects to a port with no listener: the refusal
// comes either from connect itself (the BSDs) or, after writability, from
// SO_ERROR (Linux).
func TestConnectRefused(t *testing.T) {
	h := newHarness(t)
	// Bind without listening to own a port nobody listens on.
	hold, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	h.own(hold)
	require.NoError(t, sys.Bind(hold, sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:0"))))
	sa, err := sys.LocalAddr(hold)
	require.NoError(t, err)

	fd, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	h.own(fd)
	err = sys.Connect(fd, sa)
	if err == unix.EINPROGRESS {
		h.wait(fd, poller.Write)
		err = sys.SocketError(fd)
	}
	require.Equal(t, unix.ECONNREFUSED, err)
	require.NoError(t, sys.SocketError(fd), "SO_ERROR is cleared once read")
}

// TestDualStackMappedPeer accepts an IPv4 client on a dual-stack [::]
// listener: the peer address is the IPv4-mapped IPv6 address, unchanged.
func TestDualStackMappedPeer(t *testing.T) {
	if !ipv6(t) {
		t.Skip("IPv6 unavailable")
	}
	h := newHarness(t)
	lfd, err := sys.Socket(sys.AF_INET6, sys.SOCK_STREAM)
	require.NoError(t, err)
	h.own(lfd)
	if err := sys.SetV6Only(lfd, false); err != nil {
		t.Skipf("no dual-stack sockets: %v", err) // OpenBSD
	}
	v6only, err := unix.GetsockoptInt(lfd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY)
	require.NoError(t, err)
	require.Zero(t, v6only)
	require.NoError(t, sys.Bind(lfd, sys.SockaddrOf(netip.MustParseAddrPort("[::]:0"))))
	require.NoError(t, sys.Listen(lfd, 16))
	lsa, err := sys.LocalAddr(lfd)
	require.NoError(t, err)
	port := sys.AddrPortOf(lsa).Port()

	c := h.dial(sys.AF_INET, sys.SockaddrOf(netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)))
	s, peer := h.accept(lfd)
	require.IsType(t, &sys.SockaddrInet6{}, peer)
	got := sys.AddrPortOf(peer)
	require.Equal(t, netip.MustParseAddr("::ffff:127.0.0.1"), got.Addr())
	require.True(t, got.Addr().Is4In6())
	local, err := sys.LocalAddr(c)
	require.NoError(t, err)
	require.Equal(t, sys.AddrPortOf(local).Port(), got.Port())

	local, err = sys.LocalAddr(s)
	require.NoError(t, err)
	require.Equal(t, netip.AddrPortFrom(netip.MustParseAddr("::ffff:127.0.0.1"), port), sys.AddrPortOf(local))
}

// TestWritevManyBuffers writes more than IOVMax buffers, some empty: one
// call takes at most IOVMax of the non-empty ones, and a loop over the
// remainder delivers every byte in order.
func TestWritevManyBuffers(t *testing.T) {
	h := newHarness(t)
	c, s := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	const nonEmpty = sys.IOVMax + 476
	var bufs [][]byte
	var want []byte
	for i := range nonEmpty {
		if i%3 == 0 {
			bufs = append(bufs, nil, []byte{})
		}
		b := []byte{byte(i)}
		bufs = append(bufs, b)
		want = append(want, b...)
	}
	require.Greater(t, len(bufs), nonEmpty)

	n, err := sys.Writev(c, bufs)
	require.NoError(t, err)
	require.Equal(t, sys.IOVMax, n, "one writev passes IOVMax non-empty buffers")
	total := n
	for rest := drop(bufs, n); len(rest) > 0; rest = drop(rest, n) {
		n, err = sys.Writev(c, rest)
		if err == unix.EAGAIN {
			h.wait(c, poller.Write)
			n = 0
			continue
		}
		require.NoError(t, err)
		total += n
	}
	require.Equal(t, nonEmpty, total)
	require.True(t, bytes.Equal(want, h.readN(s, nonEmpty)))

	n, err = sys.Writev(c, [][]byte{nil, {}})
	require.NoError(t, err)
	require.Zero(t, n)
	n, err = sys.Writev(c, nil)
	require.NoError(t, err)
	require.Zero(t, n)
}

// drop removes the first n bytes from bufs, as netmod's write queue does.
func drop(bufs [][]byte, n int) [][]byte {
	for len(bufs) > 0 && n >= len(bufs[0]) {
		n -= len(bufs[0])
		bufs = bufs[1:]
	}
	if n > 0 {
		bufs[0] = bufs[0][n:]
	}
	return bufs
}

// TestReadWriteErrors: EAGAIN with nothing to read, and n == 0 (not -1)
// with every error.
func TestReadWriteErrors(t *testing.T) {
	h := newHarness(t)
	c, _ := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	n, err := sys.Read(c, make([]byte, 8))
	require.Equal(t, unix.EAGAIN, err)
	require.Zero(t, n)

	n, err = sys.Read(-1, make([]byte, 8))
	require.Equal(t, unix.EBADF, err)
	require.Zero(t, n)
	n, err = sys.Write(-1, []byte("x"))
	require.Equal(t, unix.EBADF, err)
	require.Zero(t, n)
	n, err = sys.Writev(-1, [][]byte{[]byte("x")})
	require.Equal(t, unix.EBADF, err)
	require.Zero(t, n)
}
