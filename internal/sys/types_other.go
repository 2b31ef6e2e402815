//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

// This file exists so that packages importing sys (netmod) build on systems
// without a socket backend here, Windows first: it declares the same names
// as types_posix.go, with stand-in types, since golang.org/x/sys/unix does
// not build there.

package sys

// Sockaddr is a socket address: *SockaddrInet4, *SockaddrInet6 or
// *SockaddrUnix.
type Sockaddr interface {
	sockaddr()
}

// SockaddrInet4 has the fields of unix.SockaddrInet4.
type SockaddrInet4 struct {
	Port int
	Addr [4]byte
}

// SockaddrInet6 has the fields of unix.SockaddrInet6.
type SockaddrInet6 struct {
	Port   int
	ZoneId uint32
	Addr   [16]byte
}

// SockaddrUnix has the fields of unix.SockaddrUnix.
type SockaddrUnix struct {
	Name string
}

func (*SockaddrInet4) sockaddr() {}
func (*SockaddrInet6) sockaddr() {}
func (*SockaddrUnix) sockaddr()  {}

// Address families, socket types and shutdown directions. The values are
// placeholders: nothing here reaches a kernel.
const (
	AF_UNIX     = 1
	AF_INET     = 2
	AF_INET6    = 10
	SOCK_STREAM = 1
	SHUT_RD     = 0
	SHUT_WR     = 1
	SHUT_RDWR   = 2
)

// Supported reports whether this system has a socket backend here.
const Supported = false

// MaxPathLen is the longest Unix socket path (sun_path less its NUL).
const MaxPathLen = 107

const abstractNamespace = false
