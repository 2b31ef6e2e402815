package util

import (
	"testing"

	"github.com/dop251/goja"
)

func TestQuoteJS(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", "'plain'"},
		{"it's", `"it's"`},
		{`a'b"c`, "`a'b\"c`"},
		{"a'b\"c`d", `'a\'b"c` + "`" + `d'`},
		{"${x}'\"", `'${x}\'"'`},
		{"tab\tnl\nnul\x00esc\x1b", `'tab\tnl\nnul\x00esc\x1B'`},
		{"\u0085", `'\x85'`},
	}
	for _, c := range cases {
		if got := quoteJS(nil, c.in, chooseQuote(c.in)); got != c.want {
			t.Errorf("quoteJS(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	vm := goja.New()
	lone, _ := vm.RunString(`'a\ud83d'`)
	if got := quoteJS(lone, lone.String(), '\''); got != `'a\ud83d'` {
		t.Errorf("lone surrogate: %s", got)
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "日本": 4, "e\u0301": 1, "\x1b[31mred\x1b[39m": 3} {
		if got := displayWidth(stripVT(s)); got != want {
			t.Errorf("width(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestDropPC(t *testing.T) {
	in := "at f (/a/b.js:1:2(3))"
	if got := dropPC(in); got != "at f (/a/b.js:1:2)" {
		t.Errorf("dropPC = %q", got)
	}
	if got := dropPC("at /a/b.js:10:20(7)"); got != "at /a/b.js:10:20" {
		t.Errorf("dropPC = %q", got)
	}
}

func TestInspectSelfTests(t *testing.T) {
	vm := goja.New()
	n := &inspectNatives{vm: vm}
	if !passes(n.plainSelfTest) {
		t.Error("reading goja's property storage no longer works; the fast path is off")
	}
	if !passes(n.iterSelfTest) {
		t.Error("reading goja's iterator state no longer works; iterators print empty")
	}
}
