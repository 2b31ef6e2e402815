//go:build freebsd

// This file exists because FreeBSD's SO_REUSEPORT lets listeners share a
// port without balancing between them; SO_REUSEPORT_LB (FreeBSD 12+)
// balances, and is what libuv sets for reusePort.

package sys

import "golang.org/x/sys/unix"

// SetReusePort sets SO_REUSEPORT_LB before bind, so that several listeners
// (one per loop) share a port and the kernel balances connections between
// them.
func SetReusePort(fd int, on bool) error {
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT_LB, boolint(on))
}
