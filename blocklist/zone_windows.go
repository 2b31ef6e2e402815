//go:build windows

package blocklist

// zoneScopeID resolves an IPv6 zone the way libuv's uv_ip6_addr does on
// Windows: atoi(zone).
func zoneScopeID(zone string) uint32 {
	i := 0
	for i < len(zone) && (zone[i] == ' ' || (zone[i] >= '\t' && zone[i] <= '\r')) {
		i++
	}
	neg := false
	if i < len(zone) && (zone[i] == '+' || zone[i] == '-') {
		neg = zone[i] == '-'
		i++
	}
	var v uint32
	for ; i < len(zone) && zone[i] >= '0' && zone[i] <= '9'; i++ {
		v = v*10 + uint32(zone[i]-'0')
	}
	if neg {
		v = -v
	}
	return v
}
