//go:build linux || freebsd || netbsd || dragonfly || darwin

// This file exists because every system with per-socket keepalive timers
// sets them the same way; only the option names differ (keepalive_idle.go,
// keepalive_darwin.go). OpenBSD has none (keepalive_openbsd.go).

package sys

import "golang.org/x/sys/unix"

// setKeepAliveTimers sets the idle time, probe interval and probe count, in
// seconds.
func setKeepAliveTimers(fd, idle, interval, count int) error {
	if err := unix.SetsockoptInt(fd, unix.IPPROTO_TCP, tcpKeepIdle, idle); err != nil {
		return err
	}
	if err := unix.SetsockoptInt(fd, unix.IPPROTO_TCP, tcpKeepIntvl, interval); err != nil {
		return err
	}
	return unix.SetsockoptInt(fd, unix.IPPROTO_TCP, tcpKeepCnt, count)
}
