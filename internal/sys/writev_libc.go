//go:build darwin || openbsd

// This file exists because Darwin and OpenBSD allow system calls only
// through libc, so writev goes through x/sys/unix's Writev (which
// allocates its iovec array on the heap for more than 8 buffers).

package sys

import "golang.org/x/sys/unix"

// writev writes up to IOVMax non-empty buffers of bufs.
func writev(fd int, bufs [][]byte) (int, error) {
	// Skip empty buffers only when needed to fit IOVMax; they cost nothing.
	if len(bufs) > IOVMax {
		bufs = firstNonEmpty(bufs)
	}
	if !hasData(bufs) {
		return 0, nil // Darwin fails writev of no iovecs with EINVAL
	}
	return unix.Writev(fd, bufs)
}

func hasData(bufs [][]byte) bool {
	for _, b := range bufs {
		if len(b) > 0 {
			return true
		}
	}
	return false
}

// firstNonEmpty returns the buffers to pass when bufs has more than IOVMax:
// bufs up to the IOVMax-th non-empty buffer, or a compacted copy of the
// non-empty ones when empty buffers sit in between.
func firstNonEmpty(bufs [][]byte) [][]byte {
	empty := false
	for _, b := range bufs[:IOVMax] {
		if len(b) == 0 {
			empty = true
			break
		}
	}
	if !empty {
		return bufs[:IOVMax]
	}
	out := make([][]byte, 0, IOVMax)
	for _, b := range bufs {
		if len(b) > 0 {
			out = append(out, b)
			if len(out) == IOVMax {
				break
			}
		}
	}
	return out
}
