package blocklist

import (
	"strings"

	"github.com/nodenet/nodenet/nodeerr"
)

// Error is nodenet's Node-style error type; every error this package returns
// is an *Error with Node's name, code and message.
type Error = nodeerr.Error

// Family is an address family: IPv4 or IPv6. The zero Family means IPv4,
// Node's default when the family argument is omitted.
type Family uint8

// The address families.
const (
	IPv4 Family = 4
	IPv6 Family = 6
)

// String returns Node's name for the family: "ipv4" or "ipv6".
func (f Family) String() string {
	if f == IPv6 {
		return "ipv6"
	}
	return "ipv4"
}

// label is the family as BlockList rules spell it: "IPv4" or "IPv6".
func (f Family) label() string {
	if f == IPv6 {
		return "IPv6"
	}
	return "IPv4"
}

func (f Family) norm() Family {
	if f == IPv6 {
		return IPv6
	}
	return IPv4
}

// ParseFamily converts a family string the way Node's SocketAddress
// constructor (and so every BlockList method taking a family) does: case
// insensitively "ipv4" or "ipv6"; anything else is ERR_INVALID_ARG_VALUE
// "The property 'options.family' is invalid. Received 'x'". A JavaScript
// caller that omitted the argument passes "ipv4", Node's default.
func ParseFamily(s string) (Family, error) {
	switch jsToLower(s) {
	case "ipv4":
		return IPv4, nil
	case "ipv6":
		return IPv6, nil
	}
	return 0, nodeerr.InvalidArgValueOf("options.family", s, "")
}

// LooseFamily converts a family string the way BlockList.check does: IPv4 if
// it is "ipv4" in any case, IPv6 for anything else. It never fails.
func LooseFamily(s string) Family {
	if jsToLower(s) == "ipv4" {
		return IPv4
	}
	return IPv6
}

// DefaultAddress is the address Node's SocketAddress uses when options.address
// is undefined: "127.0.0.1" when the family argument is exactly "ipv4" (or was
// omitted), "::" otherwise — decided before the family is lower-cased, so
// {family: 'IPV4'} defaults to "::" and fails as an IPv4 address, as in Node.
func DefaultAddress(rawFamily string) string {
	if rawFamily == "ipv4" {
		return "127.0.0.1"
	}
	return "::"
}

// jsToLower lower-cases like String.prototype.toLowerCase for the purpose of
// comparing with ASCII words: only an ASCII result can equal "ipv4"/"ipv6",
// and the only non-ASCII code point JavaScript lower-cases to an ASCII letter
// is U+0130 (İ → "i̇", two code points), which never produces them.
func jsToLower(s string) string {
	if len(s) != 4 {
		return ""
	}
	return strings.ToLower(s)
}
