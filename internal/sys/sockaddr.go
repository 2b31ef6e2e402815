// This file converts between netip.AddrPort and socket addresses, and
// checks Unix socket names. It is portable: the Sockaddr types have the
// same fields on every system (types_posix.go, types_other.go).

package sys

import (
	"net"
	"net/netip"
	"strconv"
	"syscall"
)

// SockaddrOf converts ap to a socket address of its own family: a
// *SockaddrInet4 for an IPv4 address, a *SockaddrInet6 for an IPv6 one. To
// reach an IPv4 peer from an AF_INET6 socket, pass the IPv4-mapped form
// (netip.AddrFrom16(a.As16())). A zone becomes the scope id: the index of
// the interface with that name, else the zone read as a number, else 0.
// SockaddrOf returns nil for the zero AddrPort. It allocates the result.
func SockaddrOf(ap netip.AddrPort) Sockaddr {
	a := ap.Addr()
	switch {
	case a.Is4():
		return &SockaddrInet4{Port: int(ap.Port()), Addr: a.As4()}
	case a.Is6():
		return &SockaddrInet6{Port: int(ap.Port()), ZoneId: zoneIndex(a.Zone()), Addr: a.As16()}
	}
	return nil
}

// AddrPortOf converts an IPv4 or IPv6 socket address to a netip.AddrPort,
// without allocating unless the address has a scope id. The address is
// kept as the kernel gave it: an IPv4-mapped IPv6 address stays IPv6
// (Unmap it to show it as Node does for dual-stack servers, if wanted). A
// scope id becomes the zone: the interface's name, or the number when no
// interface has that index. Other addresses give the zero AddrPort.
func AddrPortOf(sa Sockaddr) netip.AddrPort {
	switch sa := sa.(type) {
	case *SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))
	case *SockaddrInet6:
		a := netip.AddrFrom16(sa.Addr)
		if sa.ZoneId != 0 {
			a = a.WithZone(zoneName(sa.ZoneId))
		}
		return netip.AddrPortFrom(a, uint16(sa.Port))
	}
	return netip.AddrPort{}
}

// zoneIndex is the scope id for a zone, as Go's net package computes it.
func zoneIndex(zone string) uint32 {
	if zone == "" {
		return 0
	}
	if ifi, err := net.InterfaceByName(zone); err == nil {
		return uint32(ifi.Index)
	}
	if n, err := strconv.ParseUint(zone, 10, 32); err == nil {
		return uint32(n)
	}
	return 0
}

// zoneName is the zone for a scope id. The interface lookup is a system
// call per conversion; only link-local peers pay it.
func zoneName(index uint32) string {
	if ifi, err := net.InterfaceByIndex(int(index)); err == nil {
		return ifi.Name
	}
	return strconv.FormatUint(uint64(index), 10)
}

// UnixSockaddr checks a Unix socket name and returns its address. It fails
// with EINVAL, as libuv does, for an empty name and for a name longer than
// MaxPathLen bytes; it never truncates. An abstract name (one starting
// with NUL) is Linux only, EINVAL elsewhere; its limit counts the leading
// NUL, so it is one byte shorter than Node's (x/sys/unix refuses a name
// that fills all 108 bytes of sun_path). A NUL after the first byte is not
// checked: the kernel ends a path there.
//
// On Linux x/sys/unix reads a leading '@' as the abstract namespace, so a
// relative path starting with '@' is given as "./@..." (which LocalAddr
// then reports).
func UnixSockaddr(path string) (*SockaddrUnix, error) {
	n := len(path)
	switch {
	case n == 0:
		return nil, syscall.EINVAL
	case n > MaxPathLen:
		return nil, syscall.EINVAL
	case path[0] == 0:
		if !abstractNamespace {
			return nil, syscall.EINVAL
		}
	case abstractNamespace && path[0] == '@':
		if n+2 > MaxPathLen {
			return nil, syscall.EINVAL
		}
		path = "./" + path
	}
	return &SockaddrUnix{Name: path}, nil
}
