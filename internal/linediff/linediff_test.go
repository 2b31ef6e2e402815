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
