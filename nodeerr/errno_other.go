//go:build !unix

package nodeerr

import (
	"strconv"
	"syscall"
)

// ErrnoName returns a name for errno. Off Unix nodenet has no socket backend
// yet, so only the number is known.
func ErrnoName(errno syscall.Errno) string {
	return "Unknown system error " + strconv.Itoa(-int(errno))
}
