package host

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// The "callsite" binding: where a library function was called from, for
// assert's "The expression evaluated to a falsy value" messages (V8's
// structured stack traces in Node). It is the host's own, as errstack is:
// it reads the stack as the host shows it.

// callSite is the callsite binding of one host.
type callSite struct {
	h         *Host
	vm        *goja.Runtime
	scriptIDs map[string]int // V8's script ids, by file, in order of first use
}

// CallSite builds the callsite binding of h: stack(name, n) lists at most
// n frames of the calls leading to the innermost library function named
// name (util.getCallSites' objects).
func CallSite(h *Host) *goja.Object {
	vm := h.vm
	b := &callSite{h: h, vm: vm, scriptIDs: map[string]int{}}
	o := vm.NewObject()
	_ = o.Set("stack", b.stack)
	return o
}

func (b *callSite) stack(c goja.FunctionCall) goja.Value {
	vm := b.vm
	h := b.h
	scriptIDs := b.scriptIDs
	name := c.Argument(0).String()
	n := int(c.Argument(1).ToInteger())
	frames := vm.CaptureCallStack(0, nil)
	start := 0
	for i := range frames {
		if frames[i].FuncName() == name && strings.HasPrefix(frames[i].SrcName(), "node:") {
			start = i + 1
			break
		}
	}
	sites := make([]any, 0, n)
	for i := start; i < len(frames) && len(sites) < n; i++ {
		f := &frames[i]
		pos := f.Position()
		if pos.Line == 0 || f.SrcName() == "" {
			// Built-in functions (Array.prototype.forEach, Go
			// bindings) and the host's own glue have no frame of
			// their own in V8's list.
			continue
		}
		shown, ok := h.v8Frame(frame{fn: f.FuncName(), file: f.SrcName(), line: pos.Line, col: pos.Column}, true)
		if !ok {
			continue
		}
		col := shown.col
		site := vm.NewObject()
		_ = site.SetPrototype(nil)
		fn := f.FuncName()
		if fn == "<anonymous>" || fn == moduleFuncName || fn == esmFuncName {
			fn = ""
		}
		_ = site.Set("functionName", fn)
		id, seen := scriptIDs[f.SrcName()]
		if !seen {
			id = len(scriptIDs) + 1
			scriptIDs[f.SrcName()] = id
		}
		_ = site.Set("scriptId", strconv.Itoa(id))
		_ = site.Set("scriptName", f.SrcName())
		_ = site.Set("lineNumber", shown.line)
		_ = site.Set("columnNumber", max(col, 1))
		_ = site.Set("column", max(col, 1))
		sites = append(sites, site)
	}
	return vm.NewArray(sites...)
}
