//go:build darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to give the systems other than Linux the plain read(2)
// and write(2) wrappers of x/sys/unix (see rawio_linux.go for why Linux
// makes them raw).

package sys

import "golang.org/x/sys/unix"

var (
	rawRead  = unix.Read
	rawWrite = unix.Write
)
