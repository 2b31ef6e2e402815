//go:build darwin

// This file exists because Darwin has no SOCK_NONBLOCK or SOCK_CLOEXEC:
// the flags are set with fcntl after socket(2), under syscall.ForkLock so
// that no fork+exec in another goroutine inherits the descriptor in
// between.

package sys

import (
	"syscall"

	"golang.org/x/sys/unix"
)

func sysSocket(domain, typ, proto int) (int, error) {
	syscall.ForkLock.RLock()
	fd, err := socketFunc(domain, typ, proto)
	if err == nil {
		unix.CloseOnExec(fd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, err
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		closeFunc(fd)
		return -1, err
	}
	return fd, nil
}
