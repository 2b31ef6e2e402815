package sys_test

import (
	"net"
	"net/netip"
	"strconv"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/stretchr/testify/require"
)

func TestSockaddrRoundTrip(t *testing.T) {
	cases := []string{
		"127.0.0.1:80",
		"0.0.0.0:0",
		"[2001:db8::1]:443",
		"[::]:65535",
		"[::ffff:1.2.3.4]:8080",  // stays IPv6: not unmapped
		"[fe80::1%4294967295]:1", // a scope id no interface has
	}
	if lo := loopbackInterface(t); lo != nil {
		cases = append(cases, "[fe80::1%"+lo.Name+"]:9")
	}
	for _, s := range cases {
		ap := netip.MustParseAddrPort(s)
		sa := sys.SockaddrOf(ap)
		require.NotNil(t, sa, s)
		require.Equal(t, ap, sys.AddrPortOf(sa), s)
		require.Equal(t, familyOfSockaddr(sa), sys.FamilyOf(ap.Addr()), s)
	}
}

func TestSockaddrFields(t *testing.T) {
	sa := sys.SockaddrOf(netip.MustParseAddrPort("10.1.2.3:8080"))
	require.Equal(t, &sys.SockaddrInet4{Port: 8080, Addr: [4]byte{10, 1, 2, 3}}, sa)

	sa = sys.SockaddrOf(netip.MustParseAddrPort("[::ffff:10.1.2.3]:1"))
	want := &sys.SockaddrInet6{Port: 1}
	copy(want.Addr[:], net.ParseIP("::ffff:10.1.2.3").To16())
	require.Equal(t, want, sa)

	// A numeric zone is the scope id when no interface has that name.
	sa = sys.SockaddrOf(netip.MustParseAddrPort("[fe80::1%77777]:1"))
	require.Equal(t, uint32(77777), sa.(*sys.SockaddrInet6).ZoneId)
	// An unknown zone name gives scope id 0, as in Go's net package.
	sa = sys.SockaddrOf(netip.MustParseAddrPort("[fe80::1%no-such-if0]:1"))
	require.Zero(t, sa.(*sys.SockaddrInet6).ZoneId)

	if lo := loopbackInterface(t); lo != nil {
		sa = sys.SockaddrOf(netip.MustParseAddrPort("[fe80::1%" + lo.Name + "]:1"))
		require.Equal(t, uint32(lo.Index), sa.(*sys.SockaddrInet6).ZoneId)
		sa = sys.SockaddrOf(netip.MustParseAddrPort("[fe80::1%" + strconv.Itoa(lo.Index) + "]:1"))
		ap := sys.AddrPortOf(sa)
		require.Equal(t, lo.Name, ap.Addr().Zone(), "a scope id reads back as the interface name")
	}

	require.Nil(t, sys.SockaddrOf(netip.AddrPort{}))
	require.Zero(t, sys.FamilyOf(netip.Addr{}))
	require.Equal(t, netip.AddrPort{}, sys.AddrPortOf(&sys.SockaddrUnix{Name: "/x"}))
	require.Equal(t, netip.AddrPort{}, sys.AddrPortOf(nil))
}

func TestAddrPortOfAllocs(t *testing.T) {
	v4 := sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:1"))
	v6 := sys.SockaddrOf(netip.MustParseAddrPort("[::ffff:127.0.0.1]:1"))
	var sink netip.AddrPort
	allocs := testing.AllocsPerRun(100, func() {
		sink = sys.AddrPortOf(v4)
		sink = sys.AddrPortOf(v6)
	})
	require.Zero(t, allocs)
	_ = sink
}

func familyOfSockaddr(sa sys.Sockaddr) int {
	switch sa.(type) {
	case *sys.SockaddrInet4:
		return sys.AF_INET
	case *sys.SockaddrInet6:
		return sys.AF_INET6
	}
	return 0
}

// loopbackInterface returns the loopback interface, or nil.
func loopbackInterface(t *testing.T) *net.Interface {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil
	}
	for i := range ifs {
		if ifs[i].Flags&net.FlagLoopback != 0 {
			return &ifs[i]
		}
	}
	return nil
}
