package blocklist

// orderedList keeps rules newest first, as Node's std::list with push_front
// does, and removes the newest rule with a given key in O(1) (Node scans the
// list from the front and erases the first match: the same rule).
type orderedList[K comparable, V any] struct {
	head  *listNode[K, V] // newest
	index map[K][]*listNode[K, V]
	n     int
}

type listNode[K comparable, V any] struct {
	prev, next *listNode[K, V]
	key        K
	val        V
}

func (l *orderedList[K, V]) pushFront(k K, v V) {
	node := &listNode[K, V]{next: l.head, key: k, val: v}
	if l.head != nil {
		l.head.prev = node
	}
	l.head = node
	if l.index == nil {
		l.index = make(map[K][]*listNode[K, V])
	}
	l.index[k] = append(l.index[k], node)
	l.n++
}

// removeNewest removes the newest rule filed under k and reports whether
// there was one.
func (l *orderedList[K, V]) removeNewest(k K) bool {
	stack := l.index[k]
	if len(stack) == 0 {
		return false
	}
	node := stack[len(stack)-1]
	stack[len(stack)-1] = nil
	if len(stack) == 1 {
		delete(l.index, k)
	} else {
		l.index[k] = stack[:len(stack)-1]
	}
	if node.prev != nil {
		node.prev.next = node.next
	} else {
		l.head = node.next
	}
	if node.next != nil {
		node.next.prev = node.prev
	}
	l.n--
	return true
}

func (l *orderedList[K, V]) clear() {
	l.head = nil
	l.index = nil
	l.n = 0
}

// each calls f for every rule, newest first.
func (l *orderedList[K, V]) each(f func(V)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}
