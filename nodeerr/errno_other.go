//go:build !unix && !windows

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

// errnoValue is Node's err.errno for errno: the negated number.
func errnoValue(errno syscall.Errno) int { return -int(errno) }

// uvErrnoName is the name of Node's err.errno value n (a negated errno).
func uvErrnoName(n int) string { return ErrnoName(syscall.Errno(-n)) }
