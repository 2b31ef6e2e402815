package linediff

import "testing"

func script(a, b string) string {
	ops := Diff(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
	out := ""
	for _, op := range ops {
		switch op.Kind {
		case Common:
			out += " " + string(a[op.A])
		case Actual:
			out += "+" + string(a[op.A])
		case Expected:
			out += "-" + string(b[op.B])
		}
	}
	return out
}

func TestDiff(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"abc", "axc", " a+b-x c"},
		{"abc", "acd", " a+b c-d"},
		{"kitten", "sitting", "+k-s i t t+e-i n-g"},
		{"", "ab", "-a-b"},
		{"ab", "", "+a+b"},
		{"same", "same", " s a m e"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := script(c.a, c.b); got != c.want {
			t.Errorf("Diff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestDiffLarge(t *testing.T) {
	defer func(saved int) { maxEdits = saved }(maxEdits)
	maxEdits = 100
	const n = 3000
	a := make([]int, n)
	b := make([]int, n)
	for i := range a {
		a[i] = i
		b[i] = -i - 1
	}
	b[0] = 0
	a[n-1], b[n-1] = 7, 7
	ops := Diff(n, n, func(i, j int) bool { return a[i] == b[j] })
	if len(ops) != 2*n-2 || ops[0] != (Op{Common, 0, 0}) || ops[1].Kind != Actual ||
		ops[len(ops)-2].Kind != Expected || ops[len(ops)-1] != (Op{Common, n - 1, n - 1}) {
		t.Fatalf("unexpected script of %d ops: %v ... %v", len(ops), ops[:2], ops[len(ops)-1])
	}
}

func TestDiffMiddle(t *testing.T) {
	if got := script("xxabcyy", "xxacdyy"); got != " x x a+b c-d y y" {
		t.Errorf("got %q", got)
	}
}
