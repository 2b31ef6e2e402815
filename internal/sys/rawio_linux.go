//go:build linux

// This file exists because read(2) and write(2) on this package's sockets
// never block (they are all O_NONBLOCK), so on Linux they are made as raw
// system calls: the runtime's entersyscall/exitsyscall bookkeeping around
// them is skipped, and with it the wake-up of the runtime's sysmon thread
// that entering a system call costs while sysmon sleeps (as it does
// whenever the loop's goroutine is parked in the netpoller between bursts
// of events). The race detector annotations are those of x/sys/unix.

package sys

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

var zeroByte byte

func bufPtr(p []byte) uintptr {
	if len(p) == 0 {
		return uintptr(unsafe.Pointer(&zeroByte))
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

// rawRead is read(2) on a non-blocking descriptor.
func rawRead(fd int, p []byte) (int, error) {
	r, _, e := unix.RawSyscall(unix.SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	if raceEnabled && r > 0 {
		raceWriteRange(p[:r])
	}
	return int(r), nil
}

// rawWrite is write(2) on a non-blocking descriptor.
func rawWrite(fd int, p []byte) (int, error) {
	if raceEnabled {
		raceReleaseMerge()
	}
	r, _, e := unix.RawSyscall(unix.SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	if raceEnabled && r > 0 {
		raceReadRange(p[:r])
	}
	return int(r), nil
}
