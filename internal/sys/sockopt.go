//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file holds the socket options that mean the same on every system.
// SO_REUSEPORT and the keepalive timers differ: sockopt_reuseport*.go and
// keepalive_*.go.

package sys

import (
	"time"

	"golang.org/x/sys/unix"
)

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SetReuseAddr sets SO_REUSEADDR. libuv sets it on every TCP socket it
// binds, so that a restarted server can bind while old connections sit in
// TIME_WAIT.
func SetReuseAddr(fd int, on bool) error {
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, boolint(on))
}

// SetV6Only sets IPV6_V6ONLY on an AF_INET6 socket before bind. Set it
// either way, as libuv does: the default is dual-stack on Linux but
// IPv6-only on the BSDs (OpenBSD has no dual-stack sockets and refuses
// false).
func SetV6Only(fd int, on bool) error {
	return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolint(on))
}

// SetNoDelay sets TCP_NODELAY (true disables Nagle's algorithm).
func SetNoDelay(fd int, on bool) error {
	return setsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, boolint(on))
}

// SetKeepAlive sets SO_KEEPALIVE and, when enabling it, the idle time
// before the first probe, the interval between probes and how many
// unanswered probes end the connection, as libuv's uv_tcp_keepalive_ex
// does for Node's setKeepAlive(enable, initialDelay, interval, count).
//
// A zero interval or count means "not given": DefaultKeepAliveInterval
// (1 s) and DefaultKeepAliveCount (10), as Node passes then. Durations are
// rounded down to whole seconds. When the idle time is below one second
// (Node's setKeepAlive(true) and setKeepAlive(true, 0)), or a given
// interval rounds to 0, or count is negative, keepalive is turned on but
// the timers are left as they were and EINVAL is returned; Node ignores
// that error, so its keepalive then runs on the system's timers. OpenBSD
// has no per-socket timers: only SO_KEEPALIVE is set there.
func SetKeepAlive(fd int, enable bool, idle, interval time.Duration, count int) error {
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE, boolint(enable)); err != nil || !enable {
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
		return unix.EINVAL
	}
	return setKeepAliveTimers(fd, idleSec, intvlSec, count)
}

// SetTOS sets the type of service of a socket of the given family, as
// Node's setTypeOfService: IP_TOS for AF_INET, IPV6_TCLASS for AF_INET6;
// EAFNOSUPPORT for any other family. Linux keeps the two ECN bits of a TCP
// socket to itself.
func SetTOS(fd, family, tos int) error {
	level, opt, err := tosOption(family)
	if err != nil {
		return err
	}
	return unix.SetsockoptInt(fd, level, opt, tos)
}

// GetTOS reads what SetTOS sets.
func GetTOS(fd, family int) (int, error) {
	level, opt, err := tosOption(family)
	if err != nil {
		return 0, err
	}
	return unix.GetsockoptInt(fd, level, opt)
}

func tosOption(family int) (level, opt int, err error) {
	switch family {
	case unix.AF_INET:
		return unix.IPPROTO_IP, unix.IP_TOS, nil
	case unix.AF_INET6:
		return unix.IPPROTO_IPV6, unix.IPV6_TCLASS, nil
	}
	return 0, 0, unix.EAFNOSUPPORT
}

// SetLingerZero sets SO_LINGER to {on, 0 s}, so that the Close that
// follows drops unsent data and sends an RST instead of a FIN (Node's
// resetAndDestroy).
func SetLingerZero(fd int) error {
	return unix.SetsockoptLinger(fd, unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
}
