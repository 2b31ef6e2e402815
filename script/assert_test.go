package script

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
)

// TestAssertBindingDiff checks the flattened edit script of the assert
// binding, with and without the trailing-comma tolerance.
func TestAssertBindingDiff(t *testing.T) {
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	h, err := New(loop, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	diff, ok := goja.AssertFunction(h.h.Binding("assert").Get("diff"))
	if !ok {
		t.Fatal("no diff function")
	}
	cases := []struct {
		a, e  []any
		loose bool
		want  string
	}{
		{[]any{"[", "  1,", "  2", "]"}, []any{"[", "  1,", "  2,", "  3", "]"}, true,
			"0,0,0,0,1,1,0,2,2,-1,-1,3,0,3,4"},
		{[]any{"a", "b,"}, []any{"a", "b"}, false, "0,0,0,1,1,-1,-1,-1,1"},
		{[]any{}, []any{}, false, ""},
	}
	for _, c := range cases {
		v, err := diff(goja.Undefined(), h.Runtime().NewArray(c.a...), h.Runtime().NewArray(c.e...), h.Runtime().ToValue(c.loose))
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != c.want {
			t.Errorf("diff(%v, %v, %v) = %s, want %s", c.a, c.e, c.loose, got, c.want)
		}
	}
}

// TestAssertOkCallText checks the falsy-call message for calls that span
// lines, hold brackets in strings, or come after non-ASCII text.
func TestAssertOkCallText(t *testing.T) {
	src := strings.Join([]string{
		"const assert = require('assert');",
		"const m = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };",
		"m(() => assert.ok(')' === '(', undefined));",
		"m(() => { const s = 'ü'; assert(s === 'ö'); });",
		"m(() => assert.ok(",
		"  false));",
	}, "\n")
	out, code := runScript(t, nil, src)
	if code != 0 {
		t.Fatalf("exit code %d", code)
	}
	head := `"The expression evaluated to a falsy value:\n\n  `
	want := head + `assert.ok(')' === '(', undefined)\n"` + "\n" +
		head + `assert(s === 'ö')\n"` + "\n" +
		head + `assert.ok(\n"` + "\n"
	if out != want {
		t.Errorf("got %s, want %s", out, want)
	}
}
