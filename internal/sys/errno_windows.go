// This file exists because Winsock reports its own error numbers
// (WSAECONNREFUSED, 10061, ...) where the layers above compare with
// syscall's names (syscall.ECONNREFUSED): every call here passes its error
// through errnoOf, which maps the Winsock and Win32 errors sockets meet to
// those names, as libuv maps them to its UV_ codes on Windows.

package sys

import (
	"syscall"

	"golang.org/x/sys/windows"
)

var winErrnos = map[syscall.Errno]syscall.Errno{
	windows.WSAEWOULDBLOCK:     syscall.EAGAIN,
	windows.WSAEINPROGRESS:     syscall.EINPROGRESS,
	windows.WSAEINTR:           syscall.EINTR,
	windows.WSAEBADF:           syscall.EBADF,
	windows.WSAEACCES:          syscall.EACCES,
	windows.WSAEFAULT:          syscall.EFAULT,
	windows.WSAEINVAL:          syscall.EINVAL,
	windows.WSAEMFILE:          syscall.EMFILE,
	windows.WSAEALREADY:        syscall.EALREADY,
	windows.WSAENOTSOCK:        syscall.ENOTSOCK,
	windows.WSAEDESTADDRREQ:    syscall.EDESTADDRREQ,
	windows.WSAEMSGSIZE:        syscall.EMSGSIZE,
	windows.WSAEPROTOTYPE:      syscall.EPROTOTYPE,
	windows.WSAENOPROTOOPT:     syscall.ENOPROTOOPT,
	windows.WSAEPROTONOSUPPORT: syscall.EPROTONOSUPPORT,
	windows.WSAESOCKTNOSUPPORT: syscall.ESOCKTNOSUPPORT,
	windows.WSAEOPNOTSUPP:      syscall.ENOTSUP,
	windows.WSAEPFNOSUPPORT:    syscall.EAFNOSUPPORT,
	windows.WSAEAFNOSUPPORT:    syscall.EAFNOSUPPORT,
	windows.WSAEADDRINUSE:      syscall.EADDRINUSE,
	windows.WSAEADDRNOTAVAIL:   syscall.EADDRNOTAVAIL,
	windows.WSAENETDOWN:        syscall.ENETDOWN,
	windows.WSAENETUNREACH:     syscall.ENETUNREACH,
	windows.WSAENETRESET:       syscall.ECONNRESET,
	windows.WSAECONNABORTED:    syscall.ECONNABORTED,
	windows.WSAECONNRESET:      syscall.ECONNRESET,
	windows.WSAENOBUFS:         syscall.ENOBUFS,
	windows.WSAEISCONN:         syscall.EISCONN,
	windows.WSAENOTCONN:        syscall.ENOTCONN,
	windows.WSAESHUTDOWN:       syscall.EPIPE,
	windows.WSAETIMEDOUT:       syscall.ETIMEDOUT,
	windows.WSAECONNREFUSED:    syscall.ECONNREFUSED,
	windows.WSAELOOP:           syscall.ELOOP,
	windows.WSAENAMETOOLONG:    syscall.ENAMETOOLONG,
	windows.WSAEHOSTDOWN:       syscall.EHOSTDOWN,
	windows.WSAEHOSTUNREACH:    syscall.EHOSTUNREACH,
	windows.WSAECANCELLED:      syscall.ECANCELED,
	windows.WSAEDISCON:         syscall.EPIPE,
	windows.WSAENOMORE:         syscall.ENOENT,

	windows.ERROR_INVALID_HANDLE:      syscall.EBADF,
	windows.ERROR_ACCESS_DENIED:       syscall.EACCES,
	windows.ERROR_FILE_NOT_FOUND:      syscall.ENOENT,
	windows.ERROR_PATH_NOT_FOUND:      syscall.ENOENT,
	windows.ERROR_INVALID_NAME:        syscall.ENOENT,
	windows.ERROR_BAD_PATHNAME:        syscall.ENOENT,
	windows.ERROR_NOT_ENOUGH_MEMORY:   syscall.ENOMEM,
	windows.ERROR_OUTOFMEMORY:         syscall.ENOMEM,
	windows.ERROR_TOO_MANY_OPEN_FILES: syscall.EMFILE,
	windows.ERROR_PIPE_BUSY:           syscall.EBUSY,
	windows.ERROR_BROKEN_PIPE:         syscall.EPIPE,
	windows.ERROR_NO_DATA:             syscall.EPIPE,
	windows.ERROR_PIPE_NOT_CONNECTED:  syscall.EPIPE,
	windows.ERROR_NETNAME_DELETED:     syscall.ECONNRESET,
	windows.ERROR_CONNECTION_REFUSED:  syscall.ECONNREFUSED,
	windows.ERROR_CONNECTION_ABORTED:  syscall.ECONNABORTED,
	windows.ERROR_OPERATION_ABORTED:   syscall.ECANCELED,
	windows.ERROR_SEM_TIMEOUT:         syscall.ETIMEDOUT,
	windows.ERROR_INVALID_PARAMETER:   syscall.EINVAL,
	windows.ERROR_NOT_SUPPORTED:       syscall.ENOTSUP,
	windows.ERROR_ALREADY_EXISTS:      syscall.EEXIST,
	windows.ERROR_FILE_EXISTS:         syscall.EEXIST,
}

// errnoOf maps a Winsock or Win32 error to syscall's name for it; other
// errors are returned as they are.
func errnoOf(err error) error {
	if err == windows.WSAEWOULDBLOCK {
		return syscall.EAGAIN // every read and write that would block: no map lookup
	}
	if e, ok := err.(syscall.Errno); ok {
		if m, ok := winErrnos[e]; ok {
			return m
		}
	}
	return err
}
