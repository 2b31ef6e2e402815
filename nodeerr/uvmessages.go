package nodeerr

import "syscall"

// uvMessages maps an errno's name to libuv's uv_strerror text, the text Node
// puts after "syscall CODE: " (recorded from Node 26 on Linux).
var uvMessages = map[string]string{
	"EPERM":           "operation not permitted",
	"ENOENT":          "no such file or directory",
	"ESRCH":           "no such process",
	"EINTR":           "interrupted system call",
	"EIO":             "i/o error",
	"ENXIO":           "no such device or address",
	"E2BIG":           "argument list too long",
	"ENOEXEC":         "exec format error",
	"EBADF":           "bad file descriptor",
	"EAGAIN":          "resource temporarily unavailable",
	"ENOMEM":          "not enough memory",
	"EACCES":          "permission denied",
	"EFAULT":          "bad address in system call argument",
	"EBUSY":           "resource busy or locked",
	"EEXIST":          "file already exists",
	"EXDEV":           "cross-device link not permitted",
	"ENODEV":          "no such device",
	"ENOTDIR":         "not a directory",
	"EISDIR":          "illegal operation on a directory",
	"EINVAL":          "invalid argument",
	"ENFILE":          "file table overflow",
	"EMFILE":          "too many open files",
	"ENOTTY":          "inappropriate ioctl for device",
	"ETXTBSY":         "text file is busy",
	"EFBIG":           "file too large",
	"ENOSPC":          "no space left on device",
	"ESPIPE":          "invalid seek",
	"EROFS":           "read-only file system",
	"EMLINK":          "too many links",
	"EPIPE":           "broken pipe",
	"ERANGE":          "result too large",
	"ENAMETOOLONG":    "name too long",
	"ENOSYS":          "function not implemented",
	"ENOTEMPTY":       "directory not empty",
	"ELOOP":           "too many symbolic links encountered",
	"EUNATCH":         "protocol driver not attached",
	"ENODATA":         "no data available",
	"ENONET":          "machine is not on the network",
	"EPROTO":          "protocol error",
	"EOVERFLOW":       "value too large for defined data type",
	"EILSEQ":          "illegal byte sequence",
	"ENOTSOCK":        "socket operation on non-socket",
	"EDESTADDRREQ":    "destination address required",
	"EMSGSIZE":        "message too long",
	"EPROTOTYPE":      "protocol wrong type for socket",
	"ENOPROTOOPT":     "protocol not available",
	"EPROTONOSUPPORT": "protocol not supported",
	"ESOCKTNOSUPPORT": "socket type not supported",
	"ENOTSUP":         "operation not supported on socket",
	"EAFNOSUPPORT":    "address family not supported",
	"EADDRINUSE":      "address already in use",
	"EADDRNOTAVAIL":   "address not available",
	"ENETDOWN":        "network is down",
	"ENETUNREACH":     "network is unreachable",
	"ECONNABORTED":    "software caused connection abort",
	"ECONNRESET":      "connection reset by peer",
	"ENOBUFS":         "no buffer space available",
	"EISCONN":         "socket is already connected",
	"ENOTCONN":        "socket is not connected",
	"ESHUTDOWN":       "cannot send after transport endpoint shutdown",
	"ETIMEDOUT":       "connection timed out",
	"ECONNREFUSED":    "connection refused",
	"EHOSTDOWN":       "host is down",
	"EHOSTUNREACH":    "host is unreachable",
	"EALREADY":        "connection already in progress",
	"EREMOTEIO":       "remote I/O error",
	"ECANCELED":       "operation canceled",
}

// UVMessage returns libuv's description of errno ("address already in use"),
// or "unknown error" when libuv has none.
func UVMessage(errno syscall.Errno) string {
	if m, ok := uvMessages[ErrnoName(errno)]; ok {
		return m
	}
	return "unknown error"
}

// uvOwnErrors are libuv's error codes that are no errno: getaddrinfo's
// EAI_* and a few of libuv's own, by their (negative) number.
var uvOwnErrors = map[int][2]string{
	-3000: {"EAI_ADDRFAMILY", "address family not supported"},
	-3001: {"EAI_AGAIN", "temporary failure"},
	-3002: {"EAI_BADFLAGS", "bad ai_flags value"},
	-3003: {"EAI_CANCELED", "request canceled"},
	-3004: {"EAI_FAIL", "permanent failure"},
	-3005: {"EAI_FAMILY", "ai_family not supported"},
	-3006: {"EAI_MEMORY", "out of memory"},
	-3007: {"EAI_NODATA", "no address"},
	-3008: {"EAI_NONAME", "unknown node or service"},
	-3009: {"EAI_OVERFLOW", "argument buffer overflow"},
	-3010: {"EAI_SERVICE", "service not available for socket type"},
	-3011: {"EAI_SOCKTYPE", "socket type not supported"},
	-3013: {"EAI_BADHINTS", "invalid value for hints"},
	-3014: {"EAI_PROTOCOL", "resolved protocol is unknown"},
	-4028: {"EFTYPE", "inappropriate file type or format"},
	-4080: {"ECHARSET", "invalid Unicode character"},
	-4094: {"UNKNOWN", "unknown error"},
	-4095: {"EOF", "end of file"},
}

// UVError returns libuv's name and text for a negative error number as
// Node reports it (err.errno): errno values ("ECONNREFUSED", "connection
// refused") and libuv's own codes ("EAI_NONAME", "unknown node or
// service"). ok is false for a number libuv does not know.
func UVError(errno int) (name, message string, ok bool) {
	if e, found := uvOwnErrors[errno]; found {
		return e[0], e[1], true
	}
	if errno >= 0 || errno < -4095 {
		return "", "", false
	}
	name = uvErrnoName(errno)
	message, ok = uvMessages[name]
	return name, message, ok
}
