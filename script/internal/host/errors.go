package host

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/go-sourcemap/sourcemap"

	"github.com/nodenet/nodenet/nodeerr"
)

// Error is an exception of a script seen from Go: the JavaScript value
// thrown and its rendering.
type Error struct {
	// Value is the thrown JavaScript value.
	Value goja.Value
	// Code is its code property, if any ("ERR_ASSERTION", "ECONNRESET", ...).
	Code string
	// Message is its message (or its string form when it is not an Error).
	Message string
	// Stack is its stack, if any.
	Stack string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Stack != "" {
		return e.Stack
	}
	return e.Message
}

// jsError carries a JavaScript value through Go code (socket.destroy(err)
// with a JS error, say) so that it comes back as the same value.
type jsError struct {
	v    goja.Value
	code string
	msg  string
}

func (e *jsError) Error() string { return e.msg }

// Code returns the code property, for nodeerr.Code.
func (e *jsError) NodeCode() string { return e.code }

// FromJS wraps a JavaScript value as a Go error.
func (h *Host) FromJS(v goja.Value) error {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	e := &jsError{v: v, msg: v.String()}
	if o, ok := v.(*goja.Object); ok {
		if c := o.Get("code"); c != nil && !goja.IsUndefined(c) {
			e.code = c.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.msg = m.String()
		}
	}
	return e
}

// ScriptError describes a thrown value for Go callers.
func (h *Host) ScriptError(v goja.Value) *Error {
	e := &Error{Value: v}
	if v == nil {
		return e
	}
	e.Message = v.String()
	if o, ok := v.(*goja.Object); ok {
		if c := o.Get("code"); c != nil && !goja.IsUndefined(c) {
			e.Code = c.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.Message = m.String()
		}
		if s := o.Get("stack"); s != nil && !goja.IsUndefined(s) {
			e.Stack = s.String()
		}
	}
	return e
}

// errCacheSize bounds the Go-error-to-object cache that keeps one Go error
// the same JavaScript object wherever it is delivered ('error' listener,
// callbacks, 'close').
const errCacheSize = 64

type errCacheEntry struct {
	err error
	obj *goja.Object
}

// ToJS converts a Go error into the JavaScript value Node would deliver.
func (h *Host) ToJS(err error) goja.Value {
	if err == nil {
		return goja.Null()
	}
	var je *jsError
	if errors.As(err, &je) {
		return je.v
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		// goja ends runaway recursion with an uncatchable error; it is
		// reported as V8 words it.
		return h.newError("RangeError", "Maximum call stack size exceeded")
	}
	for _, c := range h.errCache {
		if c.err == err {
			return c.obj
		}
	}
	var obj *goja.Object
	var ne *nodeerr.Error
	switch {
	case !errors.As(err, &ne):
		obj = h.newError("Error", err.Error())
	case ne == err:
		obj = h.fromNodeErr(ne)
	default:
		return h.ToJS(ne) // err wraps a nodeerr.Error: deliver that
	}
	h.CacheErr(err, obj)
	return obj
}

// CacheErr records that Go error err is the JavaScript value v (bounded:
// the oldest entry goes first).
func (h *Host) CacheErr(err error, v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok {
		return
	}
	if len(h.errCache) >= errCacheSize {
		copy(h.errCache, h.errCache[1:])
		h.errCache = h.errCache[:len(h.errCache)-1]
	}
	h.errCache = append(h.errCache, errCacheEntry{err, o})
}

// fromNodeErr builds the JavaScript form of a nodeerr.Error with Node's
// properties in Node's order.
func (h *Host) fromNodeErr(ne *nodeerr.Error) *goja.Object {
	var obj *goja.Object
	switch ne.Name {
	case "AbortError":
		obj = h.newErrorOf("AbortError", ne.Message)
	case "AggregateError":
		obj = h.newAggregateError(ne.Message)
	default:
		obj = h.newError(ne.Name, ne.Message)
	}
	if ne.Errno != 0 {
		if strings.HasPrefix(ne.Message, ne.Syscall+" "+ne.Code+": ") {
			_ = obj.Set("code", ne.Code) // UVExceptionWithHostPort's order
		}
		_ = obj.Set("errno", ne.ErrnoValue())
		_ = obj.Set("code", ne.Code)
		if ne.Syscall != "" {
			_ = obj.Set("syscall", ne.Syscall)
		}
		if ne.Address != "" {
			_ = obj.Set("address", ne.Address)
		} else if strings.HasPrefix(ne.Message, ne.Syscall+" "+ne.Code+": ") {
			// UVExceptionWithHostPort sets address, null when there is none.
			_ = obj.Set("address", goja.Null())
		}
		if ne.Port != 0 {
			_ = obj.Set("port", ne.Port)
		}
		if ne.LocalAddress != "" {
			_ = obj.Set("localAddress", ne.LocalAddress)
			_ = obj.Set("localPort", ne.LocalPort)
		}
	} else if ne.Code != "" {
		if ne.Name != "AbortError" && ne.Name != "AggregateError" {
			h.markNodeError(obj, ne.Code)
		}
		if ne.Code == "ERR_INVALID_ADDRESS_FAMILY" {
			var host goja.Value = goja.Undefined()
			if ne.Host != "" {
				host = h.vm.ToValue(ne.Host)
			}
			_ = obj.Set("host", host)
			_ = obj.Set("port", ne.Port)
		}
		_ = obj.Set("code", ne.Code)
	}
	if ne.Cause != nil {
		_ = obj.DefineDataProperty("cause", h.ToJS(ne.Cause), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if ne.Errors != nil {
		vals := make([]any, len(ne.Errors))
		for i, e := range ne.Errors {
			vals[i] = h.ToJS(e)
		}
		_ = obj.DefineDataProperty("errors", h.vm.NewArray(vals...), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj
}

// newAggregateError is Node's NodeAggregateError: a real AggregateError
// (its errors are set by the caller).
func (h *Host) newAggregateError(msg string) *goja.Object {
	if ctor, ok := h.vm.Get("AggregateError").(*goja.Object); ok {
		if o, err := h.vm.New(ctor, h.vm.NewArray(), h.vm.ToValue(msg)); err == nil {
			return o
		}
	}
	return h.newErrorOf("AggregateError", msg)
}

// newError constructs a built-in error class (Error, TypeError, ...).
func (h *Host) newError(class, msg string) *goja.Object {
	ctor, ok := h.vm.Get(class).(*goja.Object)
	if !ok {
		ctor = h.vm.Get("Error").(*goja.Object)
	}
	o, err := h.vm.New(ctor, h.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// newErrorOf constructs an error class defined by internal/errors (such as
// AbortError), falling back to Error with that name.
func (h *Host) newErrorOf(class, msg string) *goja.Object {
	if errs, ok := h.RequireLib("internal/errors").(*goja.Object); ok {
		if ctor, ok := errs.Get(class).(*goja.Object); ok {
			if o, err := h.vm.New(ctor, h.vm.ToValue(msg)); err == nil {
				return o
			}
		}
	}
	o := h.newError("Error", msg)
	_ = o.Set("name", class)
	return o
}

// markNodeError gives obj the toString of Node's internal errors
// ("TypeError [ERR_X]: message").
func (h *Host) markNodeError(obj *goja.Object, code string) {
	if !h.adoptCodeClass(obj, code) { // the class of internal/errors when it has one
		ts := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			t := c.This.ToObject(h.vm)
			return h.vm.ToValue(t.Get("name").String() + " [" + code + "]: " + t.Get("message").String())
		})
		_ = obj.DefineDataProperty("toString", ts, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if st := obj.Get("stack"); st != nil {
		s := st.String()
		name := obj.Get("name").String()
		if strings.HasPrefix(s, name+":") {
			_ = obj.Set("stack", name+" ["+code+"]"+s[len(name):])
		}
	}
}

// NewNodeError is Node's internal error with a code.
func (h *Host) NewNodeError(class, code, msg string) *goja.Object {
	o := h.newError(class, msg)
	if code != "" {
		h.markNodeError(o, code)
		_ = o.Set("code", code)
	}
	return o
}

// InvalidArgType is ERR_INVALID_ARG_TYPE for value.
func (h *Host) InvalidArgType(name, expected string, value goja.Value) *goja.Object {
	return h.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
		"The \""+name+"\" argument must be of type "+expected+". "+h.Received(value))
}

// Received is Node's "Received ..." clause (determineSpecificType).
func (h *Host) Received(v goja.Value) string {
	if errs, ok := h.RequireLib("internal/errors").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(errs.Get("determineSpecificType")); ok {
			if r, err := f(goja.Undefined(), v); err == nil {
				return "Received " + r.String()
			}
		}
	}
	return "Received " + v.String()
}

// cjsWrapperHead opens the function a CommonJS module's source runs in.
// The function is named so that stack frames of a module's top level can
// be told from other anonymous functions (V8 writes them
// "Object.<anonymous>"); the name is never shown.
// The name comes from the property the function is defined as, so it binds
// no name in the module's scope (a named function expression would: Node's
// modules cannot name their wrapper). cjsWrapperTail closes it.
const cjsWrapperHead = "({" + moduleFuncName + ": function (exports, require, module, __filename, __dirname) {"

// cjsWrapperTail closes cjsWrapperHead.
const cjsWrapperTail = "\n}})." + moduleFuncName

// moduleFuncName names the CommonJS wrapper function in goja's frames.
const moduleFuncName = "__nodenet_module__"

// stackScript is the file name of the host's own error set-up script, whose
// frames never show.
const stackScript = "node:internal/nodenet/stack"

// sourceInfo is what the host remembers of a compiled file, to write its
// stack frames as V8 would.
type sourceInfo struct {
	src   string // the source as written (before wrapping)
	shift int    // columns the wrapper adds to line 1
	def   string // an ES module's hidden name of its default export (esmSource.def)
	lines []string
	// inserts are the calls added at the start of catch blocks, by line:
	// columns (as compiled) and lengths.
	inserts map[int][][2]int
	// lowered maps positions of the rewritten file (lowerSyntax) back.
	lowered *sourcemap.Consumer
}

// noteLowered records that file runs rewritten, with source map sm.
func (h *Host) noteLowered(file string, sm []byte) {
	si := h.sources[file]
	if si == nil {
		return
	}
	si.inserts = nil
	if c, err := sourcemap.Parse(file, sm); err == nil {
		si.lowered = c
	}
}

// pos turns a position as compiled into the position as written; false
// for code the compiled file has that the source has not (the helpers of
// a rewritten file).
func (si *sourceInfo) pos(line, col int) (int, int, bool) {
	if si.lowered == nil {
		return line, si.fix(line, col), true
	}
	if line == 1 {
		col -= si.shift
	}
	_, _, l, c, ok := si.lowered.Source(line, col-1)
	if !ok {
		return line, col, false
	}
	return l, c + 1, true
}

// fix turns a position as compiled into the position as written (a file
// compiled as written, with its wrapper and catch calls).
func (si *sourceInfo) fix(line, col int) int {
	c := col
	for _, in := range si.inserts[line] {
		if in[0] < col {
			c -= in[1]
		}
	}
	if line == 1 {
		c -= si.shift
	}
	return c
}

// noteSource records the source of a file compiled with the CommonJS
// wrapper (shift is the wrapper's length on line 1, 0 for a file whose
// positions come from a source map).
func (h *Host) noteSource(file, src string, shift int) {
	if h.sources == nil {
		h.sources = map[string]*sourceInfo{}
	}
	h.sources[file] = &sourceInfo{src: src, shift: shift}
}

// sourceOf returns what is known of file: a user module, the -e script or
// a library module ("node:name").
func (h *Host) sourceOf(file string) *sourceInfo {
	if si, ok := h.sources[file]; ok {
		return si
	}
	if strings.HasPrefix(file, "node:") {
		if src, ok := h.library.source(file[5:]); ok {
			h.noteSource(file, src, len(libWrapperHead))
			return h.sources[file]
		}
	}
	return nil
}

// line returns line n (1-based) of the source, without its line end.
func (si *sourceInfo) line(n int) (string, bool) {
	if si.lines == nil {
		si.lines = strings.Split(si.src, "\n")
	}
	if n < 1 || n > len(si.lines) {
		return "", false
	}
	return strings.TrimRight(si.lines[n-1], "\r"), true
}

// frame is one frame of a goja stack.
type frame struct {
	fn        string
	file      string
	line, col int
	native    bool
}

// parseFrame reads one goja frame ("f (file:1:2(3))", "file:1:2(3)",
// "f (native)").
func parseFrame(s string) (frame, bool) {
	var f frame
	loc := s
	if strings.HasSuffix(s, ")") {
		if i := strings.Index(s, " ("); i >= 0 {
			f.fn, loc = s[:i], s[i+2:len(s)-1]
		}
	}
	if loc == "native" || loc == "<native>" {
		f.native = true
		return f, true
	}
	if i := strings.LastIndexByte(loc, '('); i > 0 && strings.HasSuffix(loc, ")") {
		loc = loc[:i]
	}
	j := strings.LastIndexByte(loc, ':')
	if j < 0 {
		return f, false
	}
	col, err := strconv.Atoi(loc[j+1:])
	if err != nil {
		return f, false
	}
	i := strings.LastIndexByte(loc[:j], ':')
	if i < 0 {
		return f, false
	}
	line, err := strconv.Atoi(loc[i+1 : j])
	if err != nil {
		return f, false
	}
	f.file, f.line, f.col = loc[:i], line, col
	return f, true
}

// nativeNames are V8's names of built-in functions goja shows as
// "name (native)"; other native frames (the host's Go functions) are
// dropped.
var nativeNames = map[string]string{
	"forEach": "Array.forEach", "map": "Array.map", "filter": "Array.filter",
	"reduce": "Array.reduce", "reduceRight": "Array.reduceRight", "some": "Array.some",
	"every": "Array.every", "find": "Array.find", "findIndex": "Array.findIndex",
	"flatMap": "Array.flatMap", "sort": "Array.sort", "from": "Array.from",
	"parse": "JSON.parse", "stringify": "JSON.stringify", "Promise": "new Promise",
}

// isIdentByte reports whether c can be part of an identifier (ASCII).
func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// shownFrame is a frame as V8 shows it: "name (file:line:col)", "file:line:col"
// or, for a built-in, "name (<anonymous>)".
type shownFrame struct {
	name      string
	file      string
	line, col int
	builtin   bool
}

// String is the frame's text after "at ".
func (sf shownFrame) String() string {
	if sf.builtin {
		return sf.name + " (<anonymous>)"
	}
	loc := sf.file + ":" + strconv.Itoa(sf.line) + ":" + strconv.Itoa(sf.col)
	if sf.name == "" {
		return loc
	}
	return sf.name + " (" + loc + ")"
}

// defaultName is the hidden name of the default export of the ES module
// at file ("" for other files).
func (h *Host) defaultName(file string) string {
	if si := h.sources[file]; si != nil {
		return si.def
	}
	return ""
}

// v8Frame is one frame as V8 would show it, false for a frame V8 would
// not show. caller is true for frames below the first (their position is
// a call's).
func (h *Host) v8Frame(f frame, caller bool) (shownFrame, bool) {
	if f.native {
		if n, ok := nativeNames[f.fn]; ok {
			return shownFrame{name: n, builtin: true}, true
		}
		return shownFrame{}, false
	}
	if f.file == "<eval>" || f.file == "" || f.file == stackScript {
		return shownFrame{}, false
	}
	line, col := f.line, f.col
	if si := h.sourceOf(f.file); si != nil {
		var ok bool
		if line, col, ok = si.pos(line, col); !ok {
			return shownFrame{}, false
		}
		if caller {
			col = callStart(si, line, col)
		}
	}
	sf := shownFrame{name: f.fn, file: f.file, line: line, col: max(col, 1)}
	if f.fn == moduleFuncName {
		sf.name = "Object.<anonymous>"
		if f.file == "[eval]" || f.file == "[stdin]" {
			sf.name = ""
		}
	}
	switch {
	case f.fn == esmFuncName:
		sf.name = ""
	case f.fn != "" && f.fn == h.defaultName(f.file):
		sf.name = "default" // export default function () {}
	}
	return sf, true
}

// timerFrameName is the name V8 gives the frame of a timer's or an
// immediate's callback (fn), which Node calls as a method of the Timeout
// or Immediate.
func timerFrameName(class, fn string) string {
	method := "_onTimeout"
	if class == "Immediate" {
		method = "_onImmediate"
	}
	if fn == "" {
		return class + "." + method
	}
	return class + "." + fn + " [as " + method + "]"
}

// constructorName is the name V8 gives frame f: "new C" when its caller
// (the next frame) is at "new C(...)".
func (h *Host) constructorName(f, caller frame) string {
	if caller.native || f.native {
		return f.fn
	}
	si := h.sourceOf(caller.file)
	if si == nil {
		return f.fn
	}
	ln, col, found := si.pos(caller.line, caller.col)
	line, ok := si.line(ln)
	if !ok || !found || col < 1 || col > len(line) || !strings.HasPrefix(line[col-1:], "new ") {
		return f.fn
	}
	name := tokenAt(line, col+4)
	if name == "" || (f.fn != "" && f.fn != name) {
		return f.fn
	}
	return "new " + name
}

// callStart moves a call's position from its "(" (goja's) to the start of
// the callee's last name (V8's: "f" in "f()", "m" in "o.m()").
func callStart(si *sourceInfo, line, col int) int {
	s, ok := si.line(line)
	if !ok || col < 1 || col > len(s) || s[col-1] != '(' {
		return col
	}
	i := col - 2
	for i >= 0 && (s[i] == ' ' || s[i] == '\t') {
		i--
	}
	end := i
	for i >= 0 && isIdentByte(s[i]) {
		i--
	}
	if i == end {
		return col
	}
	return i + 2
}

// v8Stack rewrites a goja stack ("Error: x\n\tat f (file:1:2(3))\n...")
// in V8's layout, keeping at most limit frames. skip drops that many
// frames from the top first.
func (h *Host) v8Stack(stack string, skip, limit int) string {
	return h.v8StackFrom(stack, skip, limit, false)
}

// v8StackFrom is v8Stack; callers tells that the first frame is a call's
// too (a stack captured by Error.captureStackTrace below a function).
func (h *Host) v8StackFrom(stack string, skip, limit int, callers bool) string {
	i := strings.Index(stack, "\n\tat ")
	if i < 0 {
		return strings.TrimRight(stack, "\n")
	}
	var b strings.Builder
	b.WriteString(stack[:i])
	for _, sf := range h.shownFrames(stack[i+1:], skip, limit, callers) {
		b.WriteString("\n    at ")
		b.WriteString(sf.String())
	}
	return b.String()
}

// shownFrames are the frames of goja stack lines V8 would show, at most
// limit, after skipping skip.
func (h *Host) shownFrames(lines string, skip, limit int, callers bool) []shownFrame {
	first := !callers
	var frames []frame
	for _, l := range strings.Split(lines, "\n") {
		if !strings.HasPrefix(l, "\tat ") {
			continue
		}
		if f, ok := parseFrame(l[4:]); ok {
			frames = append(frames, f)
		}
	}
	var out []shownFrame
	// The outermost frame of the script's own: below it are only the
	// host's glue (the trampoline that Go calls into).
	outermost := -1
	if h.outerCall != "" {
		for k := len(frames) - 1; k >= 0; k-- {
			if !frames[k].native && frames[k].file != "" && frames[k].file != "<eval>" {
				outermost = k
				break
			}
		}
	}
	for k, f := range frames {
		if k == outermost {
			f.fn = timerFrameName(h.outerCall, f.fn)
		} else if k+1 < len(frames) {
			f.fn = h.constructorName(f, frames[k+1])
		}
		if skip > 0 {
			skip--
			first = false
			continue
		}
		if len(out) >= limit {
			break
		}
		sf, ok := h.v8Frame(f, !first)
		first = false
		if ok {
			out = append(out, sf)
		}
	}
	return out
}

// callSites are V8's structured frames of a goja stack, for
// Error.prepareStackTrace: [name, file, line, column, builtin] each.
func (h *Host) callSites(stack string, callers bool) goja.Value {
	i := strings.Index(stack, "\n\tat ")
	if i < 0 {
		return h.vm.NewArray()
	}
	frames := h.shownFrames(stack[i+1:], 0, h.stackLimit(), callers)
	vals := make([]any, len(frames))
	for k, sf := range frames {
		var name any
		if sf.name != "" {
			name = sf.name
		}
		vals[k] = h.vm.NewArray(name, sf.file, sf.line, sf.col, sf.builtin)
	}
	return h.vm.NewArray(vals...)
}

// firstFrame is the first frame of a goja stack that V8 would show.
func (h *Host) firstFrame(stack string) (frame, bool) {
	i := strings.Index(stack, "\n\tat ")
	if i < 0 {
		return frame{}, false
	}
	for _, l := range strings.Split(stack[i+1:], "\n") {
		if !strings.HasPrefix(l, "\tat ") {
			continue
		}
		if f, ok := parseFrame(l[4:]); ok && !f.native && f.file != "<eval>" && f.file != "" && f.file != stackScript {
			return f, true
		}
	}
	return frame{}, false
}

// siteFrame finds the frame a code frame points at in a stack, in goja's
// layout (positions as compiled) or V8's (positions as written).
func (h *Host) siteFrame(stack string) (frame, bool) {
	if strings.Contains(stack, "\n\tat ") {
		f, ok := h.firstFrame(stack)
		if ok {
			if si := h.sourceOf(f.file); si != nil {
				f.line, f.col, _ = si.pos(f.line, f.col)
			}
		}
		return f, ok
	}
	for _, l := range strings.Split(stack, "\n") {
		if !strings.HasPrefix(l, "    at ") {
			continue
		}
		l = strings.TrimPrefix(l, "    at ")
		if strings.HasSuffix(l, ")") {
			if i := strings.LastIndex(l, " ("); i >= 0 {
				l = l[i+2 : len(l)-1]
			}
		}
		if f, ok := parseFrame(l); ok && !f.native {
			return f, true
		}
		return frame{}, false
	}
	return frame{}, false
}

// codeFrame is the block Node prints above an uncaught exception:
// "file:line\nsource line\n   ^\n", for a position as written.
// throwSearch moves the caret back to the "throw" before it on the line
// (an error thrown where it is made). width is the caret's.
func (h *Host) codeFrame(f frame, throwSearch bool, width int) string {
	si := h.sourceOf(f.file)
	if si == nil {
		return ""
	}
	s, ok := si.line(f.line)
	if !ok {
		return ""
	}
	col := f.col
	if throwSearch && col >= 1 && col-1 <= len(s) {
		if j := strings.LastIndex(s[:col-1], "throw"); j >= 0 {
			col = j + 1
		}
	}
	if col < 1 {
		col = 1
	}
	pad := make([]byte, 0, col)
	for k := 0; k < col-1 && k < len(s); k++ {
		if s[k] == '\t' {
			pad = append(pad, '\t')
		} else {
			pad = append(pad, ' ')
		}
	}
	caret := strings.Repeat("^", max(width, 1))
	if width < 0 {
		caret, pad = "", nil
	}
	return f.file + ":" + strconv.Itoa(f.line) + "\n" + s + "\n" + string(pad) + caret + "\n"
}

// exceptionSite is the code frame of a thrown value that is not an
// error: where the throw happened.
func (h *Host) exceptionSite(ex *goja.Exception) string {
	for _, fr := range ex.Stack() {
		p := fr.Position()
		if p.Filename == "" || p.Filename == "<eval>" || p.Filename == stackScript || fr.SrcName() == "<native>" {
			continue
		}
		f := frame{file: p.Filename, line: p.Line, col: p.Column}
		if si := h.sourceOf(f.file); si != nil {
			f.line, f.col, _ = si.pos(f.line, f.col)
		}
		return h.codeFrame(f, false, 1)
	}
	return ""
}

// stackLimit is Error.stackTraceLimit (10 unless a script changed it).
func (h *Host) stackLimit() int {
	if h.errorCtor == nil {
		return 10
	}
	v := h.errorCtor.Get("stackTraceLimit")
	if v == nil {
		return 0
	}
	switch x := v.Export().(type) {
	case int64:
		return int(max(x, 0))
	case float64:
		if x != x || x <= 0 {
			return 0
		}
		if x > 1<<20 {
			return 1 << 20
		}
		return int(x)
	}
	return 0
}

// fixEngineError gives an error the engine made (its stack still in
// goja's layout) V8's message and stack. It returns the stack as it was.
func (h *Host) fixEngineError(o *goja.Object) (string, bool) {
	sv := o.Get("stack")
	if sv == nil || goja.IsUndefined(sv) {
		return "", false
	}
	raw := sv.String()
	if !strings.Contains(raw, "\n\tat ") {
		return raw, false
	}
	name := o.Get("name")
	msg := o.Get("message")
	if name != nil && msg != nil {
		f, ok := h.siteFrame(raw)
		m := msg.String()
		if nm := h.v8Message(name.String(), m, f, ok); nm != m {
			_ = o.Set("message", nm)
			if strings.HasPrefix(raw, name.String()+": "+m) {
				raw = name.String() + ": " + nm + raw[len(name.String())+2+len(m):]
			}
		}
	}
	_ = o.DefineDataProperty("stack", h.vm.ToValue(h.v8Stack(raw, 0, h.stackLimit())), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return raw, true
}

var (
	reReadProp    = regexp.MustCompile(`^Cannot read property '(.*)' of (undefined|null|undefined or null)$`)
	reNoMember    = regexp.MustCompile(`^Object has no member '(.*)'$`)
	reNotObject   = regexp.MustCompile(`^Value is not an object: `)
	reSetProp     = regexp.MustCompile(`^([\w$]+)\s*(?:=[^=]|[-+*/%&|^]=|\*\*=|<<=|>>>?=|\?\?=|&&=|\|\|=)`)
	reNotIter     = regexp.MustCompile(`^object is not iterable`)
	reClassNoNew  = regexp.MustCompile(`^Class constructor cannot be invoked without 'new'$`)
	reForOf       = regexp.MustCompile(`\bof\s+([^()\s][^()]*?)\s*\)`)
	reDestructure = regexp.MustCompile(`\[[^\]]*\]\s*=\s*([^;=]+?)\s*(?:;|$)`)
	reBigIntConv  = regexp.MustCompile(`^Cannot convert (-?[0-9.e+-]+) to a BigInt$`)
	reReadOnly    = regexp.MustCompile(`^Cannot assign to read only property '[^']*'$`)
	reDestrNull   = regexp.MustCompile(`\{\s*([\w$]+)[^{}=]*\}\s*=\s*(null|undefined)\b`)
	reSpreadArr   = regexp.MustCompile(`\[\s*\.\.\.\s*([\w$]+(?:\.[\w$]+)*)\s*\]`)
)

// onlyMatch is re's submatches in line when it matches there exactly once:
// goja places some errors at their statement, not at the operation, so
// the operation is read from the line only when there is no doubt.
func onlyMatch(re *regexp.Regexp, line string) []string {
	if all := re.FindAllStringSubmatch(line, 2); len(all) == 1 {
		return all[0]
	}
	return nil
}

// nullBase tells whether the property access at col (1-based, at the
// property's name or its "[") is on the literal null: the engine words
// null and undefined alike, V8 tells them apart.
func nullBase(line string, col int) bool {
	if col < 1 || col > len(line) {
		return false
	}
	before := strings.TrimRight(line[:col-1], " ")
	before = strings.TrimSuffix(before, "?.")
	before = strings.TrimSuffix(before, ".")
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, "null") {
		return false
	}
	rest := before[:len(before)-4]
	return rest == "" || !isIdentByte(rest[len(rest)-1]) && rest[len(rest)-1] != '.'
}

// v8Message words an engine error's message as V8 does, reading the
// source at the error's position where V8 quotes it.
func (h *Host) v8Message(name, msg string, f frame, haveFrame bool) string {
	var line string
	col := 0
	if haveFrame {
		if si := h.sourceOf(f.file); si != nil {
			line, _ = si.line(f.line)
			col = f.col
		}
	}
	switch {
	case msg == "Dynamic objects do not support Symbol properties":
		// The host's Go-backed objects (a Timeout, an Immediate) keep string keys only.
		return "Cannot define a Symbol property on a Timeout or an Immediate: nodenet keeps their properties in Go"
	case strings.HasPrefix(msg, "Could not convert ") && strings.HasSuffix(msg, " to primitive"):
		// The engine names the Go value it failed on (an object with no
		// usable valueOf or toString, a null-prototype one).
		return "Cannot convert object to primitive value"
	case msg == "Cannot make a dynamic object non-extensible":
		return "Cannot freeze, seal or prevent extensions of a Timeout or an Immediate: nodenet keeps their properties in Go"
	case reReadProp.MatchString(msg):
		m := reReadProp.FindStringSubmatch(msg)
		what := "undefined"
		if m[2] == "null" || nullBase(line, col) {
			what = "null"
		}
		return "Cannot read properties of " + what + " (reading '" + m[1] + "')"
	case reNoMember.MatchString(msg):
		member := reNoMember.FindStringSubmatch(msg)[1]
		if e := calleeText(line, col); e != "" {
			return e + " is not a function"
		}
		return member + " is not a function"
	case msg == "Value is not a constructor":
		if e := calleeText(line, col); e != "" {
			return e + " is not a constructor"
		}
	case msg == "Cannot access a variable before initialization":
		if col >= 1 && col <= len(line) {
			j := col - 1
			for j < len(line) && isIdentByte(line[j]) {
				j++
			}
			if j > col-1 {
				return "Cannot access '" + line[col-1:j] + "' before initialization"
			}
		}
	case reNotObject.MatchString(msg):
		if e := calleeText(line, col); e != "" {
			if col >= 1 && col <= len(line) && strings.HasPrefix(line[col-1:], "new ") {
				return e + " is not a constructor"
			}
			start := strings.LastIndex(line[:min(len(line), col)], e)
			if start >= 4 && strings.HasSuffix(strings.TrimRight(line[:start], " "), "new") {
				return e + " is not a constructor"
			}
			return e + " is not a function"
		}
	case msg == "Value is not object coercible":
		// const { a } = null: only a literal tells null from undefined.
		if m := onlyMatch(reDestrNull, line); m != nil {
			return "Cannot destructure property '" + m[1] + "' of '" + m[2] + "' as it is " + m[2] + "."
		}
	case msg == "Cannot convert undefined or null to object" && line != "" && col >= 1 && col <= len(line) &&
		reSetProp.FindStringSubmatch(line[col-1:]) == nil && onlyMatch(reSpreadArr, line) != nil:
		return onlyMatch(reSpreadArr, line)[1] + " is not iterable" // [...x]
	case msg == "Cannot convert undefined or null to object" && line != "" && col >= 1 && col <= len(line):
		if m := reSetProp.FindStringSubmatch(line[col-1:]); m != nil {
			what := "undefined"
			if nullBase(line, col) {
				what = "null"
			}
			return "Cannot set properties of " + what + " (setting '" + m[1] + "')"
		}
	case msg == "object is not iterable" || strings.HasPrefix(msg, "object is not iterable "):
		if m := reForOf.FindStringSubmatch(line); m != nil {
			return m[1] + " is not iterable"
		}
		if m := reDestructure.FindStringSubmatch(line); m != nil {
			return m[1] + " is not iterable"
		}
	case msg == "Malformed URI":
		return "URI malformed"
	case msg == "No initial value":
		return "Reduce of empty array with no initial value"
	case reBigIntConv.MatchString(msg):
		return "The number " + reBigIntConv.FindStringSubmatch(msg)[1] + " cannot be converted to a BigInt because it is not an integer"
	case reReadOnly.MatchString(msg):
		return msg + " of object '#<Object>'"
	case reClassNoNew.MatchString(msg):
		if e := calleeText(line, col); e != "" {
			return "Class constructor " + e + " cannot be invoked without 'new'"
		}
	}
	_ = reNotIter
	return msg
}

// calleeText is the callee of the call whose "(" is at col (1-based):
// "o.a.f" in "o.a.f()" (or that starts at col, "new" skipped).
func calleeText(line string, col int) string {
	if col < 1 || col > len(line) {
		return ""
	}
	i := col - 1
	if strings.HasPrefix(line[i:], "new ") {
		i += 4
		for i < len(line) && line[i] == ' ' {
			i++
		}
	}
	if line[i] != '(' {
		// goja may point at the callee's start: read forward to "(".
		j := i
		for j < len(line) && (isIdentByte(line[j]) || line[j] == '.') {
			j++
		}
		if j < len(line) && line[j] == '(' && j > i {
			return line[i:j]
		}
		return ""
	}
	j := i - 1
	for j >= 0 && (isIdentByte(line[j]) || line[j] == '.') {
		j--
	}
	return line[j+1 : i]
}

var reParserMsg = regexp.MustCompile(`^(.*): Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)

// v8SyntaxError converts a compile error of file (src as written) into
// the SyntaxError V8 would throw, remembering its code frame for the
// uncaught-exception printer.
func (h *Host) v8SyntaxError(file string, err error) goja.Value {
	var ce *goja.CompilerSyntaxError
	if !errors.As(err, &ce) {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return ex.Value()
		}
		return h.newError("SyntaxError", err.Error())
	}
	msg := ce.Message
	f := frame{file: file}
	if ce.File != nil {
		p := ce.File.Position(ce.Offset)
		f.line, f.col = p.Line, p.Column
	} else if m := reParserMsg.FindStringSubmatch(msg); m != nil {
		f.line, _ = strconv.Atoi(m[2])
		f.col, _ = strconv.Atoi(m[3])
		msg = m[4]
	} else if i := strings.LastIndex(msg, " at "); i >= 0 {
		if pf, ok := parseFrame(msg[i+4:]); ok {
			f.line, f.col = pf.line, pf.col
			msg = msg[:i]
		}
	}
	si := h.sourceOf(file)
	if si != nil {
		f.col = si.fix(f.line, f.col)
	}
	width := 1
	var line string
	if si != nil {
		var ok bool
		if line, ok = si.line(f.line); !ok && strings.HasPrefix(msg, "Unexpected token ") {
			// The error is in the wrapper's closing "})": the source ended.
			msg = "Unexpected end of input"
		}
	}
	tok := tokenAt(line, f.col)
	switch {
	case msg == "Unexpected token ILLEGAL":
		msg = "Invalid or unexpected token"
		if f.col >= 1 && f.col <= len(line) && (line[f.col-1] == '"' || line[f.col-1] == '\'') {
			width = len(line) - f.col + 1
		}
	case strings.HasPrefix(msg, "Unexpected token "):
		msg = "Unexpected token '" + strings.TrimPrefix(msg, "Unexpected token ") + "'"
	case msg == "Unexpected identifier" && tok != "":
		msg = "Unexpected identifier '" + tok + "'"
		width = len(tok)
	case msg == "Unexpected end of input" && si != nil:
		if si.lines == nil {
			si.line(1)
		}
		f.line = len(si.lines)
		f.col, width = 1, -1
	case (msg == "Unexpected number" || msg == "Unexpected string") && tok != "":
		width = len(tok)
	}
	o := h.newError("SyntaxError", msg)
	if si != nil {
		h.noteSite(o, h.codeFrame(f, false, width))
	}
	return o
}

// tokenAt is the identifier or number starting at col (1-based) of line.
func tokenAt(line string, col int) string {
	if col < 1 || col > len(line) {
		return ""
	}
	j := col - 1
	for j < len(line) && isIdentByte(line[j]) {
		j++
	}
	return line[col-1 : j]
}

// errorHeader is the code frame Node prints above an uncaught error:
// where a compile error is, where an engine error happened, or where an
// error was made (moved to the "throw" before it on that line unless the
// error comes from a rejected promise). The engine's own errors get V8's
// message and stack on the way.
func (h *Host) errorHeader(o *goja.Object, fromPromise bool) string {
	if s, ok := h.syntaxSites[o]; ok {
		return s
	}
	if h.goEmitted[o] {
		return h.eventsSite()
	}
	if raw, engine := h.fixEngineError(o); engine {
		if f, ok := h.siteFrame(raw); ok {
			return h.codeFrame(f, false, 1)
		}
		return ""
	}
	sv := o.Get("stack")
	if sv == nil || goja.IsUndefined(sv) {
		return ""
	}
	if f, ok := h.siteFrame(sv.String()); ok {
		// In an ES module V8 points at where the error was made.
		return h.codeFrame(f, !fromPromise && !strings.HasPrefix(f.file, "file:"), 1)
	}
	return ""
}

// errStack is the errstack binding of one host.
type errStack struct{ h *Host }

// ErrStack builds the errstack binding of h, which serves the
// uncaught-exception printer: header(err, fromPromise) is the code frame
// above an error (and fixes an engine error's message and stack),
// format(stack) writes a goja stack in V8's layout, flags are the
// command's warning and rejection options.
func ErrStack(h *Host) *goja.Object {
	b := &errStack{h}
	o := h.vm.NewObject()
	_ = o.Set("header", b.header)
	flags := h.vm.NewObject()
	_ = flags.Set("noWarnings", h.opts.NoWarnings)
	_ = flags.Set("traceWarnings", h.opts.TraceWarnings)
	mode := h.opts.UnhandledRejections
	if mode == "" {
		mode = "throw"
	}
	_ = flags.Set("unhandledRejections", mode)
	ea := make([]any, len(h.opts.ExecArgv))
	for i, a := range h.opts.ExecArgv {
		ea[i] = a
	}
	_ = flags.Set("execArgv", h.vm.NewArray(ea...))
	_ = o.Set("flags", flags)
	_ = o.Set("eventsSite", b.eventsSite)
	_ = o.Set("format", b.format)
	return o
}

func (b *errStack) header(c goja.FunctionCall) goja.Value {
	h := b.h
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return h.vm.ToValue("")
	}
	return h.vm.ToValue(h.errorHeader(obj, c.Argument(1).ToBoolean()))
}

func (b *errStack) eventsSite(goja.FunctionCall) goja.Value {
	return b.h.vm.ToValue(b.h.eventsSite())
}

func (b *errStack) format(c goja.FunctionCall) goja.Value {
	h := b.h
	return h.vm.ToValue(h.v8Stack(c.Argument(0).String(), 0, h.stackLimit()))
}

// errorSetupJS replaces the global error constructors with ones whose
// instances carry V8's stack layout (and adds Error.captureStackTrace and
// Error.stackTraceLimit). It runs before any library module, which then
// extend these constructors.
const errorSetupJS = `(function (formatStack, jsonMessage, callSites, setStack) {
  'use strict';
  const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
    'EvalError', 'URIError'];
  let ErrorCtor;
  let OriginalError;
  // CallSite is what Error.prepareStackTrace gets for each frame.
  class CallSite {
    constructor(site) { this.site = site; }
    getThis() { return undefined; }
    getTypeName() { return null; }
    getFunction() { return undefined; }
    getFunctionName() {
      const name = this.site[0];
      if (name === null || name === 'Object.<anonymous>') return null;
      return name.replace(/^new /, '').replace(/ \[as [^\]]*\]$/, '').replace(/^(Timeout|Immediate)\./, '');
    }
    getMethodName() { return null; }
    getFileName() { return this.site[4] ? undefined : this.site[1]; }
    getLineNumber() { return this.site[4] ? null : this.site[2]; }
    getColumnNumber() { return this.site[4] ? null : this.site[3]; }
    getEvalOrigin() { return undefined; }
    getScriptNameOrSourceURL() { return this.getFileName(); }
    isToplevel() { return this.site[0] === null || this.site[0] === 'Object.<anonymous>'; }
    isEval() { return false; }
    isNative() { return false; }
    isConstructor() { return this.site[0] !== null && this.site[0].startsWith('new '); }
    isAsync() { return false; }
    isPromiseAll() { return false; }
    getPromiseIndex() { return null; }
    toString() {
      const [name, file, line, column, builtin] = this.site;
      if (builtin) return name + ' (<anonymous>)';
      const loc = file + ':' + line + ':' + column;
      return name === null ? loc : name + ' (' + loc + ')';
    }
  }
  function stackOf(obj, raw, callers) {
    const limit = ErrorCtor.stackTraceLimit;
    if (typeof limit !== 'number') return;
    const prepare = ErrorCtor.prepareStackTrace;
    let value;
    if (typeof prepare === 'function') {
      const sites = callSites(raw, callers);
      for (let i = 0; i < sites.length; i++) sites[i] = new CallSite(sites[i]);
      value = prepare(obj, sites);
    } else {
      value = formatStack(raw, callers);
    }
    Reflect.defineProperty(obj, 'stack', {
      __proto__: null, value, writable: true, configurable: true,
    });
  }
  for (const name of names) {
    const Original = globalThis[name];
    const ctor = {
      [name]: function (message, options) {
        // A direct call makes an instance of the original, whose prototype
        // is this constructor's; a subclass needs its own prototype.
        const e = new.target === undefined || new.target === ctor ?
          new Original(message, options) :
          Reflect.construct(Original, [message, options], new.target);
        if (setStack(e)) stackOf(e, e.stack, false);
        return e;
      },
    }[name];
    Reflect.defineProperty(ctor, 'length', { __proto__: null, value: 1, configurable: true });
    Reflect.defineProperty(ctor, 'prototype', {
      __proto__: null, value: Original.prototype, writable: false, enumerable: false, configurable: false,
    });
    Reflect.defineProperty(Original.prototype, 'constructor', {
      __proto__: null, value: ctor, writable: true, enumerable: false, configurable: true,
    });
    if (name === 'Error') {
      ErrorCtor = ctor;
      OriginalError = Original;
    } else {
      Reflect.setPrototypeOf(ctor, ErrorCtor);
    }
    Reflect.defineProperty(globalThis, name, {
      __proto__: null, value: ctor, writable: true, enumerable: false, configurable: true,
    });
  }
  ErrorCtor.stackTraceLimit = 10;
  // JSON.stringify of a circular structure says where the circle is.
  const jsonStringify = JSON.stringify;
  const TypeErrorCtor = globalThis.TypeError;
  const ctorName = (o) => {
    const c = o.constructor;
    return typeof c === 'function' && c.name ? c.name : 'Object';
  };
  const circleMessage = (root) => {
    const path = [];
    const onPath = new Set();
    const visit = (obj) => {
      if (onPath.has(obj)) return obj;
      onPath.add(obj);
      const keys = Array.isArray(obj) ? obj.map((_, i) => i) : Object.keys(obj);
      for (const k of keys) {
        const v = obj[k];
        if (v !== null && typeof v === 'object') {
          path.push([obj, k]);
          const hit = visit(v);
          if (hit !== null) return hit;
          path.pop();
        }
      }
      onPath.delete(obj);
      return null;
    };
    if (root === null || typeof root !== 'object') return null;
    const start = visit(root);
    if (start === null) return null;
    const from = path.findIndex((p) => p[0] === start);
    const desc = (k) => (typeof k === 'number' ? 'index ' + k : "property '" + k + "'");
    let msg = 'Converting circular structure to JSON\n    --> starting at object with constructor \'' +
      ctorName(start) + "'";
    for (let i = from; i < path.length - 1; i++) {
      msg += '\n    |     ' + desc(path[i][1]) + ' -> object with constructor \'' + ctorName(path[i + 1][0]) + "'";
    }
    return msg + '\n    --- ' + desc(path[path.length - 1][1]) + ' closes the circle';
  };
  Reflect.defineProperty(JSON, 'stringify', {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: {
      stringify(value, replacer, space) {
        try {
          return jsonStringify(value, replacer, space);
        } catch (err) {
          if (err instanceof TypeErrorCtor && err.message === 'Converting circular structure to JSON') {
            let msg = null;
            try {
              msg = circleMessage(value);
            } catch {
              // The plain message.
            }
            if (msg !== null) throw new TypeErrorCtor(msg);
          }
          throw err;
        }
      },
    }.stringify,
  });
  // JSON.parse throws V8's messages.
  const jsonParse = JSON.parse;
  const SyntaxErrorCtor = globalThis.SyntaxError;
  Reflect.defineProperty(JSON, 'parse', {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: {
      parse(text, reviver) {
        try {
          return jsonParse(text, reviver);
        } catch (err) {
          if (!(err instanceof SyntaxErrorCtor)) throw err;
          const msg = jsonMessage(String(text));
          if (msg === '') throw err;
          throw new SyntaxErrorCtor(msg);
        }
      },
    }.parse,
  });
  const isNodeError = (obj) => {
    for (let o = obj; o !== null && typeof o === 'object'; o = Reflect.getPrototypeOf(o)) {
      for (const key of Object.getOwnPropertySymbols(o)) {
        if (key.description === 'kIsNodeError') return true;
      }
    }
    return false;
  };
  Reflect.defineProperty(ErrorCtor, 'captureStackTrace', {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: function captureStackTrace(obj, fn) {
      if (obj === null || typeof obj !== 'object') {
        throw new TypeError('Invalid argument');
      }
      const raw = Reflect.construct(OriginalError, []).stack;
      const start = raw.indexOf('\n\tat ');
      let frames = start < 0 ? '' : raw.slice(start);
      if (typeof fn === 'function' && fn.name) {
        const at = frames.indexOf('\n\tat ' + fn.name + ' (');
        if (at >= 0) {
          const next = frames.indexOf('\n\tat ', at + 1);
          frames = next < 0 ? '' : frames.slice(next);
        }
      }
      let header;
      try {
        header = isNodeError(obj) ? obj.name + ' [' + obj.code + ']: ' + obj.message :
          ErrorCtor.prototype.toString.call(obj);
      } catch {
        header = 'Error';
      }
      stackOf(obj, header + frames, true);
    },
  });
})`

// eventsSite is the code frame of the throw of an unhandled 'error' event
// in the events module.
func (h *Host) eventsSite() string {
	si := h.sourceOf("node:events")
	if si == nil {
		return ""
	}
	const stmt = "throw er; // Unhandled 'error' event"
	for n := 1; ; n++ {
		l, ok := si.line(n)
		if !ok {
			return ""
		}
		if i := strings.Index(l, stmt); i >= 0 {
			return h.codeFrame(frame{file: "node:events", line: n, col: i + 1}, false, 1)
		}
	}
}

// markGoEmitted gives an error that a Go emitter (socket, server) emitted
// without an 'error' listener the stack Node shows for it: the error,
// then where the 'error' event was emitted (the streams' emitErrorNT).
func (h *Host) markGoEmitted(o *goja.Object, err error) {
	var ne *nodeerr.Error
	if !errors.As(err, &ne) {
		return // a Go failure, not an emitted error
	}
	class := "Socket"
	if ne.Syscall == "listen" || ne.Syscall == "bind" {
		class = "Server"
	}
	sv := o.Get("stack")
	if sv == nil || goja.IsUndefined(sv) || strings.Contains(sv.String(), "\nEmitted 'error' event") {
		return
	}
	stack := sv.String() + "\nEmitted 'error' event on " + class + " instance at:\n    at emitErrorNT (node:internal/streams/destroy)"
	_ = o.DefineDataProperty("stack", h.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if h.goEmitted == nil {
		h.goEmitted = map[*goja.Object]bool{}
	}
	h.goEmitted[o] = true
}

// The catch hook is the function a catch block of a user module starts
// with: an error the engine made gets V8's message and stack before the
// block sees it. It is not a global (Node has no such name): a module with
// catch blocks is compiled inside an outer function that takes the hook as
// its parameter (see compileWrapped and runCompiled), under a hidden name
// (hiddenName), so that no code of the module can name it.

// hookHead and hookTail enclose a module that calls the catch hook: the
// program's value is then a function of the hook that returns the
// module's wrapper function.
const (
	hookHead = "(function (%s) { return "
	hookTail = "; })"
)

// compileModule compiles a CommonJS module's source in its wrapper. When
// the source has catch clauses binding a name, each block starts with a
// call of catchHook on it (columns after it on that line are mapped back
// in stack frames).
func (h *Host) compileModule(file, src, imp string) (*goja.Program, error) {
	return h.compileWrapped(file, cjsWrapperHead, src, cjsWrapperTail, imp)
}

// compileWrapped compiles src between head and tail, with compileModule's
// catch hooks.
//
// imp, when not empty, is the hidden name src calls for import() (CommonJS
// import(), see cjsImports): the outer function then takes that function
// too, as its second parameter.
func (h *Host) compileWrapped(file, head, src, tail, imp string) (*goja.Program, error) {
	imports := imp != ""
	wrapped := head + src + tail
	type site struct {
		at   int // offset in wrapped just after the block's "{"
		name string
	}
	var sites []site
	if strings.Contains(src, "catch") {
		prg, err := goja.Parse(file, wrapped)
		if err != nil {
			return nil, err
		}
		walkAST(reflect.ValueOf(prg), func(c *ast.CatchStatement) {
			id, ok := c.Parameter.(*ast.Identifier)
			if !ok || c.Body == nil {
				return
			}
			at := int(c.Body.LeftBrace) // 1-based index of "{": the offset after it
			if at < 1 || at > len(wrapped) || wrapped[at-1] != '{' {
				return
			}
			sites = append(sites, site{at, id.Name.String()})
		})
		if len(sites) == 0 && !imports {
			return goja.CompileAST(prg, false)
		}
	} else if !imports {
		return goja.Compile(file, wrapped, false)
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i].at < sites[j].at })
	hook := hiddenName(wrapped, 12)
	params := hook
	if imports {
		params += ", " + imp
	}
	prefix := fmt.Sprintf(hookHead, params)
	var b strings.Builder
	b.WriteString(prefix)
	inserts := map[int][][2]int{}
	prev := 0
	line, lineStart := 1, 0 // in the new text
	advance := func(text string) {
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				line++
				lineStart = b.Len() + i + 1
			}
		}
		b.WriteString(text)
	}
	for _, st := range sites {
		advance(wrapped[prev:st.at])
		call := hook + "(" + st.name + ");"
		inserts[line] = append(inserts[line], [2]int{b.Len() - lineStart + 1, len(call)})
		b.WriteString(call)
		prev = st.at
	}
	advance(wrapped[prev:])
	b.WriteString(hookTail)
	compiled, err := goja.Compile(file, b.String(), false)
	if err != nil {
		return nil, err
	}
	if si := h.sources[file]; si != nil {
		si.inserts = inserts
		si.shift += len(prefix)
	}
	if h.hooked == nil {
		h.hooked = map[*goja.Program]bool{}
	}
	h.hooked[compiled] = imports
	return compiled, nil
}

// compileOuter compiles code (a wrapped module, lowered) inside the outer
// function of compileWrapped without catch hooks, for code that calls
// import() under the hidden name imp.
func (h *Host) compileOuter(file, code, imp string) (*goja.Program, error) {
	prefix := fmt.Sprintf(hookHead, hiddenName(code, 12)+", "+imp)
	compiled, err := goja.Compile(file, prefix+code+hookTail, false)
	if err != nil {
		return nil, err
	}
	if si := h.sources[file]; si != nil {
		si.shift += len(prefix)
	}
	if h.hooked == nil {
		h.hooked = map[*goja.Program]bool{}
	}
	h.hooked[compiled] = true
	return compiled, nil
}

// runCompiled runs a program of compileWrapped and returns its value, the
// module's wrapper function: for a program compiled with catch hooks it
// first hands the outer function the hook.
func (h *Host) runCompiled(prg *goja.Program) (goja.Value, error) {
	v, err := h.vm.RunProgram(prg)
	imports, hooked := h.hooked[prg]
	if err != nil || !hooked {
		return v, err
	}
	outer, ok := goja.AssertFunction(v)
	if !ok {
		return v, nil
	}
	imp := goja.Undefined()
	if imports {
		imp = h.esm().cjsImport()
	}
	return outer(goja.Undefined(), h.catchHookFn, imp)
}

// walkAST calls fn for every catch clause under v.
func walkAST(v reflect.Value, fn func(*ast.CatchStatement)) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if c, ok := v.Interface().(*ast.CatchStatement); ok {
			fn(c)
		}
		walkAST(v.Elem(), fn)
	case reflect.Interface:
		if !v.IsNil() {
			walkAST(v.Elem(), fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanInterface() {
				walkAST(f, fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkAST(v.Index(i), fn)
		}
	}
}

// jsonSyntaxMessage is V8's message for the first syntax error of JSON
// text src (positions count UTF-16 units as V8's do; the text is assumed
// mostly ASCII), or "" when src is valid JSON.
func jsonSyntaxMessage(src string) string {
	p := &jsonChecker{s: src}
	p.ws()
	if p.i >= len(p.s) {
		return "Unexpected end of JSON input"
	}
	if msg := p.value(); msg != "" {
		return msg
	}
	p.ws()
	if p.i < len(p.s) {
		return strings.Replace(p.at("Unexpected non-whitespace character after JSON", p.i), " in JSON", "", 1)
	}
	return ""
}

type jsonChecker struct {
	s string
	i int
}

func (p *jsonChecker) ws() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

// at is a message with V8's "in JSON at position N (line L column C)".
func (p *jsonChecker) at(msg string, pos int) string {
	line, col := 1, 1
	for k := 0; k < pos && k < len(p.s); k++ {
		if p.s[k] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return fmt.Sprintf("%s in JSON at position %d (line %d column %d)", msg, pos, line, col)
}

// unexpected is V8's message for a character that cannot start what
// comes next, quoting the text (or ten characters around the position).
func (p *jsonChecker) unexpected(pos int) string {
	if pos >= len(p.s) {
		return "Unexpected end of JSON input"
	}
	switch p.s {
	case "undefined", "NaN", "Infinity":
		return `"` + p.s + `" is not valid JSON`
	}
	ctx := `"` + p.s + `"`
	if len(p.s) > 20 {
		start, end := max(pos-10, 0), min(pos+10, len(p.s))
		ctx = `"` + p.s[start:end] + `"`
		if start > 0 {
			ctx = "..." + ctx
		}
		if end < len(p.s) {
			ctx += "..."
		}
	}
	_, size := utf8.DecodeRuneInString(p.s[pos:])
	return "Unexpected token '" + p.s[pos:pos+size] + "', " + ctx + " is not valid JSON"
}

func (p *jsonChecker) value() string {
	p.ws()
	if p.i >= len(p.s) {
		return "Unexpected end of JSON input"
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(p.s[p.i:], lit) {
				p.i += len(lit)
				return ""
			}
			if strings.HasPrefix(lit, p.s[p.i:]) {
				return "Unexpected end of JSON input"
			}
		}
		return p.unexpected(p.i)
	}
}

func (p *jsonChecker) object() string {
	p.i++ // {
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return ""
	}
	first := true
	for {
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			if !first && p.i < len(p.s) && p.s[p.i] == '}' {
				return p.at("Expected double-quoted property name", p.i)
			}
			return p.at("Expected property name or '}'", p.i)
		}
		first = false
		if msg := p.str(); msg != "" {
			return msg
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.at("Expected ':' after property name", p.i)
		}
		p.i++
		if msg := p.value(); msg != "" {
			return msg
		}
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return ""
		}
		return p.at("Expected ',' or '}' after property value", p.i)
	}
}

func (p *jsonChecker) array() string {
	p.i++ // [
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return ""
	}
	for {
		if msg := p.value(); msg != "" {
			return msg
		}
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return ""
		}
		return p.at("Expected ',' or ']' after array element", p.i)
	}
}

func (p *jsonChecker) str() string {
	p.i++ // "
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return ""
		case c < 0x20:
			return p.at("Bad control character in string literal", p.i)
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return p.at("Unterminated string", len(p.s))
			}
			switch p.s[p.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i += 2
			case 'u':
				for k := 2; k < 6; k++ {
					if p.i+k >= len(p.s) || !isHex(p.s[p.i+k]) {
						return p.at("Bad Unicode escape", p.i+k)
					}
				}
				p.i += 6
			default:
				return p.at("Bad escaped character", p.i+1)
			}
		default:
			p.i++
		}
	}
	return p.at("Unterminated string", len(p.s))
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (p *jsonChecker) digits() int {
	n := 0
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

func (p *jsonChecker) number() string {
	if p.s[p.i] == '-' {
		p.i++
		if p.i >= len(p.s) || p.s[p.i] < '0' || p.s[p.i] > '9' {
			return p.at("No number after minus sign", p.i)
		}
	}
	if p.s[p.i] == '0' {
		p.i++
		if p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			return p.at("Unexpected number", p.i)
		}
	} else {
		p.digits()
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if p.digits() == 0 {
			return p.at("Unterminated fractional number", p.i)
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if p.digits() == 0 {
			return p.at("Exponent part is missing a number", p.i)
		}
	}
	return ""
}

// stackOverflow is the RangeError V8 throws for runaway recursion, with
// the frames of goja's uncatchable error.
func (h *Host) stackOverflow(so *goja.StackOverflowError) goja.Value {
	o := h.newError("RangeError", "Maximum call stack size exceeded")
	var b strings.Builder
	b.WriteString("RangeError: Maximum call stack size exceeded")
	for i, fr := range so.Stack() {
		if i > 200 {
			break
		}
		p := fr.Position()
		if fr.SrcName() == "<native>" || p.Filename == "" {
			continue
		}
		b.WriteString("\n\tat ")
		if n := fr.FuncName(); n != "" && n != "<anonymous>" {
			b.WriteString(n + " (")
		}
		b.WriteString(p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + "(0)")
		if n := fr.FuncName(); n != "" && n != "<anonymous>" {
			b.WriteString(")")
		}
	}
	raw := b.String()
	_ = o.DefineDataProperty("stack", h.vm.ToValue(h.v8StackFrom(raw, 0, h.stackLimit(), true)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if f, ok := h.siteFrame(raw); ok {
		if si := h.sourceOf(f.file); si != nil {
			f.col = callStart(si, f.line, f.col)
		}
		h.noteSite(o, h.codeFrame(f, false, 1))
	}
	return o
}

// errMessage is the message of an error returned by a call into
// JavaScript: the thrown error's message, or the Go error's text.
func (h *Host) errMessage(err error) string {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		if o, ok := ex.Value().(*goja.Object); ok {
			if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
				return m.String()
			}
		}
		return ex.Value().String()
	}
	return err.Error()
}

// noteSite remembers the code frame of error o for the uncaught-exception
// printer (a bounded set: errors a script caught are forgotten).
func (h *Host) noteSite(o *goja.Object, site string) {
	if h.syntaxSites == nil || len(h.syntaxSites) >= 64 {
		h.syntaxSites = map[*goja.Object]string{}
	}
	h.syntaxSites[o] = site
}

// setStack gives a new error V8's stack layout; true when
// Error.prepareStackTrace is set and the setup script must call it.
func (h *Host) setStack(o *goja.Object) bool {
	lv := h.errorCtor.Get("stackTraceLimit")
	var limit int
	switch x := lv.Export().(type) {
	case int64:
		limit = int(max(x, 0))
	case float64:
		if x != x {
			return false
		}
		limit = int(min(max(x, 0), 1<<20))
	default:
		return false
	}
	if _, ok := goja.AssertFunction(h.errorCtor.Get("prepareStackTrace")); ok {
		return true
	}
	sv := o.Get("stack")
	if sv == nil {
		return false
	}
	_ = o.DefineDataProperty("stack", h.vm.ToValue(h.v8StackFrom(sv.String(), 0, limit, false)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return false
}

// adoptCodeClass gives obj, an error built by the host, the JavaScript
// class of code from internal/errors (its prototype's toString prints
// "Name [CODE]: message"). It reports false when internal/errors has no
// class for code with obj's base class.
func (h *Host) adoptCodeClass(obj *goja.Object, code string) bool {
	errs, ok := h.RequireLib("internal/errors").(*goja.Object)
	if !ok {
		return false
	}
	adopt, ok := goja.AssertFunction(errs.Get("adoptNodeError"))
	if !ok {
		return false
	}
	r, err := adopt(goja.Undefined(), obj, h.vm.ToValue(code))
	return err == nil && r.ToBoolean()
}
