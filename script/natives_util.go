package script

import (
	"os"
	"strings"

	"github.com/dop251/goja"
)

// The "callsite" binding: where a library function was called from, for
// assert's "The expression evaluated to a falsy value" messages (V8's
// structured stack traces in Node).
func init() { registerNative("callsite", (*Host).callsiteBinding) }

func (h *Host) callsiteBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	// callerOf(name) describes the frame that called the innermost library
	// function named name: { file, line, column, sourceLine } (column is
	// 0-based, as V8's startColumn), or undefined.
	_ = o.Set("callerOf", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		frames := vm.CaptureCallStack(0, nil)
		for i := 0; i+1 < len(frames); i++ {
			f := &frames[i]
			if f.FuncName() != name || !strings.HasPrefix(f.SrcName(), "node:") {
				continue
			}
			caller := &frames[i+1]
			pos := caller.Position()
			if pos.Line == 0 {
				return goja.Undefined()
			}
			r := vm.NewObject()
			_ = r.Set("file", caller.SrcName())
			_ = r.Set("line", pos.Line)
			col := pos.Column - 1
			if pos.Line == 1 && !strings.HasPrefix(caller.SrcName(), "node:") {
				// The CommonJS wrapper shares a module's first line.
				col -= len(moduleWrapperHead)
			}
			_ = r.Set("column", max(col, 0))
			if line, ok := h.sourceLine(caller.SrcName(), pos.Line); ok {
				_ = r.Set("sourceLine", line)
			}
			return r
		}
		return goja.Undefined()
	})
	return o
}

// sourceLine returns line n (1-based) of a user script. Built-in modules
// have no source shown.
// moduleWrapperHead is the text runWrapped puts before a module's source.
const moduleWrapperHead = "(function (exports, require, module, __filename, __dirname) {"

func (h *Host) sourceLine(file string, n int) (string, bool) {
	if strings.HasPrefix(file, "node:") {
		return "", false
	}
	var src string
	if h.evalName != "" && file == h.evalName {
		src = h.evalSrc
	} else {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", false
		}
		src = string(b)
	}
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	l := strings.TrimSuffix(lines[n-1], "\r")
	if n == 1 && strings.HasPrefix(l, "#!") {
		l = "//" + l[2:]
	}
	return l, true
}
