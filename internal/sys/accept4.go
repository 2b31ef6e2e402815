//go:build freebsd || dragonfly

// This file exists because FreeBSD and DragonFly have accept4, wrapped by
// x/sys/unix: the accepted descriptor is non-blocking and close-on-exec
// from its first instant.

package sys

import "golang.org/x/sys/unix"

// acceptSyscall is accept4(2) with SOCK_NONBLOCK|SOCK_CLOEXEC.
func acceptSyscall(fd int) (int, Sockaddr, error) {
	return unix.Accept4(fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
}

func sysAccept(fd int) (int, Sockaddr, error) { return acceptFunc(fd) }
