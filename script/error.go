package script

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
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

// AsError returns the *Error inside err, if any.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// fromHost is the host's exception as an *Error.
func fromHost(e *host.Error) *Error {
	return &Error{Value: e.Value, Code: e.Code, Message: e.Message, Stack: e.Stack}
}

// convert turns an exception the host returned into an *Error and leaves
// other errors as they are.
func convert(err error) error {
	if e, ok := err.(*host.Error); ok {
		return fromHost(e)
	}
	return err
}
