package events

import (
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/nodenet/nodenet/nodeerr"
)

// UnhandledError is the panic value of an "error" emit with no "error"
// listener, the Go form of Node's throw: Err is the first argument when it
// is a (non-nil) error, otherwise Node's ERR_UNHANDLED_ERROR, "Unhandled
// error. (<the first argument as util.inspect prints it>)". It reads as Err
// and unwraps to it, so errors.Is(recovered, emitted) holds. On a loop, the
// panic handler gets Err itself, and a run that it ends returns a
// *eventloop.PanicError that says "unhandled 'error' event" with the error.
type UnhandledError struct {
	Err error
}

// Error returns Err's message.
func (e *UnhandledError) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *UnhandledError) Unwrap() error { return e.Err }

// UncaughtReason names this kind of uncaught exception for
// eventloop.PanicError, in Node's words.
func (e *UnhandledError) UncaughtReason() string { return "unhandled 'error' event" }

// unhandled returns the error an "error" emit with no listener throws.
func unhandled(args []any) error {
	if len(args) > 0 {
		if err, ok := args[0].(error); ok && !isNil(args[0]) {
			return err
		}
	}
	shown := "undefined"
	if len(args) > 0 {
		shown = inspect(args[0])
	}
	return nodeerr.New(nodeerr.NameError, "ERR_UNHANDLED_ERROR", "Unhandled error. ("+shown+")")
}

// isNil reports whether v is nil or a nil pointer, map, slice, func, chan.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// inspect formats v roughly as Node's util.inspect would format the value the
// JavaScript host converts it to: strings quoted, numbers as JavaScript prints
// them, []byte as a Buffer, nil as null; other values with fmt's %v.
func inspect(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return nodeerr.QuoteJS(x)
	case bool:
		return strconv.FormatBool(x)
	case []byte:
		return inspectBuffer(x)
	case float64:
		return formatNumber(x)
	case float32:
		return formatNumber(float64(x))
	}
	if isNil(v) {
		return "null"
	}
	switch x := v.(type) {
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return formatNumber(rv.Float())
	case reflect.String:
		return nodeerr.QuoteJS(rv.String())
	}
	return fmt.Sprintf("%v", v)
}

// inspectBuffer is util.inspect of a Buffer: at most 50 bytes in hex.
func inspectBuffer(b []byte) string {
	const maxBytes = 50 // buffer.INSPECT_MAX_BYTES
	var sb strings.Builder
	sb.WriteString("<Buffer")
	for i, c := range b {
		if i == maxBytes {
			break
		}
		sb.WriteByte(' ')
		sb.WriteString(hex.EncodeToString([]byte{c}))
	}
	if len(b) == 0 {
		sb.WriteByte(' ')
	}
	if n := len(b) - maxBytes; n > 0 {
		fmt.Fprintf(&sb, " ... %d more byte", n)
		if n > 1 {
			sb.WriteByte('s')
		}
	}
	sb.WriteByte('>')
	return sb.String()
}

// formatNumber prints f as JavaScript's Number.prototype.toString does (with
// -0 as util.inspect shows it).
func formatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0 && math.Signbit(f):
		return "-0"
	}
	if a := math.Abs(f); a >= 1e21 || (a != 0 && a < 1e-6) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[:1]
		exp = strings.TrimLeft(exp[1:], "0")
		return mant + "e" + sign + exp
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// mismatch is the error Emit panics with when listener type ft does not accept
// the arguments of event name.
func mismatch(name string, ft reflect.Type, args []any, static []reflect.Type) *nodeerr.Error {
	types := make([]string, len(args))
	for i, a := range args {
		switch {
		case static != nil && static[i].Kind() != reflect.Interface:
			types[i] = static[i].String()
		case a == nil:
			types[i] = "nil"
		default:
			types[i] = reflect.TypeOf(a).String()
		}
	}
	return nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_ARG_TYPE",
		"The listener for event "+eventLabel(name)+" must accept the emitted arguments ("+
			strings.Join(types, ", ")+"). Received type "+ft.String())
}
