//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to hold what the epoll and kqueue backends share, so
// that both turn a Wait timeout into a kernel timeout by exactly the same
// rules and fail the same way on misuse.

package poller

import (
	"errors"
	"time"
)

// errNoRoom is returned by Wait when given an empty events slice, which
// could never report anything (and which epoll_wait rejects).
var errNoRoom = errors.New("poller: Wait needs a non-empty events slice")

// maxWaitMillis caps a Wait timeout: epoll_wait takes an int of
// milliseconds, and longer waits are indistinguishable from "forever" for
// an event loop that re-arms its timers on every iteration.
const maxWaitMillis = 1<<31 - 1

// waitMillis converts a Wait timeout to whole milliseconds: negative means
// block forever (-1), zero means poll without blocking, and any positive
// duration rounds UP to the next millisecond. Rounding up means a loop never
// wakes before its earliest timer is due (and so never busy-spins with
// sub-millisecond waits of 0), at the cost of up to 1 ms of lateness.
func waitMillis(d time.Duration) int {
	switch {
	case d < 0:
		return -1
	case d == 0:
		return 0
	case d >= maxWaitMillis*time.Millisecond:
		return maxWaitMillis
	}
	return int((d + time.Millisecond - 1) / time.Millisecond)
}

// growTable returns t grown to index fd, doubling to amortise.
func growTable[T any](t []T, fd int) []T {
	n := max(2*len(t), fd+1, 64)
	nt := make([]T, n)
	copy(nt, t)
	return nt
}
