// This file exists because Go's monotonic clock on Windows is the
// system's interrupt time, which advances in steps of the timer interrupt
// (up to 15.6 ms), where Node's process.hrtime and performance.now read
// the performance counter (libuv's uv_hrtime): two marks a few
// microseconds apart must not read the same time.

package sys

import (
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

var (
	procQPC  = windows.NewLazySystemDLL("kernel32.dll").NewProc("QueryPerformanceCounter")
	procQPF  = windows.NewLazySystemDLL("kernel32.dll").NewProc("QueryPerformanceFrequency")
	qpcFreq  = queryFrequency()
	hrOrigin = time.Now()
)

func queryFrequency() int64 {
	var f int64
	if r, _, _ := syscall.SyscallN(procQPF.Addr(), uintptr(unsafe.Pointer(&f))); r == 0 || f <= 0 {
		return 0
	}
	return f
}

// HRTime is a high-resolution monotonic time in nanoseconds from an
// arbitrary origin: the performance counter on Windows.
func HRTime() int64 {
	if qpcFreq == 0 {
		return int64(time.Since(hrOrigin))
	}
	var c int64
	_, _, _ = syscall.SyscallN(procQPC.Addr(), uintptr(unsafe.Pointer(&c)))
	return c/qpcFreq*1e9 + c%qpcFreq*1e9/qpcFreq
}
