package jscall

import (
	"strings"
	"testing"
)

func TestCall(t *testing.T) {
	cases := []struct{ src, at, want string }{
		{"assert.ok(a === b);", "assert", "assert.ok(a === b)"},
		{"assert.ok(a === b);", "ok", "assert.ok(a === b)"},
		{"x = assert.ok(a === b);", "(", "assert.ok(a === b)"},
		{"t(() => assert['ok'](''));", "assert", "assert['ok']('')"},
		{"t(() => assert['ok'](''));", "('')", "assert['ok']('')"},
		{"(assert.ok([].length), 1)", "ok", "assert.ok([].length)"},
		{"assert.ok(')' + \")\" + `)${f(')')}`)", "assert", "assert.ok(')' + \")\" + `)${f(')')}`)"},
		{"assert.ok(/\\)/.test(x)) || 1", "ok", "assert.ok(/\\)/.test(x))"},
		{"assert.ok(a / b / c)", "ok", "assert.ok(a / b / c)"},
		{"assert.ok(x /* ) */ && y // )\n)", "ok", "assert.ok(x /* ) */ && y // )\n)"},
		{"assert.ok(\n  a,\n  b\n);", "ok", "assert.ok(\n  a,\n  b\n)"},
		{"assert.ok.call(null, 0)", "call", "assert.ok.call(null, 0)"},
		{"assert?.ok(0)", "ok", "assert?.ok(0)"},
		{"assert.ok(`a${`b${c}`}` + {a: ')'}[x])", "assert", "assert.ok(`a${`b${c}`}` + {a: ')'}[x])"},
		{"assert.ok(typeof /x)/ === 'y')", "ok", "assert.ok(typeof /x)/ === 'y')"},
		{"assert.ok([/[)]/])", "ok", "assert.ok([/[)]/])"},
		{"assert.ok(f(1)", "ok", "assert.ok(f(1)"},
		{"require('assert/strict').ok(NaN)", "ok", "ok(NaN)"},
		{"new assert.Assert().ok(a === 3);", "ok(", "ok(a === 3)"},
		{"x?.y?.ok(0)", "ok", "x?.y?.ok(0)"},
	}
	for _, c := range cases {
		pos := strings.Index(c.src, c.at)
		got, ok := Call(c.src, pos)
		if !ok || got != c.want {
			t.Errorf("Call(%q at %q) = %q, %v; want %q", c.src, c.at, got, ok, c.want)
		}
	}
}

func TestCallNone(t *testing.T) {
	for _, src := range []string{"", "x + y", "a;"} {
		if got, ok := Call(src, 0); ok {
			t.Errorf("Call(%q) = %q, want none", src, got)
		}
	}
}

func TestOffset(t *testing.T) {
	src := "ab\ncé𝒳d\n"
	if got := Offset(src, 1, 1); got != 1 {
		t.Errorf("Offset(1,1) = %d", got)
	}
	if got := Offset(src, 2, 7); got != strings.Index(src, "d") {
		t.Errorf("Offset(2,4) = %d", got)
	}
	if got := Offset(src, 5, 0); got != -1 {
		t.Errorf("Offset(5,0) = %d", got)
	}
}
