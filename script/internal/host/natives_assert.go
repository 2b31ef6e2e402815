package host

import (
	"os"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/internal/jscall"
	"github.com/nodenet/nodenet/internal/linediff"
)

// The "assert" binding: the Go half of node:assert (line diffs for its
// messages and util.diff, and the source text of a failed assert.ok call).

// assertWrapHead is the text runWrapped puts before a module's first line;
// stack positions on that line count it.
const assertWrapHead = "(function (exports, require, module, __filename, __dirname) {"

type assertBinding struct{ h *Host }

func newAssertBinding(h *Host) *goja.Object {
	b := &assertBinding{h}
	o := h.vm.NewObject()
	_ = o.Set("diff", b.diff)
	_ = o.Set("callText", b.callText)
	return o
}

// diff(actual, expected, loose) compares two arrays of strings and returns
// the edit script flattened as [kind, i, j, ...] (kind 0: common, 1: only in
// actual, -1: only in expected; i and j index actual and expected, -1 where
// not applicable). With loose, lines equal but for a trailing comma match.
func (b *assertBinding) diff(c goja.FunctionCall) goja.Value {
	a := b.strings(c.Argument(0))
	e := b.strings(c.Argument(1))
	loose := c.Argument(2).ToBoolean()
	eq := func(i, j int) bool { return a[i] == e[j] }
	if loose {
		eq = func(i, j int) bool {
			return strings.TrimSuffix(a[i], ",") == strings.TrimSuffix(e[j], ",")
		}
	}
	ops := linediff.Diff(len(a), len(e), eq)
	out := make([]any, 0, 3*len(ops))
	for _, op := range ops {
		out = append(out, op.Kind, op.A, op.B)
	}
	return b.h.vm.NewArray(out...)
}

func (b *assertBinding) strings(v goja.Value) []string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(obj.Get("length").ToInteger())
	out := make([]string, n)
	for i := range out {
		out[i] = obj.Get(strconv.Itoa(i)).String()
	}
	return out
}

// callText() returns the source text of the call made from the innermost
// user (non-built-in) frame on the stack: the call into node:assert that is
// failing. It returns undefined when the source is not at hand.
func (b *assertBinding) callText(goja.FunctionCall) goja.Value {
	for _, f := range b.h.vm.CaptureCallStack(0, nil) {
		name := f.SrcName()
		if name == "" || strings.HasPrefix(name, "node:") {
			continue
		}
		pos := f.Position()
		if pos.Line == 0 {
			continue
		}
		src, ok := b.source(name)
		if !ok {
			return goja.Undefined()
		}
		col := pos.Column - 1
		if pos.Line == 1 {
			col -= len(assertWrapHead)
		}
		off := jscall.Offset(src, pos.Line, col)
		text, ok := jscall.Call(src, off)
		if !ok {
			return goja.Undefined()
		}
		return b.h.vm.ToValue(text)
	}
	return goja.Undefined()
}

// source returns the text of a user script as the host compiled it.
func (b *assertBinding) source(file string) (string, bool) {
	h := b.h
	if h.evalName != "" && file == h.evalName {
		return h.evalSrc, true
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	src := string(data)
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	return src, true
}
