//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package sys

import "golang.org/x/sys/unix"

// ioctlGetTermios is the request isatty uses.
const ioctlGetTermios = unix.TIOCGETA
