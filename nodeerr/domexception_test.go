package nodeerr

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// The reasons Node gives an AbortSignal, from a context's cause: abort()
// with no reason, AbortSignal.timeout(), abort(reason).
func TestAbortReason(t *testing.T) {
	r := AbortReason(context.Canceled)
	var d *DOMException
	require.ErrorAs(t, r, &d)
	require.Equal(t, DOMException{Name: "AbortError", Message: "This operation was aborted", Code: 20, Cause: context.Canceled}, *d)
	require.Equal(t, "AbortError: This operation was aborted", d.String())
	require.ErrorIs(t, r, context.Canceled)

	r = AbortReason(context.DeadlineExceeded)
	require.ErrorAs(t, r, &d)
	require.Equal(t, DOMException{Name: "TimeoutError", Message: "The operation was aborted due to timeout", Code: 23, Cause: context.DeadlineExceeded}, *d)
	require.ErrorIs(t, r, context.DeadlineExceeded)

	reason := errors.New("shutting down")
	require.Same(t, reason, AbortReason(reason))
	require.Nil(t, AbortReason(nil))

	e := Abort(AbortReason(context.Canceled))
	require.Equal(t, "AbortError", e.Name)
	require.Equal(t, "ABORT_ERR", e.Code)
	require.Equal(t, "The operation was aborted", e.Message)
	require.ErrorIs(t, e, context.Canceled)
}

// The legacy codes: in code order, the two named constants agree, names
// outside the table have code 0.
func TestDOMExceptionCode(t *testing.T) {
	for i, c := range DOMExceptionLegacyCodes {
		require.Equal(t, i+1, c.Code, c.Constant)
	}
	require.Equal(t, 20, DOMExceptionCode("AbortError"))
	require.Equal(t, 23, DOMExceptionCode("TimeoutError"))
	require.Equal(t, 25, DOMExceptionCode("DataCloneError"))
	require.Equal(t, 0, DOMExceptionCode("EncodingError"))
	require.Equal(t, 0, DOMExceptionCode(""))
}
