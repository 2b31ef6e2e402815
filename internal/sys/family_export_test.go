package sys

import "net/netip"

// FamilyOf, for the tests (on every system), returns the address family of
// a socket for a: AF_INET for an IPv4 address, AF_INET6 for an IPv6 one,
// IPv4-mapped included; 0 for the zero Addr.
func FamilyOf(a netip.Addr) int {
	switch {
	case a.Is4():
		return AF_INET
	case a.Is6():
		return AF_INET6
	}
	return 0
}
