package nodeerr

import "context"

// Legacy numeric codes of the DOMException names Node uses as abort
// reasons (DOMException.ABORT_ERR and DOMException.TIMEOUT_ERR).
const (
	DOMExceptionAbortErr   = 20
	DOMExceptionTimeoutErr = 23
)

// DOMException is the web platform's DOMException, the class of the reason
// an AbortSignal carries when it was aborted without one: abort() gives an
// "AbortError" ("This operation was aborted"), AbortSignal.timeout() a
// "TimeoutError" ("The operation was aborted due to timeout"). Code is its
// legacy numeric code (20, 23). Cause is the Go error it stands for
// (context.Canceled, context.DeadlineExceeded), so errors.Is sees through it.
type DOMException struct {
	Name    string
	Message string
	Code    int
	Cause   error
}

// Error returns the message.
func (e *DOMException) Error() string { return e.Message }

// Unwrap returns the Go error the exception stands for.
func (e *DOMException) Unwrap() error { return e.Cause }

// String is Node's String(e): "Name: message".
func (e *DOMException) String() string { return e.Name + ": " + e.Message }

// AbortReason maps the cause of a done context (context.Cause) to the
// reason Node's AbortSignal would carry: context.Canceled, a cancel
// without a cause, becomes the DOMException AbortError of abort() with no
// reason; context.DeadlineExceeded becomes the DOMException TimeoutError
// of AbortSignal.timeout(); any other cause (context.WithCancelCause,
// WithTimeoutCause) is the reason itself, as abort(reason) passes it.
func AbortReason(cause error) error {
	switch cause {
	case context.Canceled:
		return &DOMException{Name: NameAbortError, Message: "This operation was aborted", Code: DOMExceptionAbortErr, Cause: cause}
	case context.DeadlineExceeded:
		return &DOMException{Name: "TimeoutError", Message: "The operation was aborted due to timeout", Code: DOMExceptionTimeoutErr, Cause: cause}
	}
	return cause
}
