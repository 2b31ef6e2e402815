// This file exists for the same reasons as accept_linux.go: getsockname and
// getpeername are called directly, so that no SO_PROTOCOL call is added and
// Unix socket names come back as Node shows them.

package sys

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// LocalAddr returns the address fd is bound to (getsockname).
func LocalAddr(fd int) (Sockaddr, error) {
	return sockname(unix.SYS_GETSOCKNAME, fd)
}

// PeerAddr returns the address of fd's peer (getpeername); ENOTCONN when it
// has none.
func PeerAddr(fd int) (Sockaddr, error) {
	return sockname(unix.SYS_GETPEERNAME, fd)
}

func sockname(trap uintptr, fd int) (Sockaddr, error) {
	var rsa unix.RawSockaddrAny
	salen := uint32(unix.SizeofSockaddrAny)
	_, _, e := unix.RawSyscall(trap, uintptr(fd),
		uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&salen)))
	if e != 0 {
		return nil, e
	}
	return sockaddrFromRaw(&rsa, salen)
}

// sockaddrFromRaw converts the first salen bytes of rsa. Unlike x/sys, a
// Unix name is taken from its length: an abstract name keeps its leading
// NUL (and any NUL inside it), as Node's "\0name", rather than turning into
// "@name"; an unnamed socket (a client that did not bind) gets "" rather
// than "@".
func sockaddrFromRaw(rsa *unix.RawSockaddrAny, salen uint32) (Sockaddr, error) {
	switch rsa.Addr.Family {
	case unix.AF_INET:
		pp := (*unix.RawSockaddrInet4)(unsafe.Pointer(rsa))
		return &unix.SockaddrInet4{Port: ntohs(pp.Port), Addr: pp.Addr}, nil
	case unix.AF_INET6:
		pp := (*unix.RawSockaddrInet6)(unsafe.Pointer(rsa))
		return &unix.SockaddrInet6{Port: ntohs(pp.Port), ZoneId: pp.Scope_id, Addr: pp.Addr}, nil
	case unix.AF_UNIX:
		pp := (*unix.RawSockaddrUnix)(unsafe.Pointer(rsa))
		const pathOff = unsafe.Offsetof(pp.Path)
		n := 0
		if uintptr(salen) > pathOff {
			n = min(int(uintptr(salen)-pathOff), len(pp.Path))
		}
		path := unsafe.Slice((*byte)(unsafe.Pointer(&pp.Path[0])), n)
		if n > 0 && path[0] != 0 {
			// A file name: the length may count the terminating NUL.
			for i, c := range path {
				if c == 0 {
					path = path[:i]
					break
				}
			}
		}
		return &unix.SockaddrUnix{Name: string(path)}, nil
	}
	return nil, unix.EAFNOSUPPORT
}

// ntohs reads a port stored in network byte order.
func ntohs(port uint16) int {
	p := (*[2]byte)(unsafe.Pointer(&port))
	return int(p[0])<<8 | int(p[1])
}
