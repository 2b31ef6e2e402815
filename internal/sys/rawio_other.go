//go:build darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to give the systems other than Linux the plain
// wrappers of x/sys/unix for the calls that Linux makes raw (see
// rawio_linux.go).

package sys

import "golang.org/x/sys/unix"

var (
	rawRead       = unix.Read
	rawWrite      = unix.Write
	rawClose      = unix.Close
	rawShutdown   = unix.Shutdown
	setsockoptInt = unix.SetsockoptInt
)
