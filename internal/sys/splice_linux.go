//go:build linux

package sys

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// Pipe returns the read and write ends of a new non-blocking,
// close-on-exec pipe (pipe2(2)).
func Pipe() (r, w int, err error) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		return -1, -1, err
	}
	return p[0], p[1], nil
}

// spliceFlags move pages rather than copy them where the kernel can, and
// never block.
const spliceFlags = unix.SPLICE_F_MOVE | unix.SPLICE_F_NONBLOCK

// Splice moves up to n bytes from descriptor in to descriptor out, one of
// which is a pipe, without copying them through user space (splice(2),
// non-blocking). EINTR is retried; EINVAL, ENOSYS or EOPNOTSUPP mean that
// the pair cannot be spliced.
func Splice(in, out, n int) (int, error) {
	for {
		r, _, e := syscall.RawSyscall6(unix.SYS_SPLICE, uintptr(in), 0, uintptr(out), 0, uintptr(n), spliceFlags)
		if e == 0 {
			return int(r), nil
		}
		if e != syscall.EINTR {
			return 0, e
		}
	}
}
