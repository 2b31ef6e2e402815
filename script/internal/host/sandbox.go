package host

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// maxStringLength is V8's longest string on 64-bit machines (2^29 - 24
// UTF-16 units): longer ones are "RangeError: Invalid string length".
const maxStringLength = 1<<29 - 24

// sizedConstructors are the constructors whose argument sizes one
// allocation, with the bytes per element.
var sizedConstructors = []struct {
	name string
	size float64
}{
	{"ArrayBuffer", 1}, {"SharedArrayBuffer", 1},
	{"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int8Array", 1},
	{"Uint16Array", 2}, {"Int16Array", 2}, {"Float16Array", 2},
	{"Uint32Array", 4}, {"Int32Array", 4}, {"Float32Array", 4},
	{"Float64Array", 8}, {"BigInt64Array", 8}, {"BigUint64Array", 8},
}

// installMemoryGuards refuses, before goja allocates it, a single string,
// array buffer or typed array larger than Options.MemoryBudget (goja
// allocates such a value in one Go call, which no interrupt can stop, and
// a failed allocation ends the whole Go process): the sized constructors
// become proxies that check their length argument (also as their
// prototypes' constructor, so that x.constructor and species reach the
// check), and String.prototype.repeat, padStart and padEnd check the
// length of their result (with V8's limit on the length of a string).
// It runs before the built-in modules load, so that Buffer's classes
// extend the guarded constructors.
func (h *Host) installMemoryGuards() error {
	vm := h.vm
	construct, ok := goja.AssertFunction(vm.Get("Reflect").ToObject(vm).Get("construct"))
	if !ok {
		return fmt.Errorf("script: no Reflect.construct")
	}
	global := vm.GlobalObject()
	for _, c := range sizedConstructors {
		target, ok := global.Get(c.name).(*goja.Object)
		if !ok {
			continue
		}
		size, isBuffer := c.size, c.size == 1 && strings.HasSuffix(c.name, "Buffer")
		proxy := vm.ToValue(vm.NewProxy(target, &goja.ProxyTrapConfig{
			Construct: func(target *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
				if len(args) > 0 {
					// The length is read once and what was checked is
					// what the constructor gets (a valueOf or a length
					// getter cannot answer differently the second time).
					var n float64
					args = append([]goja.Value(nil), args...)
					args[0], n = h.allocLength(args[0], isBuffer)
					h.checkAlloc(n * size)
				}
				v, err := construct(goja.Undefined(), target, vm.NewArray(valuesOf(args)...), newTarget)
				if err != nil {
					h.Rethrow(err)
				}
				return v.ToObject(vm)
			},
		}))
		if err := global.DefineDataProperty(c.name, proxy, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if proto, ok := target.Get("prototype").(*goja.Object); ok {
			if err := proto.DefineDataProperty("constructor", proxy, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
				return err
			}
		}
	}
	strProto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
	guard := func(name string, length int, resultLen func(self string, args []goja.Value) float64) error {
		orig, ok := goja.AssertFunction(strProto.Get(name))
		if !ok {
			return fmt.Errorf("script: no String.prototype.%s", name)
		}
		f := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if goja.IsUndefined(c.This) || goja.IsNull(c.This) {
				panic(vm.NewTypeError("String.prototype." + name + " called on null or undefined"))
			}
			self := c.This.String()
			args := convertArgs(vm, c.Arguments)
			n := resultLen(self, args)
			if n > maxStringLength && !math.IsInf(n, 0) {
				panic(h.NewNodeError("RangeError", "", "Invalid string length"))
			}
			if !math.IsInf(n, 0) {
				h.checkAlloc(2 * n)
			}
			v, err := orig(vm.ToValue(self), args...)
			if err != nil {
				h.Rethrow(err)
			}
			return v
		}).ToObject(vm)
		_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return strProto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	units := func(s string) float64 { return float64(len(s)) } // an upper bound of its UTF-16 length
	if err := guard("repeat", 1, func(self string, args []goja.Value) float64 {
		n := 0.0
		if len(args) > 0 {
			n = args[0].ToFloat()
		}
		if n < 0 || math.IsNaN(n) || math.IsInf(n, 0) || len(self) == 0 {
			return 0 // the original throws its RangeError, or returns ""
		}
		return units(self) * math.Trunc(n)
	}); err != nil {
		return err
	}
	pad := func(self string, args []goja.Value) float64 {
		if len(args) == 0 {
			return 0
		}
		n := args[0].ToFloat()
		if math.IsNaN(n) || n <= units(self) || (len(args) > 1 && !goja.IsUndefined(args[1]) && args[1].String() == "") {
			return 0
		}
		return math.Trunc(n)
	}
	if err := guard("padStart", 1, pad); err != nil {
		return err
	}
	return guard("padEnd", 1, pad)
}

// allocLength is the element count a sized constructor's first argument
// v asks for, and the argument to pass on in its place: a number (an
// ArrayBuffer's argument always is one), the length of an array-like
// object (passed on as an object whose length is that number, its
// elements read through its prototype), or 0 for a buffer (viewed, not
// copied), an array or typed array (whose length cannot change under the
// copy) read as is, and an iterable (iterated in JavaScript, where the
// watchdog sees it grow).
func (h *Host) allocLength(v goja.Value, number bool) (goja.Value, float64) {
	vm := h.vm
	o, isObj := v.(*goja.Object)
	if !isObj || number {
		if goja.IsUndefined(v) {
			return v, 0
		}
		n := v.ToFloat()
		if math.IsNaN(n) {
			n = 0
		}
		return vm.ToValue(n), n
	}
	if o.ExportType() == arrayBufferType {
		return v, 0 // (ExportType, not Export: Export would run getters)
	}
	if it := o.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) && !goja.IsNull(it) {
		if o.ClassName() == "Array" || isTypedArray(o) {
			return v, o.Get("length").ToFloat()
		}
		return v, 0
	}
	l := o.Get("length")
	if l == nil || goja.IsUndefined(l) {
		return v, 0
	}
	n := l.ToFloat()
	if math.IsNaN(n) {
		n = 0
	}
	fixed := vm.NewObject()
	_ = fixed.SetPrototype(o)
	_ = fixed.DefineDataProperty("length", vm.ToValue(n), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return fixed, n
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// isTypedArray reports whether o is a typed array.
func isTypedArray(o *goja.Object) bool {
	t := o.ExportType()
	return t != nil && t.Kind() == reflect.Slice && o.ClassName() != "Array"
}

// checkAlloc throws ERR_SCRIPT_MEMORY_BUDGET when one allocation of n
// bytes exceeds the memory budget.
func (h *Host) checkAlloc(n float64) {
	if b := h.opts.MemoryBudget; b > 0 && n > float64(b) {
		panic(h.NewNodeError("RangeError", "ERR_SCRIPT_MEMORY_BUDGET",
			"Allocation of "+strconv.FormatFloat(n, 'f', -1, 64)+" bytes exceeds the script's memory budget of "+
				strconv.FormatInt(b, 10)+" bytes"))
	}
}

// convertArgs converts the arguments of repeat, padStart and padEnd once,
// as the originals would (a number, then a string), so that what was
// checked is what they get.
func convertArgs(vm *goja.Runtime, args []goja.Value) []goja.Value {
	out := make([]goja.Value, len(args))
	for i, a := range args {
		switch {
		case i == 0 && !goja.IsUndefined(a):
			out[i] = vm.ToValue(a.ToFloat())
		case i == 1 && !goja.IsUndefined(a):
			out[i] = vm.ToValue(a.String())
		default:
			out[i] = a
		}
	}
	return out
}

func valuesOf(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
