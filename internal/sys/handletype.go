//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file is libuv's uv_guess_handle, which Node's guessHandleType reads
// to decide whether a descriptor given as {fd} may become a TCP or a Pipe
// handle.

package sys

import "golang.org/x/sys/unix"

// Handle types, in Node's words (guessHandleType).
const (
	HandleTCP     = "TCP"
	HandleTTY     = "TTY"
	HandleUDP     = "UDP"
	HandleFile    = "FILE"
	HandlePipe    = "PIPE"
	HandleUnknown = "UNKNOWN"
)

// GuessHandleType tells what fd is, as uv_guess_handle does: "TTY" for a
// terminal, "FILE" for a regular file or a character device, "PIPE" for a
// FIFO or a Unix domain stream socket, "TCP" for an IPv4 or IPv6 stream
// socket, "UDP" for an IPv4 or IPv6 datagram socket, and "UNKNOWN" for
// anything else, a directory and a closed descriptor included.
func GuessHandleType(fd int) string {
	if fd < 0 {
		return HandleUnknown
	}
	if isTerminal(fd) {
		return HandleTTY
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return HandleUnknown
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFCHR:
		return HandleFile
	case unix.S_IFIFO:
		return HandlePipe
	case unix.S_IFSOCK:
	default:
		return HandleUnknown
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return HandleUnknown
	}
	typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		return HandleUnknown
	}
	switch sa.(type) {
	case *unix.SockaddrInet4, *unix.SockaddrInet6:
		switch typ {
		case unix.SOCK_STREAM:
			return HandleTCP
		case unix.SOCK_DGRAM:
			return HandleUDP
		}
	case *unix.SockaddrUnix:
		if typ == unix.SOCK_STREAM {
			return HandlePipe
		}
	}
	return HandleUnknown
}

// isTerminal reports whether fd is a terminal (isatty).
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}
