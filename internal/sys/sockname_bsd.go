//go:build darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists because on Darwin and the BSDs x/sys/unix's
// getsockname and getpeername already do what is wanted (no extra system
// call; Unix names from sun_len, and no abstract namespace to translate),
// and on Darwin and OpenBSD they must go through libc anyway.

package sys

import "golang.org/x/sys/unix"

// LocalAddr returns the address fd is bound to (getsockname).
func LocalAddr(fd int) (Sockaddr, error) {
	return unix.Getsockname(fd)
}

// PeerAddr returns the address of fd's peer (getpeername); ENOTCONN when it
// has none.
func PeerAddr(fd int) (Sockaddr, error) {
	return unix.Getpeername(fd)
}
