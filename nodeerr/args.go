package nodeerr

import (
	"fmt"
	"strings"
)

// InvalidArgType returns Node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be of type string. Received type number (1)`.
// name may be a property path ("options.port"), in which case Node says
// `The "options.port" property`. expected lists the accepted types in Node's
// words ("string", "number", "an instance of SocketAddress"); received is the
// already formatted "Received ..." tail (see Received*).
func InvalidArgType(name string, expected []string, received string) *Error {
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	msg := fmt.Sprintf("The %q %s must be %s. %s", name, kind, joinExpected(expected), received)
	return &Error{Name: NameTypeError, Code: "ERR_INVALID_ARG_TYPE", Message: msg}
}

func joinExpected(expected []string) string {
	var types, instances []string
	for _, e := range expected {
		if s, ok := strings.CutPrefix(e, "an instance of "); ok {
			instances = append(instances, s)
		} else {
			types = append(types, e)
		}
	}
	var parts []string
	if len(types) > 0 {
		if len(types) == 1 {
			parts = append(parts, "of type "+types[0])
		} else {
			parts = append(parts, "one of type "+orList(types))
		}
	}
	if len(instances) > 0 {
		if len(instances) == 1 {
			parts = append(parts, "an instance of "+instances[0])
		} else {
			parts = append(parts, "an instance of "+orList(instances))
		}
	}
	return strings.Join(parts, " or ")
}

func orList(xs []string) string {
	switch len(xs) {
	case 1:
		return xs[0]
	case 2:
		return xs[0] + " or " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + ", or " + xs[len(xs)-1]
}

// ReceivedString is Node's tail for a string value: "Received type string ('abc')",
// truncated after 25 characters as Node does.
func ReceivedString(s string) string {
	r := []rune(s)
	if len(r) > 28 {
		s = string(r[:25]) + "..."
	}
	return "Received type string (" + InspectString(s) + ")"
}

// ReceivedType is Node's tail for a primitive: "Received type number (1)".
func ReceivedType(jsType, inspected string) string {
	return "Received type " + jsType + " (" + inspected + ")"
}

// ReceivedInstance is Node's tail for an object: "Received an instance of Foo".
func ReceivedInstance(class string) string { return "Received an instance of " + class }

// InvalidArgValue returns Node's ERR_INVALID_ARG_VALUE TypeError:
// "The argument 'name' is invalid. Received 'x'" (or "The property 'a.b' ..."),
// with reason replacing "is invalid" when given.
func InvalidArgValue(name, inspectedValue, reason string) *Error {
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	if reason == "" {
		reason = "is invalid"
	}
	msg := fmt.Sprintf("The %s '%s' %s. Received %s", kind, name, reason, inspectedValue)
	return &Error{Name: NameTypeError, Code: "ERR_INVALID_ARG_VALUE", Message: msg}
}

// OutOfRange returns Node's ERR_OUT_OF_RANGE RangeError:
// `The value of "name" is out of range. It must be >= 0 && <= 32. Received 33`.
func OutOfRange(name, rangeText, inspectedValue string) *Error {
	msg := fmt.Sprintf("The value of %q is out of range. It must be %s. Received %s", name, rangeText, inspectedValue)
	return &Error{Name: NameRangeError, Code: "ERR_OUT_OF_RANGE", Message: msg}
}

// QuoteJS formats s as util.inspect would print a string value.
func QuoteJS(s string) string { return InspectString(s) }
