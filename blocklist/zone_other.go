//go:build !windows

package blocklist

import "net"

// zoneScopeID resolves an IPv6 zone the way libuv's uv_ip6_addr does on
// Unix: if_nametoindex(zone), 0 when no interface has that name (so "1" is
// not interface 1 here). Node keeps the result as sin6_scope_id, which only
// matters when rules are removed by exact match.
func zoneScopeID(zone string) uint32 {
	if zone == "" {
		return 0
	}
	ifi, err := net.InterfaceByName(zone)
	if err != nil || ifi.Index < 0 {
		return 0
	}
	return uint32(ifi.Index)
}
