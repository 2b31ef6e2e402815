package util

import (
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// The "jstypes" binding: what V8 answers about values (util.types.is*,
// promise and proxy internals) and goja only knows in Go.

var (
	proxyType   = reflect.TypeOf(goja.Proxy{})
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
	bigIntType  = reflect.TypeOf((*big.Int)(nil))
)

// objectImplField is the index of goja.Object's field holding the value's
// implementation; its dynamic type is the object's internal kind, the
// same brand V8 checks ("is this a Map?"), which no prototype or
// Symbol.toStringTag trick can fake.
var objectImplField = func() int {
	f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
	if !ok {
		return -1
	}
	return f.Index[0]
}()

// implKinds maps goja's implementation type names to V8's kinds.
var implKinds = map[string]string{
	"*goja.mapObject":                 "Map",
	"*goja.setObject":                 "Set",
	"*goja.weakMapObject":             "WeakMap",
	"*goja.weakSetObject":             "WeakSet",
	"*goja.mapIterObject":             "MapIterator",
	"*goja.setIterObject":             "SetIterator",
	"*goja.arrayBufferObject":         "ArrayBuffer",
	"*goja.dataViewObject":            "DataView",
	"*goja.typedArrayObject":          "TypedArray",
	"*goja.dateObject":                "Date",
	"*goja.regexpObject":              "RegExp",
	"*goja.errorObject":               "Error",
	"*goja.argumentsObject":           "Arguments",
	"*goja.generatorObject":           "Generator",
	"*goja.generatorFuncObject":       "GeneratorFunction",
	"*goja.generatorMethodFuncObject": "GeneratorFunction",
	"*goja.asyncFuncObject":           "AsyncFunction",
	"*goja.asyncArrowFuncObject":      "AsyncFunction",
	"*goja.asyncMethodFuncObject":     "AsyncFunction",
	"*goja.Promise":                   "Promise",
	"*goja.proxyObject":               "Proxy",
	"*goja.stringObject":              "String",
}

// kindCache remembers the kind of each implementation type seen
// (reflect.Type -> string); hosts on other loops share it.
var kindCache sync.Map

// jsKind names what kind of built-in object v is: one of the values of
// implKinds, "Number", "Boolean", "Symbol", "BigInt" for boxed primitives,
// or "" for ordinary objects and primitives.
func jsKind(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return ""
	}
	if cn := o.ClassName(); cn == "Arguments" || cn == "Number" || cn == "Boolean" {
		// Strict-mode arguments objects are plain objects inside goja.
		return cn
	}
	if objectImplField < 0 {
		return ""
	}
	t := reflect.ValueOf(o).Elem().Field(objectImplField).Elem().Type()
	var k string
	if cached, seen := kindCache.Load(t); seen {
		k = cached.(string)
	} else {
		k = implKinds[t.String()]
		if k == "" && strings.HasSuffix(t.String(), "primitiveValueObject") {
			k = "Primitive"
		}
		kindCache.Store(t, k)
	}
	if k == "Primitive" {
		// Number and Boolean were answered by the class name above.
		if o.ExportType() == bigIntType {
			return "BigInt"
		}
		return "Symbol"
	}
	return k
}

// types is the jstypes binding of one host.
type types struct {
	vm *goja.Runtime
	h  *host.Host
}

// Types builds the jstypes binding of h.
func Types(h *host.Host) *goja.Object {
	vm := h.Runtime()
	b := &types{vm: vm, h: h}
	o := vm.NewObject()
	_ = o.Set("kind", b.kind)
	_ = o.Set("isNativeError", b.isNativeError)
	_ = o.Set("isProxy", b.isProxy)
	_ = o.Set("isConstructor", b.isConstructor)
	_ = o.Set("promiseDetails", b.promiseDetails)
	_ = o.Set("proxyDetails", b.proxyDetails)
	_ = o.Set("moduleNamespace", b.moduleNamespace)
	_ = o.Set("iteratorEntries", iteratorEntries)
	return o
}

func (b *types) kind(c goja.FunctionCall) goja.Value {
	vm := b.vm
	if _, ok := b.h.ModuleNamespace(c.Argument(0)); ok {
		// A namespace is a Proxy in goja and an exotic object in V8.
		return vm.ToValue("ModuleNamespace")
	}
	return vm.ToValue(jsKind(c.Argument(0)))
}

// moduleNamespace(v) is what util.inspect prints for an ES module's
// namespace v (the object behind it, with the exports' current values), or
// null when v is not one.
func (b *types) moduleNamespace(c goja.FunctionCall) goja.Value {
	if o, ok := b.h.ModuleNamespace(c.Argument(0)); ok {
		return o
	}
	return goja.Null()
}

func (b *types) isNativeError(c goja.FunctionCall) goja.Value {
	vm := b.vm
	return vm.ToValue(jsKind(c.Argument(0)) == "Error")
}

func (b *types) isProxy(c goja.FunctionCall) goja.Value {
	vm := b.vm
	return vm.ToValue(jsKind(c.Argument(0)) == "Proxy")
}

func (b *types) isConstructor(c goja.FunctionCall) goja.Value {
	vm := b.vm
	_, ok := goja.AssertConstructor(c.Argument(0))
	return vm.ToValue(ok)
}

func (b *types) promiseDetails(c goja.FunctionCall) goja.Value {
	vm := b.vm
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok || obj.ExportType() != promiseType {
		return goja.Undefined()
	}
	p := obj.Export().(*goja.Promise)
	switch p.State() {
	case goja.PromiseStatePending:
		return vm.NewArray(0)
	case goja.PromiseStateFulfilled:
		return vm.NewArray(1, p.Result())
	default:
		return vm.NewArray(2, p.Result())
	}
}

func (b *types) proxyDetails(c goja.FunctionCall) goja.Value {
	vm := b.vm
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok || obj.ExportType() != proxyType {
		return goja.Undefined()
	}
	p := obj.Export().(goja.Proxy)
	target, handler := goja.Value(goja.Null()), goja.Value(goja.Null())
	if t := p.Target(); t != nil {
		target = t
	}
	if hd := p.Handler(); hd != nil {
		handler = hd
	}
	if c.Argument(1).ToBoolean() {
		return vm.NewArray(target, handler)
	}
	return target
}

// iteratorEntries is undefined: goja does not show an iterator's entries.
func iteratorEntries(goja.FunctionCall) goja.Value { return goja.Undefined() }
