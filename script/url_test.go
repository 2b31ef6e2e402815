package script

import (
	"testing"

	"github.com/dop251/goja"
)

// TestObjectURLs checks that URL.createObjectURL names a Blob with a
// blob:nodedata: URL internal/url resolves until it is revoked.
func TestObjectURLs(t *testing.T) {
	onLoop(t, func(h *Host) {
		fn, err := h.Runtime().RunString(`(buffer, iu) => {
			const b = new buffer.Blob(['x']);
			const id = URL.createObjectURL(b);
			const out = [/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
				iu.objectURLBlob(id) === b, iu.objectURLBlob(id + '#x') === b, URL.createObjectURL(b) !== id];
			URL.revokeObjectURL(id);
			out.push(iu.objectURLBlob(id) === undefined);
			try { URL.createObjectURL({}); } catch (e) { out.push(e.code); }
			return out.join(' ');
		}`)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := goja.AssertFunction(fn)
		r, err := f(goja.Undefined(), h.h.RequireLib("buffer"), h.h.RequireLib("internal/url"))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := r.String(), "true true true true true ERR_INVALID_ARG_TYPE"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}
