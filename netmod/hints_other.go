//go:build !linux

package netmod

// The hints of a lookup (LookupOptions.Hints, ConnectOptions.Hints): Node's
// dns.ADDRCONFIG, dns.V4MAPPED and dns.ALL, which are the system's
// getaddrinfo flags (the same on macOS, the BSDs and Windows).
const (
	// HintAddrConfig is AI_ADDRCONFIG: only families the host has an
	// address of.
	HintAddrConfig = 0x400
	// HintV4Mapped is AI_V4MAPPED: with family 6, IPv4 answers as
	// IPv4-mapped IPv6 addresses when there is no IPv6 one.
	HintV4Mapped = 0x800
	// HintAll is AI_ALL: with HintV4Mapped, both kinds.
	HintAll = 0x100
)
