package blocklist

import (
	"encoding/json"
	"net/netip"
	"strconv"

	"github.com/nodenet/nodenet/nodeerr"
)

// SocketAddress is Node's net.SocketAddress: an IP address with its family,
// a port and (for IPv6) a flow label. It is immutable.
type SocketAddress struct {
	addr      [16]byte // IPv4 in the first 4 bytes
	family    Family
	port      uint16
	flowlabel uint32 // IPv6 only
	scopeID   uint32 // IPv6 only: the zone's interface index, as Node keeps it
	zone      string // IPv6 only: the zone text, kept for Addr
}

// SocketAddressOptions are the options of Node's new SocketAddress(options).
//
// Unlike Node, Address has no implicit default: Node substitutes
// DefaultAddress(family) for an undefined address, and an explicitly empty
// string is invalid in both.
type SocketAddressOptions struct {
	// Address is the IP address text, parsed as Family (an IPv6 address may
	// carry a %zone).
	Address string
	// Family is IPv4 (the default) or IPv6.
	Family Family
	// Port is the port, 0 to 65535.
	Port int
	// FlowLabel is the IPv6 flow label (0 to 0xFFFFF); ignored for IPv4.
	FlowLabel uint32
}

// NewSocketAddress is Node's new SocketAddress(options). Errors:
// ERR_SOCKET_BAD_PORT for a port outside 0..65535, ERR_INVALID_ADDRESS when
// Address is not an address of Family, and ERR_OUT_OF_RANGE for a flow label
// that Node 26 cannot store (it aborts the process instead: above 0xFFFFF for
// IPv6, at or above 2**31 for either family).
func NewSocketAddress(o SocketAddressOptions) (*SocketAddress, error) {
	if o.Port < 0 || o.Port > 0xFFFF {
		return nil, nodeerr.SocketBadPort("options.port", "type number ("+strconv.Itoa(o.Port)+")", true)
	}
	if o.FlowLabel > 0x7FFFFFFF {
		return nil, nodeerr.OutOfRange("options.flowlabel", ">= 0 && <= 2147483647", nodeerr.ReceivedInteger(int64(o.FlowLabel)))
	}
	sa, ok := parseSocketAddress(o.Address, o.Family, uint16(o.Port))
	if !ok {
		return nil, nodeerr.InvalidAddress()
	}
	if sa.family == IPv6 {
		if o.FlowLabel > 0xFFFFF {
			return nil, nodeerr.OutOfRange("options.flowlabel", ">= 0 && <= 1048575", nodeerr.ReceivedInteger(int64(o.FlowLabel)))
		}
		sa.flowlabel = o.FlowLabel
	}
	return sa, nil
}

// parseSocketAddress parses address as family with uv_ip4_addr/uv_ip6_addr.
func parseSocketAddress(address string, family Family, port uint16) (*SocketAddress, bool) {
	sa := &SocketAddress{family: family.norm(), port: port}
	if sa.family != IPv6 {
		v4, ok := uvIP4Addr(address)
		if !ok {
			return nil, false
		}
		copy(sa.addr[:], v4[:])
		return sa, true
	}
	a, zone, ok := uvIP6Addr(address)
	if !ok {
		return nil, false
	}
	sa.addr = a
	if zone != "" {
		sa.zone = zone
		sa.scopeID = zoneScopeID(zone)
	}
	return sa, true
}

// SocketAddressFromAddrPort converts a netip.AddrPort: an IPv4 address gives
// an IPv4 SocketAddress; any other (including ::ffff:a.b.c.d) an IPv6 one,
// keeping its zone. It returns nil for an invalid address.
func SocketAddressFromAddrPort(ap netip.AddrPort) *SocketAddress {
	a := ap.Addr()
	if !a.IsValid() {
		return nil
	}
	sa := &SocketAddress{port: ap.Port()}
	if a.Is4() {
		sa.family = IPv4
		v4 := a.As4()
		copy(sa.addr[:], v4[:])
		return sa
	}
	sa.family = IPv6
	sa.addr = a.As16()
	if z := a.Zone(); z != "" {
		sa.zone = z
		sa.scopeID = zoneScopeID(z)
	}
	return sa
}

// SocketAddressFromAddr is SocketAddressFromAddrPort with port 0.
func SocketAddressFromAddr(a netip.Addr) *SocketAddress {
	return SocketAddressFromAddrPort(netip.AddrPortFrom(a, 0))
}

// IsSocketAddress reports whether v is a *SocketAddress: Node's
// SocketAddress.isSocketAddress for the JavaScript host.
func IsSocketAddress(v any) bool {
	sa, ok := v.(*SocketAddress)
	return ok && sa != nil
}

// Address returns the address text as Node prints it (libuv's inet_ntop:
// "::ffff:1.2.3.4", "2001:db8::1"), without a zone.
func (s *SocketAddress) Address() string {
	if s.family != IPv6 {
		return ntop4(s.addr[:4])
	}
	return ntop6(&s.addr)
}

// Family returns IPv4 or IPv6; its String is Node's family property.
func (s *SocketAddress) Family() Family { return s.family.norm() }

// Port returns the port.
func (s *SocketAddress) Port() int { return int(s.port) }

// FlowLabel returns the IPv6 flow label (always 0 for IPv4).
func (s *SocketAddress) FlowLabel() uint32 { return s.flowlabel }

// Addr returns the address as a netip.Addr (with its zone, if any).
func (s *SocketAddress) Addr() netip.Addr {
	if s.family != IPv6 {
		return netip.AddrFrom4([4]byte(s.addr[:4]))
	}
	a := netip.AddrFrom16(s.addr)
	if s.zone != "" {
		a = a.WithZone(s.zone)
	}
	return a
}

// AddrPort returns the address and port as a netip.AddrPort.
func (s *SocketAddress) AddrPort() netip.AddrPort {
	return netip.AddrPortFrom(s.Addr(), s.port)
}

// socketAddressJSON is Node's SocketAddress.prototype.toJSON shape.
type socketAddressJSON struct {
	Address   string `json:"address"`
	Port      int    `json:"port"`
	Family    string `json:"family"`
	FlowLabel uint32 `json:"flowlabel"`
}

// MarshalJSON returns Node's JSON.stringify(socketAddress):
// {"address":"1.2.3.4","port":80,"family":"ipv4","flowlabel":0}.
func (s *SocketAddress) MarshalJSON() ([]byte, error) {
	return json.Marshal(socketAddressJSON{s.Address(), int(s.port), s.family.String(), s.flowlabel})
}

// String returns util.inspect(socketAddress) as Node prints it:
// "SocketAddress { address: '1.2.3.4', port: 80, family: 'ipv4', flowlabel: 0 }",
// broken over lines the way inspect does when that is longer than 80 columns.
func (s *SocketAddress) String() string {
	addr := nodeerr.InspectString(s.Address())
	port := strconv.Itoa(int(s.port))
	flow := strconv.FormatUint(uint64(s.flowlabel), 10)
	fam := "'" + s.family.String() + "'"
	entries := [4]string{"address: " + addr, "port: " + port, "family: " + fam, "flowlabel: " + flow}
	// util.inspect's isBelowBreakLength with 4 entries, no indentation and
	// breakLength 80: output.length + start(15) + Σlen ≤ 80.
	total := 4 + 15
	for _, e := range entries {
		total += len(e)
	}
	if total <= 80 {
		return "SocketAddress { " + entries[0] + ", " + entries[1] + ", " + entries[2] + ", " + entries[3] + " }"
	}
	return "SocketAddress {\n  " + entries[0] + ",\n  " + entries[1] + ",\n  " + entries[2] + ",\n  " + entries[3] + "\n}"
}

// normalized returns the address in the 128-bit space BlockList checks in:
// an IPv4 address becomes ::ffff:a.b.c.d.
func (s *SocketAddress) normalized() [16]byte {
	if s.family != IPv6 {
		return mapped([4]byte(s.addr[:4]))
	}
	return s.addr
}

// exactKey is the identity Node compares with memcmp when a range or subnet
// is removed: family, port and address, plus flow label and scope for IPv6.
type exactKey struct {
	family  Family
	port    uint16
	flow    uint32
	scopeID uint32
	addr    [16]byte
}

func (s *SocketAddress) exact() exactKey {
	return exactKey{s.family.norm(), s.port, s.flowlabel, s.scopeID, s.addr}
}
