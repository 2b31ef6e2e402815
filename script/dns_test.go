package script

import (
	"context"
	"net"
	"net/netip"
	"testing"

	"github.com/nodenet/nodenet/script/internal/host"
)

func TestDNSLookupNotFound(t *testing.T) {
	lookup := func(_ context.Context, _, host string) ([]netip.Addr, error) {
		if host == "two.test" {
			return []netip.Addr{netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.1")}, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	src := `const dns = require('dns');
dns.lookup('nonexistent.invalid', (err) => {
  console.log(err.message, err.code, err.errno, err.syscall, err.hostname);
  dns.lookup('two.test', { all: true }, (err, all) => {
    console.log(JSON.stringify(all));
    dns.lookup('two.test', { all: true, order: 'ipv4first' }, (err, all) => console.log(JSON.stringify(all)));
  });
});`
	out, code := runHost(t, host.Options{LookupNetIP: lookup}, src)
	want := "getaddrinfo ENOTFOUND nonexistent.invalid ENOTFOUND -3008 getaddrinfo nonexistent.invalid\n" +
		`[{"address":"::1","family":6},{"address":"10.0.0.1","family":4}]` + "\n" +
		`[{"address":"10.0.0.1","family":4},{"address":"::1","family":6}]` + "\n"
	if out != want || code != 0 {
		t.Errorf("got %q (exit %d), want %q", out, code, want)
	}
}

// dns.lookup's orders and the V4MAPPED hint go through netmod's
// getaddrinfo over the host's resolver; a resolver timeout is EAI_AGAIN.
func TestDNSLookupOrdersAndHints(t *testing.T) {
	lookup := func(_ context.Context, network, host string) ([]netip.Addr, error) {
		switch host {
		case "two.test":
			return []netip.Addr{netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.2")}, nil
		case "v4.test":
			if network == "ip6" {
				return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
			}
			return []netip.Addr{netip.MustParseAddr("10.0.0.3")}, nil
		}
		return nil, &net.DNSError{Err: "i/o timeout", Name: host, IsTimeout: true}
	}
	src := `const dns = require('dns');
dns.lookup('two.test', { all: true, order: 'ipv6first' }, (err, all) => {
  console.log(JSON.stringify(all));
  dns.lookup('two.test', { order: 'ipv6first' }, (err, a, f) => {
    console.log(a, f);
    dns.lookup('v4.test', { family: 6, hints: dns.V4MAPPED }, (err, a, f) => {
      console.log(a, f);
      dns.lookup('v4.test', 6, (err) => {
        console.log(err.code, err.errno);
        dns.promises.lookup('slow.test').catch((err) => console.log(err.message, err.code, err.errno));
      });
    });
  });
});`
	out, code := runHost(t, host.Options{LookupNetIP: lookup}, src)
	want := `[{"address":"::1","family":6},{"address":"10.0.0.1","family":4},{"address":"10.0.0.2","family":4}]` + "\n" +
		"::1 6\n::ffff:10.0.0.3 6\nENOTFOUND -3008\ngetaddrinfo EAI_AGAIN slow.test EAI_AGAIN -3001\n"
	if out != want || code != 0 {
		t.Errorf("got %q (exit %d), want %q", out, code, want)
	}
}
