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

// errnoValue is Node's err.errno for errno: the negated number, as libuv
// reports errors on Unix.
func errnoValue(errno syscall.Errno) int { return -int(errno) }

// uvErrnoName is the name of Node's err.errno value n (a negated errno).
func uvErrnoName(n int) string { return ErrnoName(syscall.Errno(-n)) }
