package blocklist

import (
	"errors"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/nodeerr"
)

// Fuzz targets; their seed corpora are in testdata/fuzz/<name>/. Run one with
// e.g. go test -run '^$' -fuzz '^FuzzIsIP$' -fuzztime 30s ./blocklist

// FuzzIsIP checks IsIPv4/IsIPv6 against Node's regular expressions.
func FuzzIsIP(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsIPv4(s), nodeIPv4Re.MatchString(s); got != want {
			t.Fatalf("IsIPv4(%q) = %v, Node's regexp says %v", s, got, want)
		}
		if got, want := IsIPv6(s), nodeIPv6Re.MatchString(s); got != want {
			t.Fatalf("IsIPv6(%q) = %v, Node's regexp says %v", s, got, want)
		}
		ip := IsIP(s)
		if (ip == 4) != IsIPv4(s) || (ip == 6) != IsIPv6(s) || (ip == 0) != (!IsIPv4(s) && !IsIPv6(s)) {
			t.Fatalf("IsIP(%q) = %d disagrees with IsIPv4/IsIPv6", s, ip)
		}
	})
}

// FuzzParseSocketAddress checks that parsing never panics and that what it
// returns is a valid SocketAddress whose text reads back as itself.
func FuzzParseSocketAddress(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		sa, ok := ParseSocketAddress(s)
		if !ok {
			if sa != nil {
				t.Fatal("nil expected on failure")
			}
			return
		}
		again, err := NewSocketAddress(SocketAddressOptions{Address: sa.Address(), Family: sa.Family(), Port: sa.Port()})
		if err != nil {
			t.Fatalf("ParseSocketAddress(%q) gave %s, which does not read back: %v", s, sa, err)
		}
		if again.Address() != sa.Address() || again.exact() != sa.exact() {
			t.Fatalf("ParseSocketAddress(%q): %s reads back as %s", s, sa, again)
		}
		if sa.Port() == 80 {
			t.Fatalf("ParseSocketAddress(%q): port 80 is http's default, Node reports 0", s)
		}
	})
}

func requireNodeError(t *testing.T, err error, codes ...string) {
	t.Helper()
	var ne *nodeerr.Error
	if !errors.As(err, &ne) {
		t.Fatalf("%T %v is not a Node error", err, err)
	}
	for _, c := range codes {
		if ne.Code == c {
			return
		}
	}
	t.Fatalf("unexpected code %q (%s)", ne.Code, ne.Message)
}

// FuzzCIDR checks AddCIDR/RemoveCIDR: Node's error codes only, nothing added
// on error, and a CIDR that was added blocks its own network address and is
// removed by RemoveCIDR.
func FuzzCIDR(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		b := New()
		if err := b.AddCIDR(s); err != nil {
			requireNodeError(t, err, "ERR_INVALID_ARG_VALUE", "ERR_INVALID_ADDRESS", "ERR_OUT_OF_RANGE")
			if b.Size() != 0 {
				t.Fatalf("AddCIDR(%q) failed but added a rule", s)
			}
			if err2 := b.RemoveCIDR(s); err2 == nil || err2.Error() != err.Error() {
				t.Fatalf("RemoveCIDR(%q) = %v, AddCIDR said %v", s, err2, err)
			}
			return
		}
		if b.Size() != 1 || len(b.Rules()) != 1 {
			t.Fatalf("AddCIDR(%q): %d rules", s, b.Size())
		}
		addr := s[:strings.LastIndexByte(s, '/')]
		fam := IPv4
		if strings.Contains(addr, ":") {
			fam = IPv6
		}
		if !b.Check(addr, fam) {
			t.Fatalf("AddCIDR(%q) does not block %q", s, addr)
		}
		if err := b.RemoveCIDR(s); err != nil || b.Size() != 0 || b.Check(addr, fam) {
			t.Fatalf("RemoveCIDR(%q): err %v, %d rules left", s, err, b.Size())
		}
	})
}

// FuzzUnmarshalJSON checks fromJSON: Node errors only, and whatever was added
// is consistent and serializes.
func FuzzUnmarshalJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		b := New()
		if err := b.UnmarshalJSON(data); err != nil {
			var ne *nodeerr.Error
			if !errors.As(err, &ne) {
				t.Fatalf("%T %v is not a Node error", err, err)
			}
			if ne.Name != "SyntaxError" {
				requireNodeError(t, err, "ERR_INVALID_ARG_TYPE", "ERR_INVALID_ADDRESS", "ERR_OUT_OF_RANGE", "ERR_INVALID_ARG_VALUE")
			}
		}
		rules := b.Rules()
		if len(rules) != b.Size() {
			t.Fatalf("%d rules but size %d", len(rules), b.Size())
		}
		j, err := b.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		// Rules that fromJSON understands come back as the same rules.
		c := New()
		if err := c.UnmarshalJSON(j); err != nil {
			t.Fatalf("re-reading %s: %v", j, err)
		}
	})
}
