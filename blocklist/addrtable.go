package blocklist

import (
	"encoding/binary"
	"math"
	"math/bits"
	"sort"
)

// Node 26 keeps a BlockList's single-address rules in a C++
// std::unordered_map<SocketAddress, SocketAddress, IpHash, IpEqual>, and
// BlockList.rules lists them in that map's iteration order. To give the same
// order, addrTable reproduces the map: Node's IpHash, and libstdc++'s
// _Hashtable (a singly linked list of nodes grouped by bucket, buckets holding
// the node before their first one, new nodes inserted at the front of their
// bucket, the prime rehash policy with max_load_factor 1). Every operation is
// O(1) on average, like the original. The table is only used for Rules,
// removal and size; checks go through the interval sets of ruleset.go.

// addrKey is a map key: an IPv4 or IPv6 address (IpEqual compares family and
// address only, so ports, flow labels and zones do not matter).
type addrKey struct {
	family Family
	addr   [16]byte // IPv4 in the first 4 bytes
}

// counterpart returns the other key Node files an address under: the
// IPv4-mapped IPv6 form of an IPv4 address and the IPv4 form of a mapped
// one. ok is false for other IPv6 addresses.
func (k addrKey) counterpart() (addrKey, bool) {
	if k.family == IPv4 {
		return addrKey{IPv6, mapped([4]byte(k.addr[:4]))}, true
	}
	if isMapped(&k.addr) {
		var c addrKey
		c.family = IPv4
		copy(c.addr[:4], k.addr[12:])
		return c, true
	}
	return addrKey{}, false
}

// Constants of Node's SocketAddress::IpHash (a wyhash-style mix).
const (
	ipHashK1   = 0x8bb84b93962eacc9
	ipHashK2   = 0x422765567d8fbfc6
	ipHashMask = 0xaaaaaaaaaaaaaaaa
)

// ipHash is node::SocketAddress::IpHash, transcribed from Node 26's machine
// code: the address bytes read as little-endian words, two 64×64→128-bit
// multiplications.
func ipHash(k *addrKey) uint64 {
	var a, b, c uint64
	if k.family == IPv4 {
		a = uint64(binary.LittleEndian.Uint32(k.addr[:4]))
		b = (ipHashK2 + 12) ^ a
		c = ipHashK1 + 4
	} else {
		a = binary.LittleEndian.Uint64(k.addr[:8])
		b = ipHashK2 ^ binary.LittleEndian.Uint64(k.addr[8:])
		c = ipHashK1 + 16
	}
	a ^= ipHashK1
	hi, lo := bits.Mul64(b, a)
	c ^= hi
	hi, lo = bits.Mul64(c, ipHashMask^lo)
	return lo ^ hi
}

// addrRule is one address rule; both of its keys' nodes point at it.
type addrRule struct {
	sa   *SocketAddress
	mark uint64 // Rules' de-duplication epoch
}

type addrNode struct {
	next *addrNode
	hash uint64
	key  addrKey
	rule *addrRule
}

// addrTable is libstdc++'s _Hashtable for unique keys with cached hashes.
// Its zero value is an empty table with one bucket; it must not be copied.
type addrTable struct {
	buckets    []*addrNode // each points at the node before the bucket's first
	before     addrNode    // _M_before_begin; before.next is the first node
	count      int         // _M_element_count
	nextResize uint64      // _Prime_rehash_policy::_M_next_resize
}

func (t *addrTable) bucketCount() uint64 {
	if len(t.buckets) == 0 {
		return 1
	}
	return uint64(len(t.buckets))
}

func (t *addrTable) init() {
	if t.buckets == nil {
		t.buckets = make([]*addrNode, 1)
	}
}

// beforeNode returns the node before the one holding k (_M_find_before_node).
func (t *addrTable) beforeNode(bkt uint64, k *addrKey, h uint64) *addrNode {
	prev := t.buckets[bkt]
	if prev == nil {
		return nil
	}
	n := t.bucketCount()
	for p := prev.next; ; p = p.next {
		if p.hash == h && p.key == *k {
			return prev
		}
		if p.next == nil || p.next.hash%n != bkt {
			return nil
		}
		prev = p
	}
}

// find returns the node for k, or nil.
func (t *addrTable) find(k addrKey) *addrNode {
	if t.count == 0 {
		return nil
	}
	h := ipHash(&k)
	if prev := t.beforeNode(h%t.bucketCount(), &k, h); prev != nil {
		return prev.next
	}
	return nil
}

// set is map[k] = rule (operator[] then assignment): an existing node keeps
// its place and takes the new value.
func (t *addrTable) set(k addrKey, r *addrRule) {
	t.init()
	h := ipHash(&k)
	bkt := h % t.bucketCount()
	if t.count > 0 {
		if prev := t.beforeNode(bkt, &k, h); prev != nil {
			prev.next.rule = r
			return
		}
	}
	if grow, n := t.needRehash(uint64(t.count), 1); grow {
		t.rehash(n)
		bkt = h % n
	}
	t.insertBucketBegin(bkt, &addrNode{hash: h, key: k, rule: r})
	t.count++
}

func (t *addrTable) insertBucketBegin(bkt uint64, node *addrNode) {
	if t.buckets[bkt] != nil {
		node.next = t.buckets[bkt].next
		t.buckets[bkt].next = node
		return
	}
	node.next = t.before.next
	t.before.next = node
	if node.next != nil {
		t.buckets[node.next.hash%uint64(len(t.buckets))] = node
	}
	t.buckets[bkt] = &t.before
}

// erase removes k and reports whether it was there (_M_erase for unique keys).
func (t *addrTable) erase(k addrKey) bool {
	if t.count == 0 {
		return false
	}
	n := t.bucketCount()
	h := ipHash(&k)
	bkt := h % n
	prev := t.beforeNode(bkt, &k, h)
	if prev == nil {
		return false
	}
	node := prev.next
	next := node.next
	if prev == t.buckets[bkt] {
		// _M_remove_bucket_begin
		var nextBkt uint64
		if next != nil {
			nextBkt = next.hash % n
		}
		if next == nil || nextBkt != bkt {
			if next != nil {
				t.buckets[nextBkt] = t.buckets[bkt]
			}
			if t.buckets[bkt] == &t.before {
				t.before.next = next
			}
			t.buckets[bkt] = nil
		}
	} else if next != nil {
		if nextBkt := next.hash % n; nextBkt != bkt {
			t.buckets[nextBkt] = prev
		}
	}
	prev.next = next
	t.count--
	return true
}

// clear drops every node but keeps the buckets and the rehash state, as
// unordered_map::clear does.
func (t *addrTable) clear() {
	t.before.next = nil
	for i := range t.buckets {
		t.buckets[i] = nil
	}
	t.count = 0
}

// rehash is _M_rehash_aux for unique keys.
func (t *addrTable) rehash(n uint64) {
	nb := make([]*addrNode, n)
	p := t.before.next
	t.before.next = nil
	var bbeginBkt uint64
	for p != nil {
		next := p.next
		bkt := p.hash % n
		if nb[bkt] == nil {
			p.next = t.before.next
			t.before.next = p
			nb[bkt] = &t.before
			if p.next != nil {
				nb[bbeginBkt] = p
			}
			bbeginBkt = bkt
		} else {
			p.next = nb[bkt].next
			nb[bkt].next = p
		}
		p = next
	}
	t.buckets = nb
}

// needRehash is _Prime_rehash_policy::_M_need_rehash (libstdc++ ≥ 5) with
// max_load_factor 1.
func (t *addrTable) needRehash(nElt, nIns uint64) (bool, uint64) {
	nBkt := t.bucketCount()
	if nElt+nIns <= t.nextResize {
		return false, 0
	}
	minBkts := nElt + nIns
	if t.nextResize == 0 && minBkts < 11 {
		minBkts = 11
	}
	if minBkts >= nBkt {
		want := minBkts + 1
		if g := nBkt * 2; g > want {
			want = g
		}
		return true, t.nextBkt(want)
	}
	t.nextResize = nBkt
	return false, 0
}

// fastBkt is _Prime_rehash_policy::_M_next_bkt's table for small requests.
var fastBkt = [14]uint64{2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13}

// nextBkt is _Prime_rehash_policy::_M_next_bkt.
func (t *addrTable) nextBkt(n uint64) uint64 {
	if n < uint64(len(fastBkt)) {
		if n == 0 {
			return 1
		}
		t.nextResize = fastBkt[n]
		return fastBkt[n]
	}
	// lower_bound over __prime_list[6 : n_primes-1]
	list := primeList[6 : len(primeList)-2]
	i := sort.Search(len(list), func(i int) bool { return list[i] >= n })
	if i == len(list) {
		t.nextResize = math.MaxUint64
		return primeList[len(primeList)-2]
	}
	t.nextResize = list[i]
	return list[i]
}
