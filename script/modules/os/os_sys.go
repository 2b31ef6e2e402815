//go:build linux || windows

package os

import "github.com/nodenet/nodenet/internal/sys"

// osUname is the system's name, version, release and machine, as uname(2)
// gives them (on Windows: "Windows_NT", the product name, the version
// number and the machine).
func osUname() (sysname, version, release, machine string, ok bool) {
	sysname, version, release, machine, err := sys.Uname()
	return sysname, version, release, machine, err == nil
}

// osGetPriority is the nice value of process pid (on Windows: its priority
// class as a nice value).
func osGetPriority(pid int) (int, error) { return sys.Getpriority(pid) }

// osSetPriority sets the nice value of process pid (on Windows: the
// priority class of that nice value).
func osSetPriority(pid, prio int) error { return sys.Setpriority(pid, prio) }
