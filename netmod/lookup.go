package netmod

import (
	"context"
	"net"
	"net/netip"
	"runtime"
	"strconv"
	"strings"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/nodeerr"
)

// LookupAddress is one answer of a lookup (an element of what dns.lookup
// returns with all: true): an address and its family, 4 or 6. Node checks
// both: an answer whose Address is not an IP address or whose Family is
// not 4 or 6 is skipped (or, if it is the only kind there is, fails the
// connect with ERR_INVALID_IP_ADDRESS or ERR_INVALID_ADDRESS_FAMILY).
type LookupAddress struct {
	Address string
	Family  int
}

// LookupOptions are the options a lookup receives (what Node's connect
// passes to dns.lookup): Family is ConnectOptions.Family (0 when not
// given), Hints the hints (HintAddrConfig when neither hints nor a family
// 4 or 6 were given, except on Windows), and All is set when the connect
// wants every address (autoSelectFamily).
type LookupOptions struct {
	Family int
	Hints  int
	All    bool
}

// LookupFunc is Node's lookup option, a function shaped like dns.lookup.
// Connect calls it on the loop, within the call, with the host name; it
// answers by calling cb once, on the loop, now or later: err, or the
// addresses. With opts.All false Node's callback takes one address: the
// first element of addrs is used (none is Node's undefined). A lookup that
// blocks must not run on the loop: see OffloadLookup.
type LookupFunc func(host string, opts LookupOptions, cb func(err error, addrs []LookupAddress))

// isWindows: Node asks for no ADDRCONFIG hint there.
const isWindows = runtime.GOOS == "windows"

// validHints are the hint bits dns.lookup accepts.
const validHints = HintAddrConfig | HintV4Mapped | HintAll

// OffloadLookup makes a LookupFunc of a blocking resolver: resolve runs on
// its own goroutine (the loop stays alive meanwhile, as for a request in
// flight) and its answer is handed to the connect on loop, as dns.lookup's
// answer comes from libuv's thread pool.
func OffloadLookup(loop *eventloop.Loop, resolve func(ctx context.Context, host string, opts LookupOptions) ([]LookupAddress, error)) LookupFunc {
	return func(host string, opts LookupOptions, cb func(error, []LookupAddress)) {
		err := eventloop.OffloadValue(loop, func() ([]LookupAddress, error) {
			return resolve(context.Background(), host, opts)
		}, func(addrs []LookupAddress, err error) { cb(err, addrs) })
		if err != nil {
			loop.NextTick(func() { cb(err, nil) })
		}
	}
}

// DNSLookup is Node's dns.lookup for connects on loop, the lookup a connect
// uses when ConnectOptions.Lookup is nil: Go's resolver, run off the loop,
// its answers in the order it gives them (Node's default order,
// "verbatim"). Family 4 or 6 asks for that family only; with
// HintV4Mapped, family 6 falls back to IPv4-mapped IPv6 addresses when
// there are no IPv6 ones (and adds them with HintAll). HintAddrConfig is
// not applied: Go's resolver has no equivalent. A failure is Node's
// getaddrinfo error ("getaddrinfo ENOTFOUND host").
func DNSLookup(loop *eventloop.Loop) LookupFunc {
	return OffloadLookup(loop, resolveHost)
}

// resolveHost is getaddrinfo for DNSLookup.
func resolveHost(ctx context.Context, host string, opts LookupOptions) ([]LookupAddress, error) {
	return Resolve(ctx, net.DefaultResolver.LookupNetIP, host, opts)
}

// Resolve is the getaddrinfo of DNSLookup (and of the JavaScript host's
// dns.lookup) over a resolver of the caller's, shaped like
// net.Resolver.LookupNetIP; it blocks, so it runs off the loop. Its
// answers are in the resolver's order, and its failures Node's getaddrinfo
// errors (*nodeerr.Error with code ENOTFOUND, EAI_AGAIN or EAI_ADDRFAMILY).
func Resolve(ctx context.Context, lookupNetIP func(ctx context.Context, network, host string) ([]netip.Addr, error), host string, opts LookupOptions) ([]LookupAddress, error) {
	if ip, ok := ParseInetAton(host); ok {
		return numericHost(ip, host, opts)
	}
	network := "ip"
	switch {
	case opts.Family == 4:
		network = "ip4"
	case opts.Family == 6 && opts.Hints&HintV4Mapped == 0:
		network = "ip6"
	}
	addrs, err := lookupNetIP(ctx, network, host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	if err != nil {
		return nil, lookupError(err, host)
	}
	if opts.Family == 6 && opts.Hints&HintV4Mapped != 0 {
		addrs = v4Mapped(addrs, opts.Hints&HintAll != 0)
	}
	out := make([]LookupAddress, 0, len(addrs))
	for _, a := range addrs {
		if opts.Family != 6 {
			a = a.Unmap()
		}
		fam := 4
		if a.Is6() {
			fam = 6
		}
		out = append(out, LookupAddress{Address: a.String(), Family: fam})
		if !opts.All {
			break
		}
	}
	return out, nil
}

// numericHost is getaddrinfo's answer for a host that is an IPv4 number
// (ParseInetAton): the address itself, never a DNS query. Family 6 gets the
// IPv4-mapped address with HintV4Mapped, else EAI_ADDRFAMILY.
func numericHost(ip netip.Addr, host string, opts LookupOptions) ([]LookupAddress, error) {
	if opts.Family == 6 {
		if opts.Hints&HintV4Mapped == 0 {
			return nil, &nodeerr.Error{Name: nodeerr.NameError, Code: "EAI_ADDRFAMILY", Errno: eaiAddrFamily,
				Message: "getaddrinfo EAI_ADDRFAMILY " + host, Syscall: "getaddrinfo", Hostname: host}
		}
		return []LookupAddress{{Address: netip.AddrFrom16(ip.As16()).String(), Family: 6}}, nil
	}
	return []LookupAddress{{Address: ip.String(), Family: 4}}, nil
}

// eaiAddrFamily is libuv's UV_EAI_ADDRFAMILY (-3000), negated as Errno
// holds it.
const eaiAddrFamily = 3000

// ParseInetAton parses the IPv4 numbers-and-dots notation that getaddrinfo,
// and so Node's dns.lookup, accepts for a host name: one to four parts
// separated by dots, each decimal, octal (a leading 0) or hexadecimal (0x or
// 0X and at least one digit); every part but the last is one byte and the
// last fills the bytes that remain ("127.1" is 127.0.0.1, "0x7f000001" and
// "2130706433" are too). Nothing else is allowed: no sign, no space, no
// empty part, no trailing dot. A connect to such a host is checked against
// its BlockList as the address it names, as in Node, since net.isIP does not
// take it for an address and the lookup turns it into one.
func ParseInetAton(s string) (netip.Addr, bool) {
	var parts [4]uint64
	n := 0
	for {
		if n == len(parts) {
			return netip.Addr{}, false
		}
		end := strings.IndexByte(s, '.')
		field := s
		if end >= 0 {
			field = s[:end]
		}
		v, ok := parseAtonPart(field)
		if !ok {
			return netip.Addr{}, false
		}
		parts[n] = v
		n++
		if end < 0 {
			break
		}
		s = s[end+1:]
	}
	var v uint64
	for i := 0; i < n-1; i++ {
		if parts[i] > 0xff {
			return netip.Addr{}, false
		}
		v |= parts[i] << (24 - 8*uint(i))
	}
	last := parts[n-1]
	if last > uint64(0xffffffff)>>(8*uint(n-1)) {
		return netip.Addr{}, false
	}
	v |= last
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// parseAtonPart is one part of ParseInetAton's notation, at most 32 bits.
func parseAtonPart(f string) (uint64, bool) {
	base := uint64(10)
	switch {
	case len(f) > 1 && f[0] == '0' && (f[1] == 'x' || f[1] == 'X'):
		base, f = 16, f[2:]
	case len(f) > 1 && f[0] == '0':
		base, f = 8, f[1:]
	}
	if f == "" {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(f); i++ {
		c := f[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		v = v*base + d
		if v > 0xffffffff {
			return 0, false
		}
	}
	return v, true
}

// v4Mapped applies AI_V4MAPPED (and AI_ALL) to the answers of a family 6
// lookup: the IPv6 answers, else (or with all, also) the IPv4 ones mapped.
func v4Mapped(addrs []netip.Addr, all bool) []netip.Addr {
	var v6, v4 []netip.Addr
	for _, a := range addrs {
		if a.Unmap().Is4() {
			v4 = append(v4, netip.AddrFrom16(a.As16()))
		} else {
			v6 = append(v6, a)
		}
	}
	if len(v6) > 0 && !all {
		return v6
	}
	return append(v6, v4...)
}

// validateDNSOptions is what dns.lookup checks (and throws) before it
// resolves: the family and the hints.
func validateDNSOptions(family, hints int) error {
	h := uint32(hints) // hints >>> 0
	if h&^validHints != 0 {
		return nodeerr.InvalidArgValue("hints", strconv.FormatUint(uint64(h), 10), "")
	}
	if family != 0 && family != 4 && family != 6 {
		return nodeerr.InvalidArgValue("options.family", strconv.Itoa(family), "must be one of: 0, 4, 6")
	}
	return nil
}

// lookupError converts a resolver error into Node's getaddrinfo error
// ("getaddrinfo ENOTFOUND host").
func lookupError(err error, host string) error {
	if _, ok := err.(*nodeerr.Error); ok {
		return err
	}
	code := "ENOTFOUND"
	if de, ok := err.(*net.DNSError); ok && de.IsTimeout {
		code = "EAI_AGAIN"
	}
	return &nodeerr.Error{Name: nodeerr.NameError, Code: code, Message: "getaddrinfo " + code + " " + host,
		Syscall: "getaddrinfo", Hostname: host, Cause: err}
}
