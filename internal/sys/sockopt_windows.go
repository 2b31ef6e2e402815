// This file holds the socket options netmod sets, on Winsock.

package sys

import (
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}

func setsockoptInt(fd, level, opt, v int) error {
	return errnoOf(windows.SetsockoptInt(windows.Handle(fd), level, opt, v))
}

// SetReuseAddr does nothing on Windows and succeeds. Winsock's
// SO_REUSEADDR is not Unix's: it lets another socket bind a port that a
// listener holds (and steal its connections), while rebinding a port in
// TIME_WAIT needs no option there. libuv sets it only on Unix; Node's
// servers on Windows fail with EADDRINUSE on a port in use, and so do
// netmod's.
func SetReuseAddr(fd int, on bool) error { return nil }

// SetReusePort fails with ENOTSUP when on is true: Windows has no
// load-balancing port sharing, and libuv refuses UV_TCP_REUSEPORT there
// (Node: "listen ENOTSUP"). Clearing it succeeds and does nothing.
func SetReusePort(fd int, on bool) error {
	if on {
		return errnoOf(windows.WSAEOPNOTSUPP)
	}
	return nil
}

// SetV6Only sets IPV6_V6ONLY.
func SetV6Only(fd int, on bool) error {
	return setsockoptInt(fd, windows.IPPROTO_IPV6, windows.IPV6_V6ONLY, boolint(on))
}

// SetNoDelay sets TCP_NODELAY.
func SetNoDelay(fd int, on bool) error {
	return setsockoptInt(fd, windows.IPPROTO_TCP, windows.TCP_NODELAY, boolint(on))
}

// SetKeepAlive turns SO_KEEPALIVE on or off and, when on, sets the idle
// time, probe interval and probe count (whole seconds; zero interval or
// count take libuv's defaults). Windows 10 1709 and later take the three
// as TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT; older ones (and wine)
// only through SIO_KEEPALIVE_VALS, which has no count: the system's (10)
// applies.
func SetKeepAlive(fd int, enable bool, idle, interval time.Duration, count int) error {
	if err := setsockoptInt(fd, windows.SOL_SOCKET, windows.SO_KEEPALIVE, boolint(enable)); err != nil || !enable {
		return err
	}
	if interval == 0 {
		interval = DefaultKeepAliveInterval
	}
	if count == 0 {
		count = DefaultKeepAliveCount
	}
	idleSec, intvlSec := keepAliveSeconds(idle), keepAliveSeconds(interval)
	if idleSec < 1 || intvlSec < 1 || count < 1 {
		return errnoOf(windows.WSAEINVAL)
	}
	h := windows.Handle(fd)
	err := windows.SetsockoptInt(h, windows.IPPROTO_TCP, windows.TCP_KEEPIDLE, idleSec)
	if err == nil {
		err = windows.SetsockoptInt(h, windows.IPPROTO_TCP, windows.TCP_KEEPINTVL, intvlSec)
	}
	if err == nil {
		// The count is optional: older systems fix it at 10.
		_ = windows.SetsockoptInt(h, windows.IPPROTO_TCP, windows.TCP_KEEPCNT, count)
		return nil
	}
	ka := windows.TCPKeepalive{OnOff: 1, Time: uint32(idleSec) * 1000, Interval: uint32(intvlSec) * 1000}
	var ret uint32
	return errnoOf(windows.WSAIoctl(h, windows.SIO_KEEPALIVE_VALS, (*byte)(unsafe.Pointer(&ka)),
		uint32(unsafe.Sizeof(ka)), nil, 0, &ret, nil, 0))
}

// SetTOS sets the type of service (IPv4) or traffic class (IPv6) byte.
func SetTOS(fd, family, tos int) error {
	level, opt, err := tosOption(family)
	if err != nil {
		return err
	}
	return setsockoptInt(fd, level, opt, tos)
}

// GetTOS returns the type of service (IPv4) or traffic class (IPv6) byte.
func GetTOS(fd, family int) (int, error) {
	level, opt, err := tosOption(family)
	if err != nil {
		return 0, err
	}
	v, err := windows.GetsockoptInt(windows.Handle(fd), level, opt)
	return v, errnoOf(err)
}

func tosOption(family int) (level, opt int, err error) {
	switch family {
	case AF_INET:
		return windows.IPPROTO_IP, windows.IP_TOS, nil
	case AF_INET6:
		return windows.IPPROTO_IPV6, ipv6TClass, nil
	}
	return 0, 0, errnoOf(windows.WSAEAFNOSUPPORT)
}

// SetLingerZero sets SO_LINGER to {on, 0 seconds}: the next Close resets
// the connection (Node's resetAndDestroy).
func SetLingerZero(fd int) error {
	return errnoOf(windows.SetsockoptLinger(windows.Handle(fd), windows.SOL_SOCKET, windows.SO_LINGER, &windows.Linger{Onoff: 1, Linger: 0}))
}
