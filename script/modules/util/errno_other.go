//go:build !windows

package util

// platformErrno would give the error names whose libuv number differs
// from uvErrors' (Linux's); on Unix libuv's number is the negated errno,
// which uvErrors' numbers are on Linux (other systems' differences are
// left as they were).
var platformErrno = map[string]int{}
