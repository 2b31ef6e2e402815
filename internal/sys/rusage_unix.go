//go:build unix

package sys

import "syscall"

// ProcessCPU returns the user and system CPU time of this process in
// microseconds (getrusage(2)), or zeros when it is not known.
func ProcessCPU() (user, system float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return float64(ru.Utime.Nano() / 1000), float64(ru.Stime.Nano() / 1000)
}
