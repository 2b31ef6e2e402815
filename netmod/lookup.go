package netmod

import (
	"context"
	"net"
	"net/netip"
	"runtime"
	"strconv"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/nodeerr"
)

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
	network := "ip"
	switch {
	case opts.Family == 4:
		network = "ip4"
	case opts.Family == 6 && opts.Hints&HintV4Mapped == 0:
		network = "ip6"
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, network, host)
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
