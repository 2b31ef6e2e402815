package blocklist

import (
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/nodenet/nodenet/nodeerr"
)

// BlockList is Node's net.BlockList: rules that block single addresses,
// address ranges and subnets, checked against an address.
//
// The methods taking address text and a Family mirror Node's methods called
// with strings; the Socket* methods mirror them called with SocketAddress
// objects; CheckAddr serves Go callers with a netip.Addr. Errors are Node's
// (*Error with Node's code and message) and happen exactly where Node throws.
//
// Checks do not scan the rules as Node does: they binary-search merged
// interval sets, rebuilt on the first check after a change, and allocate
// nothing. A BlockList is safe for concurrent use; checks take no lock once
// the sets are built. The zero value is an empty BlockList. A BlockList must
// not be copied after first use.
type BlockList struct {
	mu        sync.Mutex
	addrs     addrTable // address rules, in Node's iteration order
	addrCount int       // distinct address rules
	masks     orderedList[maskKey, maskRule]
	ranges    orderedList[rangeKey, rangeRule]
	epoch     uint64
	set       atomic.Pointer[ruleSet] // nil when the rules changed
}

type maskKey struct {
	net    exactKey
	prefix int
}

type maskRule struct {
	net    *SocketAddress
	prefix int
}

type rangeKey struct{ start, end exactKey }

type rangeRule struct{ start, end *SocketAddress }

// New returns an empty BlockList (Node's new BlockList()).
func New() *BlockList { return &BlockList{} }

// IsBlockList reports whether v is a *BlockList: Node's BlockList.isBlockList
// for the JavaScript host.
func IsBlockList(v any) bool {
	b, ok := v.(*BlockList)
	return ok && b != nil
}

// PrivateRanges returns Node's BlockList.PRIVATE_RANGES (a fresh copy): the
// RFC 1918, loopback, link-local and unique-local blocks as CIDR strings, for
// AddCIDRs.
func PrivateRanges() []string {
	return []string{
		"10.0.0.0/8",
		"172.16.0.0/12",
		"192.168.0.0/16",
		"127.0.0.0/8",
		"::1/128",
		"169.254.0.0/16",
		"fe80::/10",
		"fc00::/7",
	}
}

// changed drops the checking sets; the caller holds b.mu.
func (b *BlockList) changed() { b.set.Store(nil) }

func socketAddress(address string, family Family) (*SocketAddress, error) {
	sa, ok := parseSocketAddress(address, family, 0)
	if !ok {
		return nil, nodeerr.InvalidAddress()
	}
	return sa, nil
}

// AddAddress is Node's blockList.addAddress(address, family): it blocks one
// address. ERR_INVALID_ADDRESS if address is not an address of family.
//
// Adding an address that is already blocked (also in its IPv4 or
// IPv4-mapped IPv6 form) replaces that rule in place.
func (b *BlockList) AddAddress(address string, family Family) error {
	sa, err := socketAddress(address, family)
	if err != nil {
		return err
	}
	return b.AddSocketAddress(sa)
}

// AddAddresses is Node's blockList.addAddresses(addresses, family): all the
// addresses are parsed first, so an invalid one adds nothing.
func (b *BlockList) AddAddresses(addresses []string, family Family) error {
	sas := make([]*SocketAddress, len(addresses))
	for i, a := range addresses {
		sa, err := socketAddress(a, family)
		if err != nil {
			return err
		}
		sas[i] = sa
	}
	return b.AddSocketAddresses(sas)
}

// AddSocketAddress is AddAddress with a SocketAddress. A nil sa is Node's
// ERR_INVALID_ARG_TYPE for an undefined argument.
func (b *BlockList) AddSocketAddress(sa *SocketAddress) error {
	if sa == nil {
		return nilArg("address")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.addAddressLocked(sa)
	b.changed()
	return nil
}

// AddSocketAddresses is AddAddresses with SocketAddresses: a nil element adds
// nothing and is Node's ERR_INVALID_ARG_TYPE for "addresses[i]".
func (b *BlockList) AddSocketAddresses(sas []*SocketAddress) error {
	for i, sa := range sas {
		if sa == nil {
			return nilArg("addresses[" + strconv.Itoa(i) + "]")
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, sa := range sas {
		b.addAddressLocked(sa)
	}
	b.changed()
	return nil
}

// nilArg is Node's error for an undefined address argument.
func nilArg(name string) error {
	return nodeerr.InvalidArgType(name, []string{"string"}, "Received undefined")
}

func keyOf(sa *SocketAddress) addrKey {
	return addrKey{sa.family.norm(), sa.addr}
}

// addAddressLocked is SocketAddressBlockList::AddSocketAddressImpl: the rule
// is filed under the address and under its IPv4 / IPv4-mapped counterpart.
func (b *BlockList) addAddressLocked(sa *SocketAddress) {
	k := keyOf(sa)
	if b.addrs.find(k) == nil {
		b.addrCount++
	}
	r := &addrRule{sa: sa}
	b.addrs.set(k, r)
	if c, ok := k.counterpart(); ok {
		b.addrs.set(c, r)
	}
}

// RemoveAddress is Node's blockList.removeAddress(address, family): it
// removes the rule for that address, whichever form (IPv4 or IPv4-mapped)
// it was added in. Removing an address that is not blocked does nothing.
func (b *BlockList) RemoveAddress(address string, family Family) error {
	sa, err := socketAddress(address, family)
	if err != nil {
		return err
	}
	return b.RemoveSocketAddress(sa)
}

// RemoveSocketAddress is RemoveAddress with a SocketAddress.
func (b *BlockList) RemoveSocketAddress(sa *SocketAddress) error {
	if sa == nil {
		return nilArg("address")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	k := keyOf(sa)
	if b.addrs.erase(k) {
		b.addrCount--
	}
	if c, ok := k.counterpart(); ok {
		b.addrs.erase(c)
	}
	b.changed()
	return nil
}

// AddRange is Node's blockList.addRange(start, end, family): it blocks the
// addresses from start to end inclusive. ERR_INVALID_ADDRESS for an invalid
// address; ERR_INVALID_ARG_VALUE ("The argument 'start' must come before
// end") when start is after end.
func (b *BlockList) AddRange(start, end string, family Family) error {
	s, e, err := socketAddressPair(start, end, family)
	if err != nil {
		return err
	}
	return b.AddSocketRange(s, e)
}

// socketAddressPair parses the two ends of a range.
func socketAddressPair(start, end string, family Family) (*SocketAddress, *SocketAddress, error) {
	s, err := socketAddress(start, family)
	if err != nil {
		return nil, nil, err
	}
	e, err := socketAddress(end, family)
	if err != nil {
		return nil, nil, err
	}
	return s, e, nil
}

// AddSocketRange is AddRange with SocketAddresses, which may be of different
// families: as in Node, the rule is then added even though an IPv4 and a
// non-mapped IPv6 address cannot be ordered, and it matches only where its
// ends compare (see Check).
func (b *BlockList) AddSocketRange(start, end *SocketAddress) error {
	if start == nil {
		return nilArg("start")
	}
	if end == nil {
		return nilArg("end")
	}
	if compareSA(start, end) == 1 {
		return nodeerr.InvalidArgValue("start", nodeerr.TruncateInspected(start.String()), "must come before end")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ranges.pushFront(rangeKey{start.exact(), end.exact()}, rangeRule{start, end})
	b.changed()
	return nil
}

// RemoveRange is Node's blockList.removeRange(start, end, family): it removes
// the most recently added range with exactly these ends (a range is never
// split or shrunk; other ranges are untouched).
func (b *BlockList) RemoveRange(start, end string, family Family) error {
	s, e, err := socketAddressPair(start, end, family)
	if err != nil {
		return err
	}
	return b.RemoveSocketRange(s, e)
}

// RemoveSocketRange is RemoveRange with SocketAddresses. Ends match as Node
// compares them: family, address, port, and for IPv6 flow label and zone.
func (b *BlockList) RemoveSocketRange(start, end *SocketAddress) error {
	if start == nil {
		return nilArg("start")
	}
	if end == nil {
		return nilArg("end")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ranges.removeNewest(rangeKey{start.exact(), end.exact()}) {
		b.changed()
	}
	return nil
}

// AddSubnet is Node's blockList.addSubnet(network, prefix, family): it blocks
// network/prefix. The network address is kept as given (Node does not clear
// its host bits; the rule matches on the first prefix bits only).
// ERR_INVALID_ADDRESS for an invalid network, then ERR_OUT_OF_RANGE for a
// prefix outside 0..32 (IPv4) or 0..128 (IPv6).
func (b *BlockList) AddSubnet(network string, prefix int, family Family) error {
	sa, err := socketAddress(network, family)
	if err != nil {
		return err
	}
	return b.AddSocketSubnet(sa, prefix)
}

// AddSocketSubnet is AddSubnet with a SocketAddress.
func (b *BlockList) AddSocketSubnet(network *SocketAddress, prefix int) error {
	if err := checkSubnet(network, prefix); err != nil {
		return err
	}
	b.addMask(network, prefix)
	return nil
}

// checkSubnet validates a subnet's network and prefix as Node does.
func checkSubnet(network *SocketAddress, prefix int) error {
	if network == nil {
		return nilArg("network")
	}
	return checkPrefix(prefix, network.family)
}

func (b *BlockList) addMask(network *SocketAddress, prefix int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.masks.pushFront(maskKey{network.exact(), prefix}, maskRule{network, prefix})
	b.changed()
}

// RemoveSubnet is Node's blockList.removeSubnet(network, prefix, family): it
// removes the most recently added subnet with exactly this network text's
// address and prefix ("192.168.1.0/16" does not remove "192.168.0.0/16").
func (b *BlockList) RemoveSubnet(network string, prefix int, family Family) error {
	sa, err := socketAddress(network, family)
	if err != nil {
		return err
	}
	return b.RemoveSocketSubnet(sa, prefix)
}

// RemoveSocketSubnet is RemoveSubnet with a SocketAddress.
func (b *BlockList) RemoveSocketSubnet(network *SocketAddress, prefix int) error {
	if err := checkSubnet(network, prefix); err != nil {
		return err
	}
	b.removeMask(network, prefix)
	return nil
}

func (b *BlockList) removeMask(network *SocketAddress, prefix int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.masks.removeNewest(maskKey{network.exact(), prefix}) {
		b.changed()
	}
}

// AddCIDR is Node's blockList.addCIDR(cidr): AddSubnet for "address/prefix",
// the family being IPv6 when the address contains a ':'. Errors: Node's
// ERR_INVALID_ARG_VALUE for a missing or non-canonical prefix, then those of
// AddSubnet.
func (b *BlockList) AddCIDR(cidr string) error {
	c, err := parseCIDR(cidr)
	if err != nil {
		return err
	}
	return b.addCIDR(c)
}

func (b *BlockList) addCIDR(c cidr) error {
	sa, err := socketAddress(c.address, c.family)
	if err != nil {
		return err
	}
	p, err := checkPrefixText(c.prefix, sa.family)
	if err != nil {
		return err
	}
	b.addMask(sa, p)
	return nil
}

// AddCIDRs is Node's blockList.addCIDRs(cidrs): every entry is parsed first
// (a malformed one adds nothing), then each is added in order (an invalid
// address or prefix stops there, keeping the subnets added before it).
func (b *BlockList) AddCIDRs(cidrs []string) error {
	parsed := make([]cidr, len(cidrs))
	for i, s := range cidrs {
		c, err := parseCIDR(s)
		if err != nil {
			return err
		}
		parsed[i] = c
	}
	for _, c := range parsed {
		if err := b.addCIDR(c); err != nil {
			return err
		}
	}
	return nil
}

// RemoveCIDR is Node's blockList.removeCIDR(cidr): RemoveSubnet for
// "address/prefix".
func (b *BlockList) RemoveCIDR(cidr string) error {
	c, err := parseCIDR(cidr)
	if err != nil {
		return err
	}
	sa, err := socketAddress(c.address, c.family)
	if err != nil {
		return err
	}
	p, err := checkPrefixText(c.prefix, sa.family)
	if err != nil {
		return err
	}
	b.removeMask(sa, p)
	return nil
}

// Clear is Node's blockList.clear(): it removes every rule.
func (b *BlockList) Clear() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.addrs.clear()
	b.addrCount = 0
	b.masks.clear()
	b.ranges.clear()
	b.changed()
}

// Size is Node's blockList.size: the number of rules (an address added in
// both its IPv4 and IPv4-mapped forms is one rule).
func (b *BlockList) Size() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.addrCount + b.masks.n + b.ranges.n
}

// Rules is Node's blockList.rules: "Address: IPv4 1.2.3.4",
// "Subnet: IPv6 fe80::/10", "Range: IPv4 10.0.0.1-10.0.0.9" (the family of a
// range is its start's), in Node's order: the addresses in the order of Node's
// hash table, then the subnets newest first, then the ranges newest first.
func (b *BlockList) Rules() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]string, 0, b.addrCount+b.masks.n+b.ranges.n)
	b.epoch++
	for n := b.addrs.before.next; n != nil; n = n.next {
		if n.rule.mark == b.epoch {
			continue
		}
		n.rule.mark = b.epoch
		sa := n.rule.sa
		out = append(out, "Address: "+sa.family.label()+" "+sa.Address())
	}
	b.masks.each(func(m maskRule) {
		out = append(out, "Subnet: "+m.net.family.label()+" "+m.net.Address()+"/"+strconv.Itoa(m.prefix))
	})
	b.ranges.each(func(r rangeRule) {
		out = append(out, "Range: "+r.start.family.label()+" "+r.start.Address()+"-"+r.end.Address())
	})
	return out
}
