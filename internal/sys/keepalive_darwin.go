// This file exists because Darwin names the keepalive idle time
// TCP_KEEPALIVE, where Linux and the BSDs say TCP_KEEPIDLE. All three
// values are in seconds.

package sys

import "golang.org/x/sys/unix"

// The options for the idle time before the first probe, the interval
// between probes and their count.
const (
	tcpKeepIdle  = unix.TCP_KEEPALIVE
	tcpKeepIntvl = unix.TCP_KEEPINTVL
	tcpKeepCnt   = unix.TCP_KEEPCNT
)
