//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package sys

// Handle types, in Node's words (guessHandleType).
const (
	HandleTCP     = "TCP"
	HandleTTY     = "TTY"
	HandleUDP     = "UDP"
	HandleFile    = "FILE"
	HandlePipe    = "PIPE"
	HandleUnknown = "UNKNOWN"
)

// GuessHandleType is libuv's uv_guess_handle; without a socket backend
// every descriptor is "UNKNOWN".
func GuessHandleType(fd int) string { return HandleUnknown }
