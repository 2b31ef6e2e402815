package netmod

import (
	"context"
	"net"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/nodeerr"
)

// fakeResolver answers for a few names and records the network each
// lookup asked for.
type fakeResolver struct{ networks []string }

func (f *fakeResolver) lookup(_ context.Context, network, host string) ([]netip.Addr, error) {
	f.networks = append(f.networks, network)
	switch host {
	case "both.test":
		return []netip.Addr{netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.1")}, nil
	case "v4.test":
		return []netip.Addr{netip.MustParseAddr("10.0.0.2")}, nil
	case "empty.test":
		return nil, nil
	case "slow.test":
		return nil, &net.DNSError{Err: "i/o timeout", Name: host, IsTimeout: true}
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func TestResolveOverAResolver(t *testing.T) {
	f := &fakeResolver{}
	ctx := context.Background()

	got, err := Resolve(ctx, f.lookup, "both.test", LookupOptions{All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"::1", 6}, {"10.0.0.1", 4}}, got)

	got, err = Resolve(ctx, f.lookup, "both.test", LookupOptions{})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"::1", 6}}, got)

	_, _ = Resolve(ctx, f.lookup, "v4.test", LookupOptions{Family: 4})
	_, _ = Resolve(ctx, f.lookup, "v4.test", LookupOptions{Family: 6})
	require.Equal(t, []string{"ip", "ip", "ip4", "ip6"}, f.networks)

	// Family 6 with V4MAPPED asks for both families and maps the IPv4
	// answers when there is no IPv6 one (or always, with ALL).
	got, err = Resolve(ctx, f.lookup, "v4.test", LookupOptions{Family: 6, Hints: HintV4Mapped, All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"::ffff:10.0.0.2", 6}}, got)
	got, err = Resolve(ctx, f.lookup, "both.test", LookupOptions{Family: 6, Hints: HintV4Mapped, All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"::1", 6}}, got)
	got, err = Resolve(ctx, f.lookup, "both.test", LookupOptions{Family: 6, Hints: HintV4Mapped | HintAll, All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"::1", 6}, {"::ffff:10.0.0.1", 6}}, got)

	// An IPv4 number is its own answer, never a query.
	n := len(f.networks)
	got, err = Resolve(ctx, f.lookup, "0x7f.1", LookupOptions{All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{"127.0.0.1", 4}}, got)
	require.Len(t, f.networks, n)

	for host, code := range map[string]string{"nope.test": "ENOTFOUND", "empty.test": "ENOTFOUND", "slow.test": "EAI_AGAIN"} {
		_, err = Resolve(ctx, f.lookup, host, LookupOptions{})
		var ne *nodeerr.Error
		require.ErrorAs(t, err, &ne, host)
		require.Equal(t, code, ne.Code, host)
		require.Equal(t, "getaddrinfo "+code+" "+host, ne.Message)
		require.Equal(t, "getaddrinfo", ne.Syscall)
		require.Equal(t, host, ne.Hostname)
	}
}
