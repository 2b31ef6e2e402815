//go:build linux || dragonfly

// This file exists because on Linux (3.9+) and DragonFly SO_REUSEPORT
// spreads incoming connections over all the listeners bound to the port,
// which is what Node's reusePort promises.

package sys

import "golang.org/x/sys/unix"

// SetReusePort sets SO_REUSEPORT before bind, so that several listeners
// (one per loop) share a port and the kernel balances connections between
// them.
func SetReusePort(fd int, on bool) error {
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, boolint(on))
}
