// This file exists because OpenBSD has no per-socket keepalive timers:
// the idle time, interval and count are system-wide sysctls
// (net.inet.tcp.keepidle, keepintvl), so only SO_KEEPALIVE applies.

package sys

// There are no such options.
const (
	tcpKeepIdle  = 0
	tcpKeepIntvl = 0
	tcpKeepCnt   = 0
)

func setKeepAliveTimers(fd, idle, interval, count int) error { return nil }
