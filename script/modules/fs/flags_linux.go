package fs

import "syscall"

// Open flags whose presence differs between platforms (-1: absent).
const (
	oNOATIME = syscall.O_NOATIME
	oDSYNC   = syscall.O_DSYNC
	oDIRECT  = syscall.O_DIRECT
)
