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

// DOMExceptionLegacyCode is one of DOMException's legacy numeric codes:
// Constant is its name as a static property (DOMException.ABORT_ERR), Name
// the error name that has it ("AbortError"), empty for the three codes no
// name uses any more (2, 6 and 16).
type DOMExceptionLegacyCode struct {
	Constant string
	Name     string
	Code     int
}

// DOMExceptionLegacyCodes is the table of WebIDL's legacy DOMException
// codes, in code order. A name not in it has code 0.
var DOMExceptionLegacyCodes = []DOMExceptionLegacyCode{
	{"INDEX_SIZE_ERR", "IndexSizeError", 1},
	{"DOMSTRING_SIZE_ERR", "", 2},
	{"HIERARCHY_REQUEST_ERR", "HierarchyRequestError", 3},
	{"WRONG_DOCUMENT_ERR", "WrongDocumentError", 4},
	{"INVALID_CHARACTER_ERR", "InvalidCharacterError", 5},
	{"NO_DATA_ALLOWED_ERR", "", 6},
	{"NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedError", 7},
	{"NOT_FOUND_ERR", "NotFoundError", 8},
	{"NOT_SUPPORTED_ERR", "NotSupportedError", 9},
	{"INUSE_ATTRIBUTE_ERR", "InUseAttributeError", 10},
	{"INVALID_STATE_ERR", "InvalidStateError", 11},
	{"SYNTAX_ERR", "SyntaxError", 12},
	{"INVALID_MODIFICATION_ERR", "InvalidModificationError", 13},
	{"NAMESPACE_ERR", "NamespaceError", 14},
	{"INVALID_ACCESS_ERR", "InvalidAccessError", 15},
	{"VALIDATION_ERR", "", 16},
	{"TYPE_MISMATCH_ERR", "TypeMismatchError", 17},
	{"SECURITY_ERR", "SecurityError", 18},
	{"NETWORK_ERR", "NetworkError", 19},
	{"ABORT_ERR", NameAbortError, DOMExceptionAbortErr},
	{"URL_MISMATCH_ERR", "URLMismatchError", 21},
	{"QUOTA_EXCEEDED_ERR", "QuotaExceededError", 22},
	{"TIMEOUT_ERR", "TimeoutError", DOMExceptionTimeoutErr},
	{"INVALID_NODE_TYPE_ERR", "InvalidNodeTypeError", 24},
	{"DATA_CLONE_ERR", "DataCloneError", 25},
}

// DOMExceptionCode returns the legacy code of error name (0 for the
// names that have none).
func DOMExceptionCode(name string) int {
	for _, c := range DOMExceptionLegacyCodes {
		if c.Name == name && name != "" {
			return c.Code
		}
	}
	return 0
}
