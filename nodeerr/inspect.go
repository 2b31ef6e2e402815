package nodeerr

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// InspectString formats s exactly as util.inspect formats a string value in
// Node 26: single quotes unless s contains one (then double quotes, then
// backticks), with \b \t \n \f \r, \xNN for the other C0 controls, DEL and the
// C1 controls (U+0080–U+009F), and \\ for a backslash.
func InspectString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		q = '"'
		if strings.IndexByte(s, '"') >= 0 {
			q = '`'
			if strings.IndexByte(s, '`') >= 0 || strings.Contains(s, "${") {
				q = '\''
			}
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			b.WriteString(`\x`)
			h := strconv.FormatUint(uint64(r), 16)
			if len(h) < 2 {
				b.WriteByte('0')
			}
			b.WriteString(strings.ToUpper(h))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// TruncateInspected applies the limit ERR_INVALID_ARG_VALUE puts on the
// inspected value: past 128 UTF-16 code units it is cut and "..." appended.
// A surrogate pair cut in half leaves U+FFFD where Node leaves a lone
// surrogate (Go strings cannot hold one).
func TruncateInspected(inspected string) string {
	units := 0
	for i, r := range inspected {
		n := utf16.RuneLen(r)
		if n < 1 {
			n = 1
		}
		if units+n > 128 {
			if units < 128 { // half of a surrogate pair fits
				return inspected[:i] + "\uFFFD..."
			}
			return inspected[:i] + "..."
		}
		units += n
	}
	return inspected
}

// InvalidArgValueOf is InvalidArgValue for a string value: it inspects and
// truncates value the way Node's ERR_INVALID_ARG_VALUE does.
func InvalidArgValueOf(name, value, reason string) *Error {
	return InvalidArgValue(name, TruncateInspected(InspectString(value)), reason)
}

// ReceivedInteger formats an integer the way ERR_OUT_OF_RANGE prints the
// received value: with "_" thousands separators when its magnitude is above
// 2**32 ("12_345_678_901"), plainly otherwise.
func ReceivedInteger(v int64) string {
	s := strconv.FormatInt(v, 10)
	abs := v
	if abs < 0 {
		abs = -abs
	}
	if abs > 1<<32 || v == -1<<63 {
		return AddNumericalSeparator(s)
	}
	return s
}

// AddNumericalSeparator is Node's addNumericalSeparator: it groups the digits
// of an integer string by three with "_" ("-1234567" → "-1_234_567").
func AddNumericalSeparator(val string) string {
	start := 0
	if strings.HasPrefix(val, "-") {
		start = 1
	}
	res := ""
	i := len(val)
	for ; i >= start+4; i -= 3 {
		res = "_" + val[i-3:i] + res
	}
	return val[:i] + res
}

// InvalidAddress returns Node's ERR_INVALID_ADDRESS ("Invalid socket address").
func InvalidAddress() *Error { return Coded("ERR_INVALID_ADDRESS") }

// SocketBadPort returns Node's ERR_SOCKET_BAD_PORT RangeError:
// "options.port should be >= 0 and < 65536. Received type number (65536)."
// received is the determineSpecificType tail without "Received " (see
// ReceivedType); allowZero selects ">=" or ">".
func SocketBadPort(name, received string, allowZero bool) *Error {
	op := ">="
	if !allowZero {
		op = ">"
	}
	return Coded("ERR_SOCKET_BAD_PORT", name, op, received)
}
