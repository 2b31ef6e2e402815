package script

import "syscall"

// osUname is uname(2): system name, version, release and machine.
func osUname() (sysname, version, release, machine string, ok bool) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return "", "", "", "", false
	}
	str := func(a [65]int8) string {
		b := make([]byte, 0, len(a))
		for _, c := range a {
			if c == 0 {
				break
			}
			b = append(b, byte(c))
		}
		return string(b)
	}
	return str(u.Sysname), str(u.Version), str(u.Release), str(u.Machine), true
}

// osGetPriority is the nice value of process pid (uv_os_getpriority).
func osGetPriority(pid int) (int, error) {
	p, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	// The raw system call returns 20 - nice.
	return 20 - p, nil
}

// osSetPriority sets the nice value of process pid (uv_os_setpriority).
func osSetPriority(pid, prio int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, pid, prio)
}
