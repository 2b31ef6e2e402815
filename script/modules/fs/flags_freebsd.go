package fs

import "syscall"

// Open flags whose presence differs between platforms (-1: absent).
const (
	oNOATIME = -1
	oDSYNC   = -1
	oDIRECT  = syscall.O_DIRECT
)
