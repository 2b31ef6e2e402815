//go:build linux || freebsd || netbsd || dragonfly

// This file exists because these systems name the keepalive idle time
// TCP_KEEPIDLE (Darwin calls it TCP_KEEPALIVE; OpenBSD has no per-socket
// timers). All three values are in seconds.

package sys

import "golang.org/x/sys/unix"

// The options for the idle time before the first probe, the interval
// between probes and their count.
const (
	tcpKeepIdle  = unix.TCP_KEEPIDLE
	tcpKeepIntvl = unix.TCP_KEEPINTVL
	tcpKeepCnt   = unix.TCP_KEEPCNT
)
