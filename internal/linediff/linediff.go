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

// Diff returns the edit script turning a sequence of n elements into one of
// m elements, in order. eq reports whether element i of the first sequence
// equals element j of the second. Where several scripts are shortest, a
// removal from the first sequence comes before an insertion from the second.
func Diff(n, m int, eq func(i, j int) bool) []Op {
	max := n + m
	if max == 0 {
		return nil
	}
	off := max + 1
	v := make([]int, 2*max+3)
	var trace [][]int
	found := false
	for d := 0; d <= max && !found; d++ {
		snap := make([]int, len(v))
		copy(snap, v)
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && eq(x, y) {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	// Walk the trace back from the end.
	ops := make([]Op, 0, max)
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d]
		k := x - y
		var pk int
		if k == -d || k != d && vd[off+k-1] < vd[off+k+1] {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := vd[off+pk]
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
	return ops
}
