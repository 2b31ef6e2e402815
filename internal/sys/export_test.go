//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys

// Internals for the external tests (package sys_test), which cannot be in
// package sys because they import poller.

const (
	TCPKeepIdle  = tcpKeepIdle
	TCPKeepIntvl = tcpKeepIntvl
	TCPKeepCnt   = tcpKeepCnt
	RaceEnabled  = raceEnabled
)

// FaultsArmed reports whether the fast path of faultFor is off.
func FaultsArmed() bool { return faults.on.Load() }
