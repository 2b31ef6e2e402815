package host

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// TestHostKeepsGojaValueStack: should goja change its value stack field,
// every callback grows a stack again: fail here rather than slow down.
func TestHostKeepsGojaValueStack(t *testing.T) {
	h := &Host{vm: goja.New()}
	tr, err := h.vm.RunString("(function trampoline(run) { run(); })")
	require.NoError(t, err)
	h.trampoline, _ = goja.AssertFunction(tr)
	h.findValueStack(tr)
	require.NotNil(t, h.stack, "goja's value stack was not found")

	deep, err := h.vm.RunString("(function deep(n, o) { return n === 0 ? o.v : deep(n - 1, o); })")
	require.NoError(t, err)
	fn, _ := goja.AssertFunction(deep)
	// frame runs deep(depth) in an outermost frame, as enter does.
	frame := func(depth int) (got int64, base *goja.Value) {
		top := h.reuseStack()
		h.keepNext = top
		run := h.vm.ToValue(func(goja.FunctionCall) goja.Value {
			keep := h.keepNext
			h.keepNext = false
			v, err := fn(goja.Undefined(), h.vm.ToValue(depth), h.vm.ToValue(map[string]int{"v": depth}))
			require.NoError(t, err)
			got = v.ToInteger()
			if keep {
				h.keepStack()
			}
			return goja.Undefined()
		})
		_, err := h.trampoline(goja.Undefined(), run)
		require.NoError(t, err)
		if top {
			h.clearKeptStack()
		}
		require.Nil(t, *h.stack, "the runtime drops its stack when the outermost call returns")
		return got, &h.keptStack[:1][0]
	}
	got, base := frame(50)
	require.Equal(t, int64(50), got)
	grown := cap(h.keptStack)
	require.Greater(t, grown, 100)
	for _, v := range h.keptStack[:grown] {
		require.Nil(t, v, "the kept stack holds no values between frames")
	}
	got, base2 := frame(40)
	require.Equal(t, int64(40), got)
	require.Same(t, base, base2, "the next frame reuses the stack")
	require.Equal(t, grown, cap(h.keptStack))

	// A deep recursion's stack is not kept; the kept one, which it
	// outgrew, is cleared whole.
	got, _ = frame(2000)
	require.Equal(t, int64(2000), got)
	require.Equal(t, grown, cap(h.keptStack))
	for _, v := range h.keptStack[:grown] {
		require.Nil(t, v, "the kept stack holds no values between frames")
	}
	// A shallow frame after a deep one dirties only what it used.
	got, _ = frame(3)
	require.Equal(t, int64(3), got)
	require.Less(t, h.keptDirty, grown)
	for _, v := range h.keptStack[:grown] {
		require.Nil(t, v, "the kept stack holds no values between frames")
	}
}
