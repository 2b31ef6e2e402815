//go:build unix

package script

import "syscall"

// processCPU returns the process's user and system CPU time in
// microseconds.
func processCPU() (user, system float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return float64(ru.Utime.Nano() / 1000), float64(ru.Stime.Nano() / 1000)
}
