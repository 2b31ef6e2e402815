package integration

import (
	"testing"

	"golang.org/x/sys/windows"
)

// maxHandle bounds the handle values examined; a test process's handles
// are small values (multiples of 4), under wine too.
const maxHandle = 1 << 16

// openFDs counts the process's open sockets, Windows' equivalent of the
// descriptors that a leaking connection would keep. Every handle counts
// towards GetProcessHandleCount (threads the runtime starts under load
// included), and wine answers 0 there; so the handle values are probed
// for sockets instead (SO_TYPE answers only for a socket).
func openFDs(t *testing.T) int {
	t.Helper()
	n := 0
	for h := windows.Handle(4); h < maxHandle; h += 4 {
		if _, err := windows.GetsockoptInt(h, windows.SOL_SOCKET, 0x1008 /* SO_TYPE */); err == nil {
			n++
		}
	}
	return n
}
