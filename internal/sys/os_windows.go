// This file holds the system queries node:os makes on Windows: the
// system's name and version, process priority classes, memory, uptime,
// processors and the user's name.

package sys

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

var (
	procGlobalMemoryStatusEx = windows.NewLazySystemDLL("kernel32.dll").NewProc("GlobalMemoryStatusEx")
	procGetUserNameW         = windows.NewLazySystemDLL("advapi32.dll").NewProc("GetUserNameW")
)

// Uname reports the system as Node names it on Windows: "Windows_NT",
// the product name from the registry (Windows 11 told apart by its build
// number), "major.minor.build" and the machine type.
func Uname() (sysname, version, release, machine string, err error) {
	v := windows.RtlGetVersion()
	release = fmt.Sprintf("%d.%d.%d", v.MajorVersion, v.MinorVersion, v.BuildNumber)
	if k, err := registry.OpenKey(registry.LOCAL_MACHINE, `SOFTWARE\Microsoft\Windows NT\CurrentVersion`, registry.QUERY_VALUE); err == nil {
		version, _, _ = k.GetStringValue("ProductName")
		k.Close()
	}
	if v.BuildNumber >= 22000 && strings.HasPrefix(version, "Windows 10") {
		version = "Windows 11" + strings.TrimPrefix(version, "Windows 10")
	}
	if sp := windows.UTF16ToString(v.CsdVersion[:]); sp != "" && version != "" {
		version += " " + sp
	}
	machine = map[string]string{"amd64": "x86_64", "386": "i686", "arm64": "arm64", "arm": "arm"}[runtime.GOARCH]
	if machine == "" {
		machine = "unknown"
	}
	return "Windows_NT", version, release, machine, nil
}

// priorityClasses are the process priority classes and the nice values
// they stand for, from the most urgent down: Getpriority reads a class's
// value, Setpriority finds the class a value falls in.
var priorityClasses = []struct {
	class uint32
	nice  int
}{
	{windows.REALTIME_PRIORITY_CLASS, -20},
	{windows.HIGH_PRIORITY_CLASS, -14},
	{windows.ABOVE_NORMAL_PRIORITY_CLASS, -7},
	{windows.NORMAL_PRIORITY_CLASS, 0},
	{windows.BELOW_NORMAL_PRIORITY_CLASS, 10},
	{windows.IDLE_PRIORITY_CLASS, 19},
}

// processHandle opens process pid (0: this process) with access; a pid
// that names no process is ESRCH, a refused open EPERM.
func processHandle(pid int, access uint32) (h windows.Handle, close func(), err error) {
	if pid == 0 {
		h, _ = windows.GetCurrentProcess()
		return h, func() {}, nil
	}
	h, err = windows.OpenProcess(access, false, uint32(pid))
	if err != nil {
		return 0, nil, priorityErrno(err)
	}
	return h, func() { windows.CloseHandle(h) }, nil
}

// priorityErrno maps the errors of the priority calls.
func priorityErrno(err error) error {
	switch err {
	case windows.ERROR_INVALID_PARAMETER:
		return syscall.ESRCH
	case windows.ERROR_ACCESS_DENIED:
		return syscall.EPERM
	}
	return errnoOf(err)
}

// Getpriority is the priority class of process pid (0: this one) as a
// nice value: -20 realtime, -14 high, -7 above normal, 0 normal, 10 below
// normal, 19 idle.
func Getpriority(pid int) (int, error) {
	h, done, err := processHandle(pid, windows.PROCESS_QUERY_LIMITED_INFORMATION)
	if err != nil {
		return 0, err
	}
	defer done()
	class, err := windows.GetPriorityClass(h)
	if err != nil {
		return 0, priorityErrno(err)
	}
	for _, p := range priorityClasses {
		if p.class == class {
			return p.nice, nil
		}
	}
	return 0, syscall.EINVAL
}

// Setpriority gives process pid (0: this one) the priority class that
// nice value prio falls in: below -14 realtime, below -7 high, below 0
// above normal, below 10 normal, below 19 below normal, else idle.
// Windows lowers realtime to high for a process without the privilege.
func Setpriority(pid, prio int) error {
	if prio < -20 || prio > 19 {
		return syscall.EINVAL
	}
	class := uint32(windows.IDLE_PRIORITY_CLASS)
	for i := 1; i < len(priorityClasses); i++ {
		if prio < priorityClasses[i].nice {
			class = priorityClasses[i-1].class
			break
		}
	}
	h, done, err := processHandle(pid, windows.PROCESS_SET_INFORMATION)
	if err != nil {
		return err
	}
	defer done()
	if err := windows.SetPriorityClass(h, class); err != nil {
		return priorityErrno(err)
	}
	return nil
}

// memoryStatusEx is GlobalMemoryStatusEx's MEMORYSTATUSEX.
type memoryStatusEx struct {
	length               uint32
	memoryLoad           uint32
	totalPhys            uint64
	availPhys            uint64
	totalPageFile        uint64
	availPageFile        uint64
	totalVirtual         uint64
	availVirtual         uint64
	availExtendedVirtual uint64
}

// Memory is the physical memory's size and the part of it available, in
// bytes.
func Memory() (total, avail uint64, err error) {
	m := memoryStatusEx{length: uint32(unsafe.Sizeof(memoryStatusEx{}))}
	if r, _, e := procGlobalMemoryStatusEx.Call(uintptr(unsafe.Pointer(&m))); r == 0 {
		return 0, 0, errnoOf(e)
	}
	return m.totalPhys, m.availPhys, nil
}

// Uptime is the time since the system started, in seconds.
func Uptime() float64 { return windows.DurationSinceBoot().Seconds() }

// processorTimes is one entry of SystemProcessorPerformanceInformation:
// times in 100 ns units; KernelTime includes IdleTime.
type processorTimes struct {
	idle, kernel, user, dpc, interrupt int64
	interruptCount                     uint32
	_                                  uint32
}

// CPU is one logical processor: its model, speed in MHz and the times it
// spent in user code, kernel code, idle and serving interrupts, in ms.
type CPU struct {
	Model                string
	Speed                int
	User, Sys, Idle, IRQ float64
}

// CPUs lists the logical processors with their times.
func CPUs() ([]CPU, error) {
	n := runtime.NumCPU()
	for {
		buf := make([]processorTimes, n)
		var got uint32
		err := windows.NtQuerySystemInformation(windows.SystemProcessorPerformanceInformation,
			unsafe.Pointer(&buf[0]), uint32(len(buf))*uint32(unsafe.Sizeof(buf[0])), &got)
		if err == windows.STATUS_INFO_LENGTH_MISMATCH && n < 4096 {
			n *= 2
			continue
		}
		if err != nil {
			return nil, syscall.EINVAL
		}
		buf = buf[:int(got)/int(unsafe.Sizeof(buf[0]))]
		out := make([]CPU, len(buf))
		for i, t := range buf {
			c := CPU{Model: "unknown",
				User: float64(t.user / 10000), Sys: float64((t.kernel - t.idle) / 10000),
				Idle: float64(t.idle / 10000), IRQ: float64(t.interrupt / 10000)}
			k, err := registry.OpenKey(registry.LOCAL_MACHINE,
				`HARDWARE\DESCRIPTION\System\CentralProcessor\`+strconv.Itoa(i), registry.QUERY_VALUE)
			if err == nil {
				if s, _, err := k.GetStringValue("ProcessorNameString"); err == nil {
					c.Model = s
				}
				if mhz, _, err := k.GetIntegerValue("~MHz"); err == nil {
					c.Speed = int(mhz)
				}
				k.Close()
			}
			out[i] = c
		}
		return out, nil
	}
}

// UserName is the name of the user the process runs as (no domain).
func UserName() (string, error) {
	buf := make([]uint16, 257)
	n := uint32(len(buf))
	if r, _, e := procGetUserNameW.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n))); r == 0 {
		return "", errnoOf(e)
	}
	return windows.UTF16ToString(buf), nil
}

// UserProfileDir is the profile folder of the user the process runs as.
func UserProfileDir() (string, error) {
	t := windows.GetCurrentProcessToken()
	dir, err := t.GetUserProfileDirectory()
	if err != nil {
		return "", errnoOf(err)
	}
	return dir, nil
}
