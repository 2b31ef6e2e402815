package host

import (
	"fmt"
	"path/filepath"

	"github.com/dop251/goja"
)

// Set makes value a global of the scripts (globalThis[name]). Go functions
// and values are converted by goja: a func(goja.FunctionCall) goja.Value is
// a native function; other funcs and structs are wrapped by reflection.
// Call it on the loop's goroutine.
func (h *Host) Set(name string, value any) error {
	return h.vm.Set(name, value)
}

// Get returns the global name.
func (h *Host) Get(name string) goja.Value { return h.vm.Get(name) }

// RunString evaluates src as a classic script named name (its top-level
// declarations become globals) and returns its completion value. The
// nextTick queue and Promise jobs it queued run before RunString returns.
// An exception is returned as *Error. Call it on the loop's goroutine.
func (h *Host) RunString(name, src string) (v goja.Value, err error) {
	h.guarded(func() {
		if !h.globalRequire {
			// Classic scripts get require, as in node -e and the REPL.
			h.globalRequire = true
			m := h.newModule(name, filepath.Join(h.opts.Dir, name), nil)
			_ = h.vm.GlobalObject().DefineDataProperty("require", h.makeRequire(m, h.opts.Dir),
				goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		prg, cerr := goja.Compile(name, src, false)
		if cerr != nil {
			panic(h.syntaxError(cerr))
		}
		var rerr error
		v, rerr = h.vm.RunProgram(prg)
		if rerr != nil {
			h.Rethrow(rerr)
		}
	}, &err)
	return v, err
}

// RunFile loads file as a CommonJS module (not the main one) and returns its
// module.exports, as require(file) would. An exception is returned as
// *Error. Call it on the loop's goroutine.
func (h *Host) RunFile(file string) (exports goja.Value, err error) {
	abs, aerr := filepath.Abs(file)
	if aerr != nil {
		return nil, aerr
	}
	h.guarded(func() { exports = h.loadFile(nil, abs) }, &err)
	return exports, err
}

// Require returns the built-in module name as a script's require would
// (the allowlist applies).
func (h *Host) Require(name string) (m goja.Value, err error) {
	h.guarded(func() { m = h.requireUser(nil, h.opts.Dir, name) }, &err)
	return m, err
}

// CallFunction calls the JavaScript function fn from Go with Go or goja
// values as arguments, as one callback of the loop (ticks and Promise jobs
// run before it returns), and returns its result or its exception as
// *Error. Call it on the loop's goroutine.
func (h *Host) CallFunction(fn goja.Value, args ...any) (v goja.Value, err error) {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return nil, fmt.Errorf("script: CallFunction: not a function")
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		if gv, ok := a.(goja.Value); ok {
			vals[i] = gv
		} else {
			vals[i] = h.vm.ToValue(a)
		}
	}
	h.guarded(func() {
		var cerr error
		v, cerr = f(goja.Undefined(), vals...)
		if cerr != nil {
			h.Rethrow(cerr)
		}
	}, &err)
	return v, err
}

// Guard runs fn as one loop callback and returns what it throws as an
// *Error instead of an uncaught exception. Call it on the loop's
// goroutine, outside the loop's callbacks.
func (h *Host) Guard(fn func()) error {
	var err error
	h.guarded(fn, &err)
	return err
}

// guarded runs fn as one loop callback and turns what it throws into *err
// instead of an uncaught exception.
func (h *Host) guarded(fn func(), err *error) {
	h.loop.Call(func() {
		defer func() {
			if x := recover(); x != nil {
				v, ok := h.thrown(x, nil)
				if !ok {
					panic(x) // an exit unwinds on
				}
				*err = h.ScriptError(v)
			}
		}()
		fn()
	})
}
