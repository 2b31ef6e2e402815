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
