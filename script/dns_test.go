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
