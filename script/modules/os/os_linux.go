package os

import "syscall"

// dlopenConstants are os.constants.dlopen: dlopen(3)'s flags on Linux.
var dlopenConstants = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}

// errnoConstants are os.constants.errno: the POSIX error numbers Node
// names there.
var errnoConstants = []namedInt{
	{"E2BIG", int(syscall.E2BIG)}, {"EACCES", int(syscall.EACCES)},
	{"EADDRINUSE", int(syscall.EADDRINUSE)}, {"EADDRNOTAVAIL", int(syscall.EADDRNOTAVAIL)},
	{"EAFNOSUPPORT", int(syscall.EAFNOSUPPORT)}, {"EAGAIN", int(syscall.EAGAIN)},
	{"EALREADY", int(syscall.EALREADY)}, {"EBADF", int(syscall.EBADF)},
	{"EBADMSG", int(syscall.EBADMSG)}, {"EBUSY", int(syscall.EBUSY)},
	{"ECANCELED", int(syscall.ECANCELED)}, {"ECHILD", int(syscall.ECHILD)},
	{"ECONNABORTED", int(syscall.ECONNABORTED)}, {"ECONNREFUSED", int(syscall.ECONNREFUSED)},
	{"ECONNRESET", int(syscall.ECONNRESET)}, {"EDEADLK", int(syscall.EDEADLK)},
	{"EDESTADDRREQ", int(syscall.EDESTADDRREQ)}, {"EDOM", int(syscall.EDOM)},
	{"EDQUOT", int(syscall.EDQUOT)}, {"EEXIST", int(syscall.EEXIST)}, {"EFAULT", int(syscall.EFAULT)},
	{"EFBIG", int(syscall.EFBIG)}, {"EHOSTUNREACH", int(syscall.EHOSTUNREACH)},
	{"EIDRM", int(syscall.EIDRM)}, {"EILSEQ", int(syscall.EILSEQ)},
	{"EINPROGRESS", int(syscall.EINPROGRESS)}, {"EINTR", int(syscall.EINTR)},
	{"EINVAL", int(syscall.EINVAL)}, {"EIO", int(syscall.EIO)}, {"EISCONN", int(syscall.EISCONN)},
	{"EISDIR", int(syscall.EISDIR)}, {"ELOOP", int(syscall.ELOOP)}, {"EMFILE", int(syscall.EMFILE)},
	{"EMLINK", int(syscall.EMLINK)}, {"EMSGSIZE", int(syscall.EMSGSIZE)},
	{"EMULTIHOP", int(syscall.EMULTIHOP)}, {"ENAMETOOLONG", int(syscall.ENAMETOOLONG)},
	{"ENETDOWN", int(syscall.ENETDOWN)}, {"ENETRESET", int(syscall.ENETRESET)},
	{"ENETUNREACH", int(syscall.ENETUNREACH)}, {"ENFILE", int(syscall.ENFILE)},
	{"ENOBUFS", int(syscall.ENOBUFS)}, {"ENODATA", int(syscall.ENODATA)},
	{"ENODEV", int(syscall.ENODEV)}, {"ENOENT", int(syscall.ENOENT)},
	{"ENOEXEC", int(syscall.ENOEXEC)}, {"ENOLCK", int(syscall.ENOLCK)},
	{"ENOLINK", int(syscall.ENOLINK)}, {"ENOMEM", int(syscall.ENOMEM)},
	{"ENOMSG", int(syscall.ENOMSG)}, {"ENOPROTOOPT", int(syscall.ENOPROTOOPT)},
	{"ENOSPC", int(syscall.ENOSPC)}, {"ENOSR", int(syscall.ENOSR)}, {"ENOSTR", int(syscall.ENOSTR)},
	{"ENOSYS", int(syscall.ENOSYS)}, {"ENOTCONN", int(syscall.ENOTCONN)},
	{"ENOTDIR", int(syscall.ENOTDIR)}, {"ENOTEMPTY", int(syscall.ENOTEMPTY)},
	{"ENOTSOCK", int(syscall.ENOTSOCK)}, {"ENOTSUP", int(syscall.ENOTSUP)},
	{"ENOTTY", int(syscall.ENOTTY)}, {"ENXIO", int(syscall.ENXIO)},
	{"EOPNOTSUPP", int(syscall.EOPNOTSUPP)}, {"EOVERFLOW", int(syscall.EOVERFLOW)},
	{"EPERM", int(syscall.EPERM)}, {"EPIPE", int(syscall.EPIPE)}, {"EPROTO", int(syscall.EPROTO)},
	{"EPROTONOSUPPORT", int(syscall.EPROTONOSUPPORT)}, {"EPROTOTYPE", int(syscall.EPROTOTYPE)},
	{"ERANGE", int(syscall.ERANGE)}, {"EROFS", int(syscall.EROFS)}, {"ESPIPE", int(syscall.ESPIPE)},
	{"ESRCH", int(syscall.ESRCH)}, {"ESTALE", int(syscall.ESTALE)}, {"ETIME", int(syscall.ETIME)},
	{"ETIMEDOUT", int(syscall.ETIMEDOUT)}, {"ETXTBSY", int(syscall.ETXTBSY)},
	{"EWOULDBLOCK", int(syscall.EWOULDBLOCK)}, {"EXDEV", int(syscall.EXDEV)},
}
