package os

import "github.com/nodenet/nodenet/internal/sys"

// osUname is uname(2): system name, version, release and machine.
func osUname() (sysname, version, release, machine string, ok bool) {
	sysname, version, release, machine, err := sys.Uname()
	return sysname, version, release, machine, err == nil
}

// osGetPriority is the nice value of process pid (uv_os_getpriority).
func osGetPriority(pid int) (int, error) { return sys.Getpriority(pid) }

// osSetPriority sets the nice value of process pid (uv_os_setpriority).
func osSetPriority(pid, prio int) error { return sys.Setpriority(pid, prio) }
