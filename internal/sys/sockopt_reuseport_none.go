//go:build darwin || netbsd || openbsd

// This file exists because SO_REUSEPORT on these systems lets listeners
// share a port but sends every connection to one of them (the last bound,
// on Darwin). libuv refuses reusePort here with ENOTSUP rather than give a
// socket that does not balance, and Node throws; so does this package.

package sys

import "golang.org/x/sys/unix"

// SetReusePort fails with ENOTSUP when on is true: no load-balancing port
// sharing on this system. Clearing it succeeds and does nothing.
func SetReusePort(fd int, on bool) error {
	if on {
		return unix.ENOTSUP
	}
	return nil
}
