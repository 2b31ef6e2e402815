// Package errors is the module group of Node's error classes and argument
// validation: lib/internal/errors.js and lib/internal/validators.js, and
// the errors binding, nodeerr's codes and message composers.
package errors

import (
	"embed"
	"math"
	"math/big"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "errors" binding: nodeerr's table of error codes and its message
// composers, the one source internal/errors builds Node's error classes
// from, so a code raised from Go and the same code thrown by a script
// agree on class and text.

// errorsNatives holds the binding's state: the host and, once needed,
// util.inspect (for the values Node shows inspected).
type errorsNatives struct {
	h       *host.Host
	inspect goja.Callable
}

// Binding builds the errors binding of h.
func Binding(h *host.Host) *goja.Object {
	n := &errorsNatives{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("codes", n.codes)
	_ = o.Set("format", n.format)
	_ = o.Set("describe", n.describe)
	_ = o.Set("received", n.received)
	_ = o.Set("argType", n.argType)
	_ = o.Set("argValue", n.argValue)
	_ = o.Set("outOfRange", n.outOfRange)
	_ = o.Set("missingArgs", n.missingArgs)
	_ = o.Set("errname", n.errname)
	_ = o.Set("uvMessage", n.uvMessage)
	return o
}

// codes returns [[code, className, template], ...] for every code of the
// table.
func (n *errorsNatives) codes(goja.FunctionCall) goja.Value {
	vm := n.h.Runtime()
	names := nodeerr.CodeNames()
	rows := make([]any, len(names))
	for i, code := range names {
		info, _ := nodeerr.Lookup(code)
		rows[i] = vm.NewArray(code, info.Class, info.Template)
	}
	return vm.NewArray(rows...)
}

// format(code, ...args) is the message of code for string arguments.
func (n *errorsNatives) format(c goja.FunctionCall) goja.Value {
	args := make([]string, 0, len(c.Arguments))
	for _, a := range c.Arguments[1:] {
		if goja.IsUndefined(a) {
			break
		}
		args = append(args, a.String())
	}
	return n.h.Runtime().ToValue(nodeerr.Format(c.Argument(0).String(), args...))
}

// describe(value) is Node's description of a received value without the
// "Received " prefix: "type number (1)", "an instance of Foo", "null".
func (n *errorsNatives) describe(c goja.FunctionCall) goja.Value {
	return n.h.Runtime().ToValue(strings.TrimPrefix(n.receivedText(c.Argument(0)), "Received "))
}

// received(value) is the "Received ..." tail for value.
func (n *errorsNatives) received(c goja.FunctionCall) goja.Value {
	return n.h.Runtime().ToValue(n.receivedText(c.Argument(0)))
}

// argType(name, expected, value) is ERR_INVALID_ARG_TYPE's message;
// expected is a string or an array of strings.
func (n *errorsNatives) argType(c goja.FunctionCall) goja.Value {
	var expected []string
	if e, ok := c.Argument(1).(*goja.Object); ok && e.ClassName() == "Array" {
		for _, v := range n.h.ArrayValues(e) {
			expected = append(expected, v.String())
		}
	} else {
		expected = []string{c.Argument(1).String()}
	}
	msg := nodeerr.InvalidArgTypeMessage(c.Argument(0).String(), expected, n.receivedText(c.Argument(2)))
	return n.h.Runtime().ToValue(msg)
}

// argValue(name, value, reason) is ERR_INVALID_ARG_VALUE's message.
func (n *errorsNatives) argValue(c goja.FunctionCall) goja.Value {
	reason := ""
	if r := c.Argument(2); !goja.IsUndefined(r) {
		reason = r.String()
	}
	shown := nodeerr.TruncateInspected(n.inspectValue(c.Argument(1), false))
	return n.h.Runtime().ToValue(nodeerr.InvalidArgValueMessage(c.Argument(0).String(), shown, reason))
}

// outOfRange(name, range, value, asIs) is ERR_OUT_OF_RANGE's message;
// with asIs, name is a whole sentence that replaces `The value of "name"
// is out of range.`.
func (n *errorsNatives) outOfRange(c goja.FunctionCall) goja.Value {
	name, rng, shown := c.Argument(0).String(), c.Argument(1).String(), n.rangeValue(c.Argument(2))
	if c.Argument(3).ToBoolean() {
		return n.h.Runtime().ToValue(name + " It must be " + rng + ". Received " + shown)
	}
	return n.h.Runtime().ToValue(nodeerr.OutOfRangeMessage(name, rng, shown))
}

// missingArgs(names) is ERR_MISSING_ARGS's message; each name is a string
// or an array of alternatives.
func (n *errorsNatives) missingArgs(c goja.FunctionCall) goja.Value {
	var names [][]string
	for _, v := range n.h.ArrayValues(c.Argument(0)) {
		if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
			var alts []string
			for _, a := range n.h.ArrayValues(o) {
				alts = append(alts, a.String())
			}
			names = append(names, alts)
		} else {
			names = append(names, []string{v.String()})
		}
	}
	return n.h.Runtime().ToValue(nodeerr.MissingArgs(names))
}

// errname(errno) is the code of a negative errno or libuv error number:
// "ECONNREFUSED", "EAI_NONAME" ("Unknown system error N" when unknown).
func (n *errorsNatives) errname(c goja.FunctionCall) goja.Value {
	errno := int(c.Argument(0).ToInteger())
	if name, _, ok := nodeerr.UVError(errno); ok {
		return n.h.Runtime().ToValue(name)
	}
	return n.h.Runtime().ToValue(nodeerr.ErrnoName(syscall.Errno(-errno)))
}

// uvMessage(errno) is libuv's text for a negative errno or libuv error
// number, "" when it has none.
func (n *errorsNatives) uvMessage(c goja.FunctionCall) goja.Value {
	_, m, _ := nodeerr.UVError(int(c.Argument(0).ToInteger()))
	return n.h.Runtime().ToValue(m)
}

// receivedText is Node's "Received ..." tail for v.
func (n *errorsNatives) receivedText(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "Received undefined"
	case goja.IsNull(v):
		return "Received null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			name := ""
			if nv := o.Get("name"); nv != nil && !goja.IsUndefined(nv) {
				name = nv.String()
			}
			return nodeerr.ReceivedFunction(name)
		}
		if class := constructorName(o); class != "" {
			return nodeerr.ReceivedInstance(class)
		}
		return "Received " + n.inspectValue(o, true)
	}
	if _, ok := v.(*goja.Symbol); ok {
		return nodeerr.ReceivedType("symbol", "Symbol("+v.String()+")")
	}
	switch x := v.Export().(type) {
	case string:
		return nodeerr.ReceivedString(x)
	case bool:
		return nodeerr.ReceivedType("boolean", strconv.FormatBool(x))
	case int64:
		return nodeerr.ReceivedType("number", strconv.FormatInt(x, 10))
	case float64:
		return nodeerr.ReceivedType("number", jsNumber(v, x))
	case *big.Int:
		return nodeerr.ReceivedType("bigint", x.String()+"n")
	}
	return nodeerr.ReceivedType("undefined", v.String())
}

// constructorName is value.constructor.name when it is a non-empty string.
func constructorName(o *goja.Object) string {
	var name string
	func() {
		defer func() { _ = recover() }() // a throwing getter or proxy trap
		ctor, ok := o.Get("constructor").(*goja.Object)
		if !ok {
			return
		}
		if nv := ctor.Get("name"); nv != nil {
			if s, ok := nv.Export().(string); ok {
				name = s
			}
		}
	}()
	return name
}

// jsNumber is the way Node prints a number: JavaScript's ToString, with
// the sign of -0 kept.
func jsNumber(v goja.Value, f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return v.String()
}

// rangeValue is how ERR_OUT_OF_RANGE shows the received value: integers
// past 2**32 in magnitude (numbers and bigints) grouped with "_",
// other values inspected.
func (n *errorsNatives) rangeValue(v goja.Value) string {
	if _, ok := v.(*goja.Object); !ok && v != nil {
		switch x := v.Export().(type) {
		case int64:
			return nodeerr.ReceivedInteger(x)
		case float64:
			s := jsNumber(v, x)
			if x == math.Trunc(x) && !math.IsInf(x, 0) && math.Abs(x) > 1<<32 {
				return nodeerr.AddNumericalSeparator(s)
			}
			return s
		case *big.Int:
			s := x.String()
			if new(big.Int).Abs(x).Cmp(big.NewInt(1<<32)) > 0 {
				s = nodeerr.AddNumericalSeparator(s)
			}
			return s + "n"
		}
	}
	return n.inspectValue(v, false)
}

// inspectValue is util.inspect(v), with depth -1 when shallow (what Node
// shows for an object without a usable constructor).
func (n *errorsNatives) inspectValue(v goja.Value, shallow bool) string {
	if v == nil {
		v = goja.Undefined()
	}
	if _, isSym := v.(*goja.Symbol); !isSym && !shallow {
		if s, ok := v.Export().(string); ok {
			// A string with U+FFFD may have had a lone surrogate, which
			// only the JavaScript inspect shows as its escape.
			if _, isObj := v.(*goja.Object); !isObj && !strings.Contains(s, "\uFFFD") {
				return nodeerr.InspectString(s)
			}
		}
	}
	if n.inspect == nil {
		mod := n.h.RequireLib("internal/util/inspect").ToObject(n.h.Runtime())
		fn, ok := goja.AssertFunction(mod.Get("inspect"))
		if !ok {
			return v.String()
		}
		n.inspect = fn
	}
	var opts goja.Value = goja.Undefined()
	if shallow {
		o := n.h.Runtime().NewObject()
		_ = o.Set("depth", -1)
		opts = o
	}
	r, err := n.inspect(goja.Undefined(), v, opts)
	if err != nil {
		return v.String()
	}
	return r.String()
}
