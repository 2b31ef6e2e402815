package host

import (
	"reflect"
	"runtime"

	"github.com/dop251/goja"
)

// Buffers between Go and JavaScript, for the bindings.

// NewBuffer returns a Buffer (a FastBuffer: a Uint8Array whose prototype is
// Buffer.prototype) over b. The Buffer shares b's memory: the caller hands
// b over and must not use it afterwards.
func (h *Host) NewBuffer(b []byte) goja.Value {
	if h.fastBuffer == nil {
		// lib/buffer.js completes FastBuffer.prototype (Buffer.prototype).
		h.RequireLib("buffer")
		fb := h.RequireLib("internal/buffer").ToObject(h.vm).Get("FastBuffer").ToObject(h.vm)
		// FastBuffer's constructor only calls super: Uint8Array's,
		// called here with FastBuffer as new.target.
		u8, ok := goja.AssertConstructor(fb.Prototype())
		if !ok {
			panic(h.vm.NewTypeError("FastBuffer does not extend Uint8Array"))
		}
		h.fastBuffer, h.newUint8Array = fb, u8
	}
	if b == nil {
		b = []byte{}
	}
	// Uint8Array's constructor runs no script code with an ArrayBuffer
	// argument (FastBuffer's prototype is a plain data property) and keeps
	// no reference to its arguments, so one argument list serves every
	// call.
	h.bufArg[0] = h.vm.ToValue(h.vm.NewArrayBuffer(b))
	o, err := h.newUint8Array(h.fastBuffer, h.bufArg[:]...)
	h.bufArg[0] = nil
	if err != nil {
		h.Rethrow(err)
	}
	return o
}

// BufferBytes returns the bytes of a Buffer or Uint8Array (any typed array
// or DataView: its bytes; an ArrayBuffer: all of it) without copying: the
// slice aliases the JavaScript object's memory.
func (h *Host) BufferBytes(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := export(o).(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	t := o.ExportType()
	if t == nil || t.Kind() != reflect.Slice {
		if h.isDataView(o) {
			var b []byte
			if err := h.vm.ExportTo(o, &b); err == nil {
				return b, true
			}
		}
		return nil, false
	}
	switch t.Elem().Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint16,
		reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		var b []byte
		if err := h.vm.ExportTo(o, &b); err == nil {
			return b, true
		}
	}
	return nil, false
}

// Uint8Bytes returns the bytes of a Uint8Array (a Buffer) or a
// Uint8ClampedArray without copying, and false for any other value: the
// cheapest look at a buffer argument, for the bindings' hot paths. A view
// of a detached ArrayBuffer has no bytes.
func Uint8Bytes(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	b, ok := export(o).([]byte)
	return b, ok
}

// export is o.Export(), except that a typed array over a detached
// ArrayBuffer, which goja's export cuts out of the detached (nil) memory
// and fails on, is an empty []byte: such a view has length 0.
func export(o *goja.Object) (x any) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(runtime.Error); !ok {
				panic(r)
			}
			x = []byte{}
		}
	}()
	return o.Export()
}

// isDataView reports whether o is a DataView (DataView.prototype is on its
// prototype chain), which exports as a plain object.
func (h *Host) isDataView(o *goja.Object) bool {
	if h.dataViewProto == nil {
		h.dataViewProto = h.vm.Get("DataView").ToObject(h.vm).Get("prototype").ToObject(h.vm)
	}
	for p, n := o.Prototype(), 0; p != nil && n < 64; p, n = p.Prototype(), n+1 {
		if p == h.dataViewProto {
			return true
		}
	}
	return false
}
