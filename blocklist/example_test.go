package blocklist_test

import (
	"fmt"
	"net/netip"

	"github.com/nodenet/nodenet/blocklist"
)

// The example of Node's documentation for net.BlockList.
func ExampleBlockList() {
	b := blocklist.New()
	_ = b.AddAddress("123.123.123.123", blocklist.IPv4)
	_ = b.AddRange("10.0.0.1", "10.0.0.10", blocklist.IPv4)
	_ = b.AddSubnet("8592:757c:efae:4e45::", 64, blocklist.IPv6)

	fmt.Println(b.Check("123.123.123.123", blocklist.IPv4))
	fmt.Println(b.Check("10.0.0.3", blocklist.IPv4))
	fmt.Println(b.Check("222.111.111.222", blocklist.IPv4))

	// IPv6 notation for IPv4 addresses works:
	fmt.Println(b.Check("::ffff:7b7b:7b7b", blocklist.IPv6))
	fmt.Println(b.Check("::ffff:123.123.123.123", blocklist.IPv6))

	// So does a netip.Addr, e.g. a dual-stack server's peer.
	fmt.Println(b.CheckAddr(netip.MustParseAddr("::ffff:10.0.0.5")))

	for _, r := range b.Rules() {
		fmt.Println(r)
	}
	// Output:
	// true
	// true
	// false
	// true
	// true
	// true
	// Address: IPv4 123.123.123.123
	// Subnet: IPv6 8592:757c:efae:4e45::/64
	// Range: IPv4 10.0.0.1-10.0.0.10
}

func ExampleBlockList_AddCIDRs() {
	b := blocklist.New()
	if err := b.AddCIDRs(blocklist.PrivateRanges()); err != nil {
		panic(err)
	}
	fmt.Println(b.Check("192.168.1.20", blocklist.IPv4), b.Check("fe80::1", blocklist.IPv6), b.Check("8.8.8.8", blocklist.IPv4))

	err := b.AddCIDR("10.0.0.0/33")
	fmt.Println(err)
	// Output:
	// true true false
	// The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33
}

func ExampleBlockList_MarshalJSON() {
	b := blocklist.New()
	_ = b.AddAddress("1.2.3.4", blocklist.IPv4)
	_ = b.AddCIDR("fe80::/10")
	j, _ := b.MarshalJSON()
	fmt.Println(string(j))

	c := blocklist.New()
	_ = c.UnmarshalJSON(j)
	fmt.Println(c.Rules())
	// Output:
	// ["Address: IPv4 1.2.3.4","Subnet: IPv6 fe80::/10"]
	// [Address: IPv4 1.2.3.4 Subnet: IPv6 fe80::/10]
}

func ExampleParseSocketAddress() {
	for _, s := range []string{"1.2.3.4:8080", "[::1]:443", "1.2.3.4:80", "127.1", "localhost:80"} {
		sa, ok := blocklist.ParseSocketAddress(s)
		if !ok {
			fmt.Printf("%-13s undefined\n", s)
			continue
		}
		fmt.Printf("%-13s %s %s port %d\n", s, sa.Family(), sa.Address(), sa.Port())
	}
	// Output:
	// 1.2.3.4:8080  ipv4 1.2.3.4 port 8080
	// [::1]:443     ipv6 ::1 port 443
	// 1.2.3.4:80    ipv4 1.2.3.4 port 0
	// 127.1         ipv4 127.0.0.1 port 0
	// localhost:80  undefined
}

func ExampleNewSocketAddress() {
	sa, err := blocklist.NewSocketAddress(blocklist.SocketAddressOptions{Address: "2001:db8::1", Family: blocklist.IPv6, Port: 443})
	if err != nil {
		panic(err)
	}
	j, _ := sa.MarshalJSON()
	fmt.Println(string(j))
	fmt.Println(sa)

	_, err = blocklist.NewSocketAddress(blocklist.SocketAddressOptions{Address: "1.2.3.04"})
	fmt.Println(err)
	// Output:
	// {"address":"2001:db8::1","port":443,"family":"ipv6","flowlabel":0}
	// SocketAddress { address: '2001:db8::1', port: 443, family: 'ipv6', flowlabel: 0 }
	// Invalid socket address
}

func ExampleIsIP() {
	for _, s := range []string{"1.2.3.4", "1.2.3.04", "::ffff:1.2.3.4", "fe80::1%eth0", "1.2.3.4/24", "[::1]"} {
		fmt.Println(s, blocklist.IsIP(s))
	}
	// Output:
	// 1.2.3.4 4
	// 1.2.3.04 0
	// ::ffff:1.2.3.4 6
	// fe80::1%eth0 6
	// 1.2.3.4/24 0
	// [::1] 0
}
