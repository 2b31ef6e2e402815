//go:build unix

package nodeerr

import (
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// ErrnoName returns the symbolic name of errno ("ECONNREFUSED"), as Node's
// err.code; unknown values give "Unknown system error N" as Node does.
func ErrnoName(errno syscall.Errno) string {
	if n := unix.ErrnoName(errno); n != "" {
		return n
	}
	return "Unknown system error " + strconv.Itoa(-int(errno))
}
