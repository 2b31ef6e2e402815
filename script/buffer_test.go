package script

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
)

func TestBufferHelpers(t *testing.T) {
	onLoop(t, func(h *Host) {
		src := []byte("hi\x00")
		v := h.h.NewBuffer(src)
		// Before any script touched Buffer, the new Buffer has its methods.
		if s := h.Call(v.ToObject(h.Runtime()).Get("toString"), v, h.Runtime().ToValue("hex")).String(); s != "686900" {
			t.Errorf("toString('hex') = %q", s)
		}
		b, ok := h.h.BufferBytes(v)
		if !ok || !bytes.Equal(b, src) || &b[0] != &src[0] {
			t.Errorf("bufferBytes(newBuffer) = %q, %v; want the same memory", b, ok)
		}
		fn, _ := h.Runtime().RunString(`(b, inspect) => [Buffer.isBuffer(b), b.toString('hex'), inspect(b)].join(' ')`)
		f, _ := goja.AssertFunction(fn)
		r, err := f(goja.Undefined(), v, h.h.RequireLib("internal/util/inspect").ToObject(h.Runtime()).Get("inspect"))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := r.String(), "true 686900 <Buffer 68 69 00>"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		u8, _ := h.Runtime().RunString(`new Uint8Array([1, 2, 3]).subarray(1)`)
		if b, ok := h.h.BufferBytes(u8); !ok || !bytes.Equal(b, []byte{2, 3}) {
			t.Errorf("bufferBytes(Uint8Array) = %v, %v", b, ok)
		}
		for _, s := range []string{`'str'`, `[1, 2]`, `({})`} {
			v, _ := h.Runtime().RunString(s)
			if _, ok := h.h.BufferBytes(v); ok {
				t.Errorf("bufferBytes(%s) ok", s)
			}
		}
		if b, ok := h.h.BufferBytes(h.h.NewBuffer(nil)); !ok || len(b) != 0 {
			t.Errorf("empty buffer: %v %v", b, ok)
		}
	})
}

// onLoop runs fn on the loop of a new host (internal tests reach the host
// core through h.h), then runs the loop to its end.
func onLoop(t *testing.T, fn func(h *Host)) {
	t.Helper()
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out bytes.Buffer
	h, err := New(loop, Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	loop.Call(func() { fn(h) })
	if err := loop.Run(); err != nil {
		t.Fatal(err)
	}
}
