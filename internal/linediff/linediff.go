// Package linediff computes a shortest edit script between two sequences
// with Myers' O(ND) algorithm, reporting which elements are common to both,
// only in the first ("actual") or only in the second ("expected").
package linediff

// Kinds of Op.
const (
	Common   = 0  // the element is in both sequences
	Actual   = 1  // the element is only in the first sequence
	Expected = -1 // the element is only in the second sequence
)

// Op is one step of the edit script. A indexes the first sequence (for
// Common and Actual), B the second one (for Common and Expected); the other
// index is -1.
type Op struct {
	Kind int
	A, B int
}

// maxEdits bounds the work of Diff: past this many edits it stops searching
// for a shortest script and reports the rest of both sequences as changed
// (all of the first sequence's elements, then all of the second's, before
// their common suffix). The search keeps about maxEdits² numbers.
var maxEdits = 4000

// Diff returns the edit script turning a sequence of n elements into one of
// m elements, in order. eq reports whether element i of the first sequence
// equals element j of the second. Where several scripts are shortest, a
// removal from the first sequence comes before an insertion from the second.
func Diff(n, m int, eq func(i, j int) bool) []Op {
	// A common prefix is always part of the script: skip it.
	p := 0
	for p < n && p < m && eq(p, p) {
		p++
	}
	ops := make([]Op, 0, n+m-p)
	for i := 0; i < p; i++ {
		ops = append(ops, Op{Common, i, i})
	}
	at := func(i, j int) bool { return eq(p+i, p+j) }
	rest, ok := shortest(n-p, m-p, at)
	if !ok {
		s := 0
		for s < n-p && s < m-p && eq(n-1-s, m-1-s) {
			s++
		}
		for i := p; i < n-s; i++ {
			ops = append(ops, Op{Actual, i, -1})
		}
		for j := p; j < m-s; j++ {
			ops = append(ops, Op{Expected, -1, j})
		}
		for i := s; i > 0; i-- {
			ops = append(ops, Op{Common, n - i, m - i})
		}
		return ops
	}
	for _, op := range rest {
		if op.A >= 0 {
			op.A += p
		}
		if op.B >= 0 {
			op.B += p
		}
		ops = append(ops, op)
	}
	return ops
}

// shortest runs Myers' greedy search. Before each step d it keeps the
// furthest points reached on diagonals -d-1..d+1 (one flat slice holds them
// all), and walks them back from the end. ok is false past maxEdits.
func shortest(n, m int, eq func(i, j int) bool) (ops []Op, ok bool) {
	max := n + m
	if max == 0 {
		return nil, true
	}
	off := max + 1
	v := make([]int32, 2*max+3)
	var flat []int32
	var starts []int
	found := false
	for d := 0; d <= max && !found; d++ {
		if d > maxEdits {
			return nil, false
		}
		starts = append(starts, len(flat))
		flat = append(flat, v[off-d-1:off+d+2]...)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = int(v[off+k+1])
			} else {
				x = int(v[off+k-1]) + 1
			}
			y := x - k
			for x < n && y < m && eq(x, y) {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	ops = make([]Op, 0, max)
	x, y := n, m
	for d := len(starts) - 1; d >= 0; d-- {
		snap := flat[starts[d]:]
		// snap[0] is diagonal -d-1.
		at := func(k int) int { return int(snap[k+d+1]) }
		k := x - y
		var pk int
		if k == -d || k != d && at(k-1) < at(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			x--
			y--
			ops = append(ops, Op{Common, x, y})
		}
		if d > 0 {
			if x == px {
				y--
				ops = append(ops, Op{Expected, -1, y})
			} else {
				x--
				ops = append(ops, Op{Actual, x, -1})
			}
		}
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops, true
}
