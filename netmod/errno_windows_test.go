package netmod

import "syscall"

// errnoValue is Node's err.errno for errno on Windows: libuv's own numbers
// (uv/errno.h), for the errors these tests meet.
func errnoValue(errno syscall.Errno) int {
	switch errno {
	case syscall.EADDRINUSE:
		return -4091
	case syscall.ECONNREFUSED:
		return -4078
	case syscall.ECONNRESET:
		return -4077
	case syscall.EMFILE:
		return -4066
	case syscall.ENOBUFS:
		return -4060
	case syscall.EPERM:
		return -4048
	}
	panic("errnoValue: add " + errno.Error())
}
