//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys_test

import (
	"net/netip"
	"runtime"
	"testing"
	"time"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

func getInt(t *testing.T, fd, level, opt int) int {
	t.Helper()
	v, err := unix.GetsockoptInt(fd, level, opt)
	require.NoError(t, err)
	return v
}

func TestNoDelayAndReuseAddr(t *testing.T) {
	h := newHarness(t)
	c, _ := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	require.NoError(t, sys.SetNoDelay(c, true))
	require.NotZero(t, getInt(t, c, unix.IPPROTO_TCP, unix.TCP_NODELAY))
	require.NoError(t, sys.SetNoDelay(c, false))
	require.Zero(t, getInt(t, c, unix.IPPROTO_TCP, unix.TCP_NODELAY))

	require.NoError(t, sys.SetReuseAddr(c, true))
	require.NotZero(t, getInt(t, c, unix.SOL_SOCKET, unix.SO_REUSEADDR))
	require.NoError(t, sys.SetReuseAddr(c, false))
	require.Zero(t, getInt(t, c, unix.SOL_SOCKET, unix.SO_REUSEADDR))
}

// TestKeepAlive follows libuv's uv_tcp_keepalive_ex, which Node's
// setKeepAlive calls: seconds rounded down; an unset (zero) interval and
// count take libuv's defaults; a value below 1 turns keepalive on but
// leaves the timers alone and reports EINVAL.
func TestKeepAlive(t *testing.T) {
	h := newHarness(t)
	c, _ := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	timers := runtime.GOOS != "openbsd"
	requireTimers := func(idle, intvl, cnt int) {
		t.Helper()
		if timers {
			require.Equal(t, idle, getInt(t, c, unix.IPPROTO_TCP, sys.TCPKeepIdle), "idle")
			require.Equal(t, intvl, getInt(t, c, unix.IPPROTO_TCP, sys.TCPKeepIntvl), "interval")
			require.Equal(t, cnt, getInt(t, c, unix.IPPROTO_TCP, sys.TCPKeepCnt), "count")
		}
	}

	// Node: setKeepAlive(true, 5900, 3000, 4)
	require.NoError(t, sys.SetKeepAlive(c, true, 5900*time.Millisecond, 3*time.Second, 4))
	require.NotZero(t, getInt(t, c, unix.SOL_SOCKET, unix.SO_KEEPALIVE))
	requireTimers(5, 3, 4)

	// Node: setKeepAlive(true, 2000): interval 1 s and 10 probes.
	require.NoError(t, sys.SetKeepAlive(c, true, 2*time.Second, 0, 0))
	requireTimers(2, 1, 10)
	require.NoError(t, sys.SetKeepAlive(c, true, 3*time.Second, sys.DefaultKeepAliveInterval, sys.DefaultKeepAliveCount))
	requireTimers(3, 1, 10)

	require.NoError(t, sys.SetKeepAlive(c, false, 0, 0, 0))
	require.Zero(t, getInt(t, c, unix.SOL_SOCKET, unix.SO_KEEPALIVE))

	// Node: setKeepAlive(true), (true, 999), (true, 60000, 500), and a
	// negative count: keepalive on, timers kept.
	for _, bad := range []struct {
		idle, intvl time.Duration
		count       int
	}{
		{0, 0, 0},
		{999 * time.Millisecond, time.Second, 10},
		{time.Minute, 500 * time.Millisecond, 10},
		{time.Minute, time.Second, -1},
	} {
		require.NoError(t, sys.SetKeepAlive(c, false, 0, 0, 0))
		require.Equal(t, unix.EINVAL, sys.SetKeepAlive(c, true, bad.idle, bad.intvl, bad.count), "%+v", bad)
		require.NotZero(t, getInt(t, c, unix.SOL_SOCKET, unix.SO_KEEPALIVE))
		requireTimers(3, 1, 10)
	}
}

func TestTypeOfService(t *testing.T) {
	for _, tc := range loopbacks {
		t.Run(tc.name, func(t *testing.T) {
			skipNoIPv6(t, tc.ap)
			h := newHarness(t)
			c, _ := h.pair(tc.ap)
			family := sys.FamilyOf(tc.ap.Addr())
			// 0x28 leaves the ECN bits clear (Linux keeps them for TCP).
			require.NoError(t, sys.SetTOS(c, family, 0x28))
			tos, err := sys.GetTOS(c, family)
			require.NoError(t, err)
			require.Equal(t, 0x28, tos)
		})
	}
	require.Equal(t, unix.EAFNOSUPPORT, sys.SetTOS(0, sys.AF_UNIX, 0))
	_, err := sys.GetTOS(0, sys.AF_UNIX)
	require.Equal(t, unix.EAFNOSUPPORT, err)
}

func TestV6Only(t *testing.T) {
	if !ipv6(t) {
		t.Skip("IPv6 unavailable")
	}
	fd, err := sys.Socket(sys.AF_INET6, sys.SOCK_STREAM)
	require.NoError(t, err)
	defer sys.Close(fd)
	require.NoError(t, sys.SetV6Only(fd, true))
	require.NotZero(t, getInt(t, fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY))
}

// TestReusePort: two listeners share a port where the system balances
// between them (Linux, DragonFly: SO_REUSEPORT; FreeBSD: SO_REUSEPORT_LB);
// elsewhere the option is refused with ENOTSUP, as libuv does.
func TestReusePort(t *testing.T) {
	h := newHarness(t)
	fd1, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	h.own(fd1)
	err = sys.SetReusePort(fd1, true)
	switch runtime.GOOS {
	case "linux", "android", "dragonfly", "freebsd":
		require.NoError(t, err)
	default:
		require.Equal(t, unix.ENOTSUP, err)
		require.NoError(t, sys.SetReusePort(fd1, false))
		return
	}
	require.NoError(t, sys.Bind(fd1, sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:0"))))
	require.NoError(t, sys.Listen(fd1, 16))
	sa, err := sys.LocalAddr(fd1)
	require.NoError(t, err)

	fd2, err := sys.Socket(sys.AF_INET, sys.SOCK_STREAM)
	require.NoError(t, err)
	h.own(fd2)
	require.NoError(t, sys.SetReusePort(fd2, true))
	require.NoError(t, sys.Bind(fd2, sa), "the second listener binds the same port")
	require.NoError(t, sys.Listen(fd2, 16))
}

// TestDescriptorFlags: sockets from Socket and Accept are non-blocking and
// close-on-exec.
func TestDescriptorFlags(t *testing.T) {
	h := newHarness(t)
	lfd, bound := h.listenTCP(netip.MustParseAddrPort("127.0.0.1:0"))
	c := h.dial(sys.AF_INET, sys.SockaddrOf(bound))
	s, _ := h.accept(lfd)
	for _, fd := range []int{lfd, c, s} {
		fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		require.NoError(t, err)
		require.NotZero(t, fl&unix.O_NONBLOCK, "fd %d non-blocking", fd)
		fd_, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		require.NoError(t, err)
		require.NotZero(t, fd_&unix.FD_CLOEXEC, "fd %d close-on-exec", fd)
	}
	require.NoError(t, sys.SetNonblock(c, false))
	fl, err := unix.FcntlInt(uintptr(c), unix.F_GETFL, 0)
	require.NoError(t, err)
	require.Zero(t, fl&unix.O_NONBLOCK)
}
