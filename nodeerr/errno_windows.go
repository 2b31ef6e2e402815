// This file exists because Node on Windows reports libuv's own numbers as
// err.errno (ECONNREFUSED is -4078 there, not -111: libuv defines its
// UV_E* codes on Windows as arbitrary negative numbers), and because Go's
// syscall package on Windows gives the Unix error names invented values.
// internal/sys maps Winsock's errors to those syscall names; this table
// gives each its name (err.code) and libuv's Windows number (err.errno).

package nodeerr

import "syscall"

type winErrno struct {
	name string
	uv   int
}

var winErrnos = map[syscall.Errno]winErrno{
	syscall.E2BIG:           {"E2BIG", -4093},
	syscall.EACCES:          {"EACCES", -4092},
	syscall.EADDRINUSE:      {"EADDRINUSE", -4091},
	syscall.EADDRNOTAVAIL:   {"EADDRNOTAVAIL", -4090},
	syscall.EAFNOSUPPORT:    {"EAFNOSUPPORT", -4089},
	syscall.EAGAIN:          {"EAGAIN", -4088},
	syscall.EALREADY:        {"EALREADY", -4084},
	syscall.EBADF:           {"EBADF", -4083},
	syscall.EBUSY:           {"EBUSY", -4082},
	syscall.ECANCELED:       {"ECANCELED", -4081},
	syscall.ECONNABORTED:    {"ECONNABORTED", -4079},
	syscall.ECONNREFUSED:    {"ECONNREFUSED", -4078},
	syscall.ECONNRESET:      {"ECONNRESET", -4077},
	syscall.EDESTADDRREQ:    {"EDESTADDRREQ", -4076},
	syscall.EEXIST:          {"EEXIST", -4075},
	syscall.EFAULT:          {"EFAULT", -4074},
	syscall.EHOSTUNREACH:    {"EHOSTUNREACH", -4073},
	syscall.EINTR:           {"EINTR", -4072},
	syscall.EINVAL:          {"EINVAL", -4071},
	syscall.EIO:             {"EIO", -4070},
	syscall.EISCONN:         {"EISCONN", -4069},
	syscall.EISDIR:          {"EISDIR", -4068},
	syscall.ELOOP:           {"ELOOP", -4067},
	syscall.EMFILE:          {"EMFILE", -4066},
	syscall.EMSGSIZE:        {"EMSGSIZE", -4065},
	syscall.ENAMETOOLONG:    {"ENAMETOOLONG", -4064},
	syscall.ENETDOWN:        {"ENETDOWN", -4063},
	syscall.ENETUNREACH:     {"ENETUNREACH", -4062},
	syscall.ENFILE:          {"ENFILE", -4061},
	syscall.ENOBUFS:         {"ENOBUFS", -4060},
	syscall.ENODEV:          {"ENODEV", -4059},
	syscall.ENOENT:          {"ENOENT", -4058},
	syscall.ENOMEM:          {"ENOMEM", -4057},
	syscall.ENONET:          {"ENONET", -4056},
	syscall.ENOSPC:          {"ENOSPC", -4055},
	syscall.ENOSYS:          {"ENOSYS", -4054},
	syscall.ENOTCONN:        {"ENOTCONN", -4053},
	syscall.ENOTDIR:         {"ENOTDIR", -4052},
	syscall.ENOTEMPTY:       {"ENOTEMPTY", -4051},
	syscall.ENOTSOCK:        {"ENOTSOCK", -4050},
	syscall.ENOTSUP:         {"ENOTSUP", -4049},
	syscall.EOPNOTSUPP:      {"ENOTSUP", -4049},
	syscall.EPERM:           {"EPERM", -4048},
	syscall.EPIPE:           {"EPIPE", -4047},
	syscall.EPROTO:          {"EPROTO", -4046},
	syscall.EPROTONOSUPPORT: {"EPROTONOSUPPORT", -4045},
	syscall.EPROTOTYPE:      {"EPROTOTYPE", -4044},
	syscall.EROFS:           {"EROFS", -4043},
	syscall.ESHUTDOWN:       {"ESHUTDOWN", -4042},
	syscall.ESPIPE:          {"ESPIPE", -4041},
	syscall.ESRCH:           {"ESRCH", -4040},
	syscall.ETIMEDOUT:       {"ETIMEDOUT", -4039},
	syscall.ETXTBSY:         {"ETXTBSY", -4038},
	syscall.EXDEV:           {"EXDEV", -4037},
	syscall.EFBIG:           {"EFBIG", -4036},
	syscall.ENOPROTOOPT:     {"ENOPROTOOPT", -4035},
	syscall.ERANGE:          {"ERANGE", -4034},
	syscall.ENXIO:           {"ENXIO", -4033},
	syscall.EMLINK:          {"EMLINK", -4032},
	syscall.EHOSTDOWN:       {"EHOSTDOWN", -4031},
	syscall.EREMOTEIO:       {"EREMOTEIO", -4030},
	syscall.ENOTTY:          {"ENOTTY", -4029},
	syscall.EILSEQ:          {"EILSEQ", -4027},
	syscall.ESOCKTNOSUPPORT: {"ESOCKTNOSUPPORT", -4025},
	syscall.ENODATA:         {"ENODATA", -4024},
	syscall.EUNATCH:         {"EUNATCH", -4023},
}

// ErrnoName returns the symbolic name of errno ("ECONNREFUSED"), as Node's
// err.code; an error libuv does not know is "UNKNOWN", as Node reports it
// on Windows.
func ErrnoName(errno syscall.Errno) string {
	if e, ok := winErrnos[errno]; ok {
		return e.name
	}
	return "UNKNOWN"
}

// errnoValue is Node's err.errno on Windows: libuv's number for errno,
// UV_UNKNOWN (-4094) for an error it does not know.
func errnoValue(errno syscall.Errno) int {
	if errno == 0 {
		return 0
	}
	if e, ok := winErrnos[errno]; ok {
		return e.uv
	}
	if _, ok := uvOwnErrors[-int(errno)]; ok {
		return -int(errno) // libuv's own codes (EAI_*) are the same everywhere
	}
	return -4094
}

// uvErrnoName is the name of Node's err.errno value n, one of libuv's
// Windows numbers.
func uvErrnoName(n int) string {
	for _, e := range winErrnos {
		if e.uv == n {
			return e.name
		}
	}
	return "UNKNOWN"
}
