// Package nodeerr defines the one error type that every nodenet package returns:
// a Node.js-style error with Node's name, code and message text, and, for errors
// that come from the operating system, Node's errno, syscall, address and port.
//
// An *Error unwraps to its syscall.Errno, so errors.Is(err, syscall.ECONNREFUSED)
// works, and to its Cause and aggregated Errors when it has them.
//
//	var ne *nodeerr.Error
//	if errors.As(err, &ne) && ne.Code == "ERR_IP_BLOCKED" { ... }
package nodeerr

import (
	"errors"
	"strconv"
	"syscall"
)

// Names of the JavaScript error classes Node uses.
const (
	NameError          = "Error"
	NameTypeError      = "TypeError"
	NameRangeError     = "RangeError"
	NameSystemError    = "SystemError"
	NameAggregateError = "AggregateError"
	NameAbortError     = "AbortError"
)

// Error is a Node.js-style error. Message is Node's message text exactly as
// err.message would print it in Node (without the name or the code).
type Error struct {
	// Name is the JavaScript class name: "Error", "TypeError", "RangeError", ...
	Name string
	// Code is Node's err.code: "ERR_INVALID_ARG_TYPE", "ECONNREFUSED", ...
	Code string
	// Message is Node's err.message.
	Message string
	// Errno is the operating system error, zero when the error did not come from
	// a system call. Node reports it negated (ErrnoValue).
	Errno syscall.Errno
	// Syscall names the failed system call ("connect", "listen", ...), if any.
	Syscall string
	// Address is the address involved, if any.
	Address string
	// Port is the port involved; 0 means none (Node omits port 0 too).
	Port int
	// LocalAddress and LocalPort are Node's err.localAddress and
	// err.localPort: the local end a failed connect was bound to (set only
	// when both were known, as Node sets them).
	LocalAddress string
	LocalPort    int
	// Host is Node's err.host (ERR_INVALID_ADDRESS_FAMILY), Hostname its
	// err.hostname (getaddrinfo errors); empty when absent.
	Host     string
	Hostname string
	// Cause is the underlying error, if any (Node's err.cause).
	Cause error
	// Errors holds the aggregated errors of an AggregateError.
	Errors []error
}

// Error returns Node's message text.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the errno (when set), the cause and the aggregated errors, so
// that errors.Is and errors.As see through an *Error.
func (e *Error) Unwrap() []error {
	var out []error
	if e.Errno != 0 {
		out = append(out, e.Errno)
	}
	if e.Cause != nil {
		out = append(out, e.Cause)
	}
	return append(out, e.Errors...)
}

// Is reports whether target is an *Error with the same Code; this makes
// errors.Is(err, &nodeerr.Error{Code: "ERR_IP_BLOCKED"}) work.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code != "" && t.Code == e.Code
}

// ErrnoValue is Node's err.errno: libuv's number for the system error (the
// negated errno on Unix, libuv's own on Windows), 0 when none.
func (e *Error) ErrnoValue() int { return errnoValue(e.Errno) }

// String is Node's String(err): "Name [CODE]: message" for coded Node errors,
// "Name: message" otherwise.
func (e *Error) String() string {
	name := e.Name
	if name == "" {
		name = NameError
	}
	if e.Code != "" && e.Errno == 0 && len(e.Code) > 4 && e.Code[:4] == "ERR_" {
		return name + " [" + e.Code + "]: " + e.Message
	}
	return name + ": " + e.Message
}

// Code returns the Node code of err (searching its chain), or "".
func Code(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// HasCode reports whether err (or an error in its chain) is an *Error with code.
func HasCode(err error, code string) bool { return Code(err) == code }

// New returns an error with the given class name, code and message.
func New(name, code, message string) *Error {
	return &Error{Name: name, Code: code, Message: message}
}

// Errno builds a system error in the form Node uses for failed connects and
// most socket calls (exceptionWithHostPort): "connect ECONNREFUSED 127.0.0.1:9".
// address may be empty; port 0 is omitted.
func Errno(syscallName string, errno syscall.Errno, address string, port int) *Error {
	code := ErrnoName(errno)
	msg := syscallName + " " + code
	if address != "" {
		msg += " " + address
		if port > 0 {
			msg += ":" + strconv.Itoa(port)
		}
	}
	return &Error{Name: NameError, Code: code, Message: msg, Errno: errno, Syscall: syscallName, Address: address, Port: port}
}

// UV builds a system error in the form Node uses for libuv failures such as
// listen (uvExceptionWithHostPort):
// "listen EADDRINUSE: address already in use :::8080".
// address may be empty; port 0 is omitted (":port" follows the address only
// when port > 0).
func UV(syscallName string, errno syscall.Errno, address string, port int) *Error {
	code := ErrnoName(errno)
	msg := syscallName + " " + code + ": " + UVMessage(errno)
	if address != "" {
		msg += " " + address
		if port > 0 {
			msg += ":" + strconv.Itoa(port)
		}
	}
	return &Error{Name: NameError, Code: code, Message: msg, Errno: errno, Syscall: syscallName, Address: address, Port: port}
}

// Aggregate returns Node's AggregateError with the given message (Node's
// autoSelectFamily uses "All attempts failed" ... see netmod) and errors. Its
// Code is taken from the first error, as Node copies it.
func Aggregate(message string, errs []error) *Error {
	e := &Error{Name: NameAggregateError, Message: message, Errors: errs}
	if len(errs) > 0 {
		e.Code = Code(errs[0])
	}
	return e
}

// Abort returns Node's AbortError: "The operation was aborted", code ABORT_ERR,
// with cause as its cause (the signal's reason).
func Abort(cause error) *Error {
	return &Error{Name: NameAbortError, Code: "ABORT_ERR", Message: "The operation was aborted", Cause: cause}
}
