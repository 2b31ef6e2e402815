//go:build !windows

package netmod

import "syscall"

// errnoValue is Node's err.errno for errno: the negated errno, as libuv
// reports errors on Unix.
func errnoValue(errno syscall.Errno) int { return -int(errno) }
