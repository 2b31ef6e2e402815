//go:build darwin || netbsd || openbsd

// This file exists because x/sys/unix offers no accept4 on these systems
// (Darwin has none; NetBSD's paccept and OpenBSD's accept4 are not wrapped),
// so the accepted descriptor gets its flags from fcntl. Unlike Go's
// internal/poll, the accept runs under syscall.ForkLock: the listening
// descriptors of this package are always non-blocking, so holding the
// lock across accept cannot block a fork.

package sys

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// acceptSyscall is accept(2), with the peer address.
func acceptSyscall(fd int) (int, Sockaddr, error) {
	return unix.Accept(fd)
}

func sysAccept(fd int) (int, Sockaddr, error) {
	syscall.ForkLock.RLock()
	nfd, sa, err := acceptFunc(fd)
	if err == nil {
		unix.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, nil, err
	}
	if err := unix.SetNonblock(nfd, true); err != nil {
		closeFunc(nfd)
		return -1, nil, err
	}
	return nfd, sa, nil
}
