// Package assert is the module group of node:assert: lib/assert.js,
// assert/strict, lib/internal/assert.js and AssertionError, and the assert
// binding (line diffs for assert's messages and util.diff, and the source
// text of a failed assert.ok call).
package assert

import (
	"embed"
	"os"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/internal/jscall"
	"github.com/nodenet/nodenet/internal/linediff"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "assert" binding: the Go half of node:assert (line diffs for its
// messages and util.diff, and the source text of a failed assert.ok call).

// assertWrapHead is the text runWrapped puts before a module's first line;
// stack positions on that line count it.
const assertWrapHead = "(function (exports, require, module, __filename, __dirname) {"

// assertBinding is the assert binding of one host.
type assertBinding struct{ h *host.Host }

// Binding builds the assert binding of h.
func Binding(h *host.Host) *goja.Object {
	b := &assertBinding{h}
	o := h.Runtime().NewObject()
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
	return b.h.Runtime().NewArray(out...)
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
	for _, f := range b.h.Runtime().CaptureCallStack(0, nil) {
		name := f.SrcName()
		if name == "" || strings.HasPrefix(name, "node:") {
			continue
		}
		pos := f.Position()
		if pos.Line == 0 {
			continue
		}
		if src, line, col, ok := b.h.SourceAt(name, pos.Line, pos.Column); ok {
			// The author's text and position (an ES module, a rewritten file).
			text, ok := jscall.Call(src, jscall.Offset(src, line, col-1))
			if !ok {
				return goja.Undefined()
			}
			return b.h.Runtime().ToValue(text)
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
		return b.h.Runtime().ToValue(text)
	}
	return goja.Undefined()
}

// source returns the text of a user script as the host compiled it.
func (b *assertBinding) source(file string) (string, bool) {
	if name, src := b.h.EvalSource(); name != "" && file == name {
		return src, true
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
