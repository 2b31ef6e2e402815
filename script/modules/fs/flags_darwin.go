package fs

import "syscall"

// Open flags whose presence differs between platforms (-1: absent).
const (
	oNOATIME = -1
	oDSYNC   = syscall.O_DSYNC
	oDIRECT  = -1
)
