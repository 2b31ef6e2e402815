package stream

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// The "stream" binding: what Readable and Writable ask of every chunk,
// answered in Go. Reading a Buffer's length in goja parses the name
// "length" as an index first, and instanceof walks the chain in the
// interpreter; one call here does both.

// chunks is the state behind the binding's methods.
type chunks struct {
	vm *goja.Runtime
	// bufferProto is Buffer.prototype, registered by setup.
	bufferProto *goja.Object
	minusOne    goja.Value
}

// Binding builds the stream binding of h.
func Binding(h *host.Host) *goja.Object {
	ch := &chunks{vm: h.Runtime()}
	ch.minusOne = ch.vm.ToValue(-1)
	o := ch.vm.NewObject()
	_ = o.Set("setup", ch.setup)
	_ = o.Set("bufferLength", ch.bufferLength)
	return o
}

// setup(Buffer.prototype) registers the prototype that makes a Buffer.
func (ch *chunks) setup(c goja.FunctionCall) goja.Value {
	ch.bufferProto, _ = c.Argument(0).(*goja.Object)
	return goja.Undefined()
}

// bufferLength(value) is value's length in bytes when it is a Buffer (a
// Uint8Array with Buffer.prototype on its prototype chain), else -1.
func (ch *chunks) bufferLength(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok || ch.bufferProto == nil {
		return ch.minusOne
	}
	found := false
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if p == ch.bufferProto {
			found = true
			break
		}
	}
	if !found {
		return ch.minusOne
	}
	// Only a Uint8Array exports as []byte here (Uint8ClampedArray does
	// too, but Buffer.prototype is not on its chain).
	b, ok := obj.Export().([]byte)
	if !ok {
		return ch.minusOne
	}
	return ch.vm.ToValue(len(b))
}
