package readline

import (
	"bytes"
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
	"github.com/nodenet/nodenet/script/modules/buffer"
)

// The "readline" binding: the per-byte work of an Interface. A splitter
// cuts what its input reads into lines: \n, \r\n or \r end a line, and a
// \r\n split across two reads counts once when the \n comes within
// crlfDelay. Line ends are ASCII bytes, which never occur inside a UTF-8
// sequence, so the bytes are cut first and each line decoded whole (a
// character split across reads is never cut).

// splitter is one Interface's line state.
type splitter struct {
	pending   []byte        // the start of a line not ended yet
	sawCR     time.Time     // when a read ended with \r (zero: it did not)
	crlfDelay time.Duration // how late a \n may still complete that \r\n
}

// natives are the functions of the readline binding.
type natives struct{ h *host.Host }

// Binding builds the readline binding of h: splitter(crlfDelayMs),
// push(splitter, chunk) and end(splitter).
func Binding(h *host.Host) *goja.Object {
	n := &natives{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("splitter", n.splitter)
	_ = o.Set("push", n.push)
	_ = o.Set("end", n.end)
	return o
}

func (n *natives) arg(v goja.Value) *splitter {
	s, ok := v.Export().(*splitter)
	if !ok {
		panic(n.h.Runtime().NewTypeError("not a line splitter"))
	}
	return s
}

// splitter(crlfDelayMs) makes a splitter (Infinity: no limit).
func (n *natives) splitter(c goja.FunctionCall) goja.Value {
	ms := c.Argument(0).ToFloat()
	d := time.Duration(math.MaxInt64)
	if ms < float64(math.MaxInt64/int64(time.Millisecond)) {
		d = time.Duration(ms * float64(time.Millisecond))
	}
	return n.h.Runtime().ToValue(&splitter{crlfDelay: d})
}

// push(splitter, chunk) cuts a Buffer or a string: it returns the lines it
// ended, as an array, or undefined when it ended none.
func (n *natives) push(c goja.FunctionCall) goja.Value {
	s := n.arg(c.Argument(0))
	var b []byte
	if v := c.Argument(1); isString(v) {
		b = buffer.UTF8Of(v)
	} else {
		b = buffer.Bytes(n.h, v)
	}
	if !s.sawCR.IsZero() {
		if len(b) > 0 && b[0] == '\n' && time.Since(s.sawCR) <= s.crlfDelay {
			b = b[1:]
		}
		s.sawCR = time.Time{}
	}
	var lines []any
	for len(b) > 0 {
		i := bytes.IndexAny(b, "\r\n")
		if i < 0 {
			break
		}
		var line []byte
		if len(s.pending) > 0 {
			line = append(s.pending, b[:i]...)
			s.pending = s.pending[:0]
		} else {
			line = b[:i]
		}
		lines = append(lines, buffer.String(n.h, line, buffer.EncUTF8))
		switch {
		case b[i] == '\n':
			b = b[i+1:]
		case i+1 == len(b):
			s.sawCR = time.Now()
			b = nil
		case b[i+1] == '\n':
			b = b[i+2:]
		default:
			b = b[i+1:]
		}
	}
	if len(b) > 0 {
		s.pending = append(s.pending, b...)
	}
	if lines == nil {
		return goja.Undefined()
	}
	return n.h.Runtime().NewArray(lines...)
}

// end(splitter) returns the last line, not ended by a line end, or
// undefined when there is none. A character the input left incomplete is
// dropped, as Node's Interface drops what its decoder still holds.
func (n *natives) end(c goja.FunctionCall) goja.Value {
	s := n.arg(c.Argument(0))
	s.pending = s.pending[:len(s.pending)-incompleteTail(s.pending)]
	if len(s.pending) == 0 {
		return goja.Undefined()
	}
	v := buffer.String(n.h, s.pending, buffer.EncUTF8)
	s.pending = nil
	return v
}

func isString(v goja.Value) bool {
	_, ok := v.(goja.String)
	return ok
}

// incompleteTail is the length of the UTF-8 sequence b ends with when more
// bytes would complete it (0 when b ends with a whole character or with
// bytes no continuation could make valid).
func incompleteTail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		switch {
		case c < 0x80:
			return 0
		case c < 0xC0:
			continue // a continuation byte: look further back
		case c < 0xE0:
			return tailIf(i < 2, i)
		case c < 0xF0:
			return tailIf(i < 3, i)
		case c < 0xF8:
			return tailIf(i < 4, i)
		default:
			return 0
		}
	}
	return 0
}

func tailIf(incomplete bool, n int) int {
	if incomplete {
		return n
	}
	return 0
}
