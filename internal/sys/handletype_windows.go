// This file is libuv's uv_guess_handle on Windows, which Node's
// guessHandleType reads to decide whether a handle given as {fd} may
// become a TCP or a Pipe handle.

package sys

import (
	"golang.org/x/sys/windows"
)

// Handle types, in Node's words (guessHandleType).
const (
	HandleTCP     = "TCP"
	HandleTTY     = "TTY"
	HandleUDP     = "UDP"
	HandleFile    = "FILE"
	HandlePipe    = "PIPE"
	HandleUnknown = "UNKNOWN"
)

// GuessHandleType tells what the handle fd is: "TTY" for a console,
// "FILE" for a disk file or another character device, "TCP" or "UDP" for
// an IPv4 or IPv6 socket, "PIPE" for a named pipe (or a Unix domain
// socket), and "UNKNOWN" for anything else and a closed handle.
func GuessHandleType(fd int) string {
	if fd <= 0 {
		return HandleUnknown
	}
	h := windows.Handle(fd)
	if typ, err := windows.GetsockoptInt(h, windows.SOL_SOCKET, soType); err == nil {
		sa, err := windows.Getsockname(h)
		if err != nil {
			return HandleUnknown
		}
		switch sa.(type) {
		case *windows.SockaddrInet4, *windows.SockaddrInet6:
			switch typ {
			case windows.SOCK_STREAM:
				return HandleTCP
			case windows.SOCK_DGRAM:
				return HandleUDP
			}
		case *windows.SockaddrUnix:
			if typ == windows.SOCK_STREAM {
				return HandlePipe
			}
		}
		return HandleUnknown
	}
	ft, err := windows.GetFileType(h)
	if err != nil {
		return HandleUnknown
	}
	switch ft {
	case windows.FILE_TYPE_CHAR:
		var mode uint32
		if windows.GetConsoleMode(h, &mode) == nil {
			return HandleTTY
		}
		return HandleFile
	case windows.FILE_TYPE_DISK:
		return HandleFile
	case windows.FILE_TYPE_PIPE:
		return HandlePipe
	}
	return HandleUnknown
}
