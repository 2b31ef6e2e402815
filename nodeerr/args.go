package nodeerr

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// InvalidArgType returns Node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be of type string. Received type number (1)`.
// name may be a property path ("options.port"), in which case Node says
// `The "options.port" property`; a name ending in " argument" is used as is.
// expected lists the accepted types in Node's words (see ExpectedText);
// received is the already formatted "Received ..." tail (see Received*).
func InvalidArgType(name string, expected []string, received string) *Error {
	msg := InvalidArgTypeMessage(name, expected, received)
	return &Error{Name: NameTypeError, Code: "ERR_INVALID_ARG_TYPE", Message: msg}
}

// InvalidArgTypeMessage is the message of InvalidArgType.
func InvalidArgTypeMessage(name string, expected []string, received string) string {
	var subject string
	switch {
	case strings.HasSuffix(name, " argument"):
		subject = "The " + name
	case strings.Contains(name, "."):
		subject = `The "` + name + `" property`
	default:
		subject = `The "` + name + `" argument`
	}
	return subject + " must be " + ExpectedText(expected) + ". " + received
}

// primitiveTypes are the typeof names ERR_INVALID_ARG_TYPE groups under
// "of type".
var primitiveTypes = map[string]bool{
	"string": true, "function": true, "number": true, "object": true,
	"boolean": true, "bigint": true, "symbol": true,
}

// isClassName reports whether s reads as a class name (an upper-case
// letter, then letters and digits), which Node lists as "an instance of".
func isClassName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// ExpectedText words a list of accepted types as Node's
// ERR_INVALID_ARG_TYPE does: typeof names ("string", "number"; "Function"
// and "Object" count as "function" and "object") come first as "of type
// ..."; class names ("Buffer", "an instance of Buffer") follow as "an
// instance of ..."; anything else ("null", "a dictionary") is listed last.
// "Object" joins the class names when there are some.
func ExpectedText(expected []string) string {
	var types, instances, other []string
	objectAsClass := false
	for _, e := range expected {
		switch {
		case primitiveTypes[e]:
			types = append(types, e)
		case e == "Function":
			types = append(types, "function")
		case e == "Object":
			objectAsClass = true
		case isClassName(e):
			instances = append(instances, e)
		case strings.HasPrefix(e, "an instance of ") && isClassName(e[len("an instance of "):]):
			instances = append(instances, e[len("an instance of "):])
		default:
			other = append(other, e)
		}
	}
	if objectAsClass {
		if len(instances) > 0 {
			instances = append(instances, "Object")
		} else {
			types = append(types, "object")
		}
	}
	var b strings.Builder
	if len(types) > 0 {
		if len(types) > 1 {
			b.WriteString("one of type ")
		} else {
			b.WriteString("of type ")
		}
		b.WriteString(orList(types))
	}
	if len(instances) > 0 {
		if b.Len() > 0 {
			b.WriteString(" or ")
		}
		b.WriteString("an instance of ")
		b.WriteString(orList(instances))
	}
	if len(other) > 0 {
		if b.Len() > 0 {
			b.WriteString(" or ")
		}
		if len(other) > 1 {
			b.WriteString("one of ")
			b.WriteString(orList(other))
		} else {
			if strings.ToLower(other[0]) != other[0] {
				b.WriteString("an ")
			}
			b.WriteString(other[0])
		}
	}
	return b.String()
}

// orList joins xs as "a", "a or b", "a, b, or c".
func orList(xs []string) string {
	switch len(xs) {
	case 1:
		return xs[0]
	case 2:
		return xs[0] + " or " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + ", or " + xs[len(xs)-1]
}

// receivedStringLimit is the length (in UTF-16 units) past which a string
// shown in a "Received type string (...)" tail is cut to its first
// receivedStringKeep units and "...".
const (
	receivedStringLimit = 28
	receivedStringKeep  = 25
)

// ReceivedString is Node's tail for a string value: "Received type string ('abc')".
// The text is shown as is between single quotes, or as a JSON string when
// it contains a single quote; past 28 UTF-16 units it is cut to 25 and
// "..." appended. A surrogate pair cut in half leaves U+FFFD where Node
// leaves a lone surrogate.
func ReceivedString(s string) string {
	return "Received type string (" + ReceivedStringText(s) + ")"
}

// ReceivedStringText is the quoted, truncated string inside ReceivedString.
func ReceivedStringText(s string) string {
	if units := utf16Len(s); units > receivedStringLimit {
		s = cutUTF16(s, receivedStringKeep) + "..."
	}
	if strings.IndexByte(s, '\'') < 0 {
		return "'" + s + "'"
	}
	return jsonQuote(s)
}

// utf16Len is the length of s in UTF-16 code units (JavaScript's length).
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16RuneLen(r)
	}
	return n
}

func utf16RuneLen(r rune) int {
	if n := utf16.RuneLen(r); n > 0 {
		return n
	}
	return 1
}

// cutUTF16 keeps the first n UTF-16 units of s.
func cutUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		w := utf16RuneLen(r)
		if units+w > n {
			if units < n {
				return s[:i] + "\uFFFD"
			}
			return s[:i]
		}
		units += w
	}
	return s
}

// jsonQuote is JSON.stringify of a string.
func jsonQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ReceivedType is Node's tail for a primitive: "Received type number (1)".
func ReceivedType(jsType, inspected string) string {
	return "Received type " + jsType + " (" + inspected + ")"
}

// ReceivedInstance is Node's tail for an object: "Received an instance of Foo".
func ReceivedInstance(class string) string { return "Received an instance of " + class }

// ReceivedFunction is Node's tail for a function: "Received function f"
// (an anonymous function leaves the name empty: "Received function ").
func ReceivedFunction(name string) string { return "Received function " + name }

// InvalidArgValue returns Node's ERR_INVALID_ARG_VALUE TypeError:
// "The argument 'name' is invalid. Received 'x'" (or "The property 'a.b' ..."),
// with reason replacing "is invalid" when given.
func InvalidArgValue(name, inspectedValue, reason string) *Error {
	return &Error{Name: NameTypeError, Code: "ERR_INVALID_ARG_VALUE", Message: InvalidArgValueMessage(name, inspectedValue, reason)}
}

// InvalidArgValueMessage is the message of InvalidArgValue (the inspected
// value is used as given; see TruncateInspected).
func InvalidArgValueMessage(name, inspectedValue, reason string) string {
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	if reason == "" {
		reason = "is invalid"
	}
	return "The " + kind + " '" + name + "' " + reason + ". Received " + inspectedValue
}

// OutOfRange returns Node's ERR_OUT_OF_RANGE RangeError:
// `The value of "name" is out of range. It must be >= 0 && <= 32. Received 33`.
func OutOfRange(name, rangeText, inspectedValue string) *Error {
	return &Error{Name: NameRangeError, Code: "ERR_OUT_OF_RANGE", Message: OutOfRangeMessage(name, rangeText, inspectedValue)}
}

// OutOfRangeMessage is the message of OutOfRange.
func OutOfRangeMessage(name, rangeText, inspectedValue string) string {
	return `The value of "` + name + `" is out of range. It must be ` + rangeText + ". Received " + inspectedValue
}

// QuoteJS formats s as util.inspect would print a string value.
func QuoteJS(s string) string { return InspectString(s) }
