//go:build linux

// This file exists because the calls a loop makes on its sockets for every
// message or connection never block (the sockets are all O_NONBLOCK, and
// none lingers on close but with a zero timeout), so on Linux they are made
// as raw system calls: read(2), write(2) (and writev(2), in
// writev_syscall.go), accept4(2) (accept_linux.go), close(2),
// shutdown(2) and the TCP_NODELAY setsockopt(2). The runtime's
// entersyscall/exitsyscall bookkeeping around them is skipped, and with it
// the wake-up of the runtime's sysmon thread that entering a system call
// costs while sysmon sleeps (as it does whenever the loop's goroutine is
// parked in the netpoller between bursts of events). The race detector
// annotations are those of x/sys/unix. The per-message calls go straight
// to syscall.RawSyscall6, a call shorter than x/sys/unix's trampoline.

package sys

import (
	"syscall"
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
	r, _, e := syscall.RawSyscall6(unix.SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)), 0, 0, 0)
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
	r, _, e := syscall.RawSyscall6(unix.SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)), 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	if raceEnabled && r > 0 {
		raceReadRange(p[:r])
	}
	return int(r), nil
}

// rawClose is close(2).
func rawClose(fd int) error {
	if _, _, e := unix.RawSyscall(unix.SYS_CLOSE, uintptr(fd), 0, 0); e != 0 {
		return e
	}
	return nil
}

// rawShutdown is shutdown(2).
func rawShutdown(fd, how int) error {
	if _, _, e := unix.RawSyscall(unix.SYS_SHUTDOWN, uintptr(fd), uintptr(how), 0); e != 0 {
		return e
	}
	return nil
}

// setsockoptInt is setsockopt(2) with an int value.
func setsockoptInt(fd, level, opt, value int) error {
	v := int32(value)
	_, _, e := unix.RawSyscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(unsafe.Pointer(&v)), 4, 0)
	if e != 0 {
		return e
	}
	return nil
}
