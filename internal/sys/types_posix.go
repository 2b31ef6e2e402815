//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists so that callers can name socket addresses and constants
// without importing golang.org/x/sys/unix, which does not build on Windows:
// here the names are aliases of the unix ones, and types_other.go gives
// stand-ins with the same fields elsewhere.

package sys

import "golang.org/x/sys/unix"

// Socket address types. The concrete values are always pointers
// (*SockaddrInet4, *SockaddrInet6, *SockaddrUnix).
type (
	Sockaddr      = unix.Sockaddr
	SockaddrInet4 = unix.SockaddrInet4
	SockaddrInet6 = unix.SockaddrInet6
	SockaddrUnix  = unix.SockaddrUnix
)

// Address families, socket types and shutdown directions.
const (
	AF_UNIX     = unix.AF_UNIX
	AF_INET     = unix.AF_INET
	AF_INET6    = unix.AF_INET6
	SOCK_STREAM = unix.SOCK_STREAM
	SHUT_RD     = unix.SHUT_RD
	SHUT_WR     = unix.SHUT_WR
	SHUT_RDWR   = unix.SHUT_RDWR
)

// Supported reports whether this system has a socket backend here.
const Supported = true
