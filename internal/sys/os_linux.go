package sys

import "syscall"

// Uname is uname(2): the system's name, version, release and machine.
func Uname() (sysname, version, release, machine string, err error) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return "", "", "", "", err
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
	return str(u.Sysname), str(u.Version), str(u.Release), str(u.Machine), nil
}

// Getpriority is the nice value of process pid (-20..19).
func Getpriority(pid int) (int, error) {
	p, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	// The raw system call returns 20 - nice.
	return 20 - p, nil
}

// Setpriority sets the nice value of process pid.
func Setpriority(pid, prio int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, pid, prio)
}
