//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file holds the data path: read, write and writev on non-blocking
// descriptors. The platform's writev lives in writev_*.go.

package sys

import "golang.org/x/sys/unix"

// IOVMax is the most buffers one Writev passes to the kernel: IOV_MAX,
// 1024 on every supported system.
const IOVMax = 1024

// Read reads into p. It returns (0, nil) at end of stream, EAGAIN when
// nothing is buffered, and n == 0 with every error. EINTR is retried.
func Read(fd int, p []byte) (int, error) {
	for {
		// An injected fault stands for the call's result, so an
		// injected EINTR is retried as a real one is.
		n, err := 0, error(nil)
		if e := faultFor(opRead); e != 0 {
			err = e
		} else {
			n, err = readFunc(fd, p)
		}
		if err == nil {
			if raceEnabled {
				raceAcquire() // pairs with writev's release
			}
			return n, nil
		}
		if err != unix.EINTR {
			return 0, err
		}
	}
}

// Write writes p and returns how much the kernel took, which may be less
// than len(p); EAGAIN when it took nothing. EINTR is retried. A write to a
// connection the peer reset fails with EPIPE or ECONNRESET (Go's runtime
// keeps SIGPIPE from killing the process).
func Write(fd int, p []byte) (int, error) {
	for {
		// An injected fault stands for the call's result, so an
		// injected EINTR is retried as a real one is.
		n, err := 0, error(nil)
		if e := faultFor(opWrite); e != 0 {
			err = e
		} else {
			n, err = writeFunc(fd, p)
		}
		if err == nil {
			return n, nil
		}
		if err != unix.EINTR {
			return 0, err
		}
	}
}

// Writev writes the buffers in order with one writev(2) and returns the
// number of bytes the kernel took. Only the first IOVMax non-empty buffers
// are passed, so a short count is normal twice over: the kernel may take
// less, and more than IOVMax buffers are never all written by one call.
// The caller drops what was written and calls again. EINTR is retried.
func Writev(fd int, bufs [][]byte) (int, error) {
	for {
		// An injected fault stands for the call's result, so an
		// injected EINTR is retried as a real one is.
		n, err := 0, error(nil)
		if e := faultFor(opWritev); e != 0 {
			err = e
		} else {
			n, err = writevFunc(fd, bufs)
		}
		if err == nil {
			return n, nil
		}
		if err != unix.EINTR {
			return 0, err
		}
	}
}
