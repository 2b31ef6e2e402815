//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file holds the descriptor life cycle: create, bind, listen, accept,
// connect, shut down and close. The platform differences (how the flags
// are set) live in sock_cloexec.go, sys_cloexec.go and accept_*.go.

package sys

import (
	"golang.org/x/sys/unix"
)

// Socket creates a non-blocking, close-on-exec socket of the domain
// (AF_INET, AF_INET6, AF_UNIX) and type (SOCK_STREAM).
func Socket(domain, typ int) (int, error) {
	if e := faultFor(opSocket); e != 0 {
		return -1, e
	}
	return sysSocket(domain, typ, 0)
}

// Accept takes one connection from the listening descriptor fd and returns
// it non-blocking and close-on-exec, with the peer's address. EINTR is
// retried. EAGAIN means the queue is empty.
//
// ECONNABORTED means the connection was reset while it waited in the
// queue (Darwin also reports it for a connection that arrived with no
// address): it is returned, and the caller should just accept again, as
// libuv and Go's net package do. EMFILE and ENFILE leave the connection in
// the queue, so a caller that retries at once spins: see libuv's reserve
// descriptor trick.
func Accept(fd int) (nfd int, sa Sockaddr, err error) {
	if e := faultFor(opAccept); e != 0 {
		return -1, nil, e
	}
	for {
		nfd, sa, err = sysAccept(fd)
		if err != unix.EINTR {
			return nfd, sa, err
		}
	}
}

// Bind binds fd to sa.
func Bind(fd int, sa Sockaddr) error {
	if e := faultFor(opBind); e != 0 {
		return e
	}
	return bindFunc(fd, sa)
}

// Listen marks fd as listening. The kernel caps backlog at its somaxconn
// (Node passes 511).
func Listen(fd, backlog int) error {
	if e := faultFor(opListen); e != 0 {
		return e
	}
	return listenFunc(fd, backlog)
}

// Connect starts connecting fd to sa. It returns nil when the connection is
// made at once (common for Unix sockets), EINPROGRESS when it continues in
// the background (wait for writability, then read SocketError), or the
// error. An EINTR is reported as EINPROGRESS, as Go's net package does: the
// connection goes on regardless.
//
// Some errors come back synchronously on some systems only, such as
// ECONNREFUSED on the BSDs (and EINVAL for it on OpenBSD) for a loopback
// port nobody listens on; libuv stores those and reports them on the next
// loop iteration, and so should the caller. Connecting a Unix socket whose
// listener's queue is full fails with EAGAIN on Linux.
func Connect(fd int, sa Sockaddr) error {
	if e := faultFor(opConnect); e != 0 {
		return e
	}
	err := connectFunc(fd, sa)
	if err == unix.EINTR {
		return unix.EINPROGRESS
	}
	return err
}

// SocketError returns the error pending on fd (SO_ERROR), and clears it:
// nil once a non-blocking connect succeeded, the errno when it failed.
func SocketError(fd int) error {
	v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err != nil {
		return err
	}
	if v != 0 {
		return unix.Errno(v)
	}
	return nil
}

// Shutdown shuts down one or both directions of fd: SHUT_WR sends the FIN
// of Node's end().
func Shutdown(fd, how int) error {
	if e := faultFor(opShutdown); e != 0 {
		return e
	}
	return shutdownFunc(fd, how)
}

// Close closes fd. It is never retried: on Linux the descriptor is gone
// even when close reports EINTR.
func Close(fd int) error {
	if e := faultFor(opClose); e != 0 {
		closeFunc(fd)
		return e
	}
	return closeFunc(fd)
}

// SetNonblock sets or clears O_NONBLOCK on fd, for descriptors that did not
// come from Socket or Accept.
func SetNonblock(fd int, nonblocking bool) error {
	return unix.SetNonblock(fd, nonblocking)
}

// Chmod sets the mode of a bound Unix socket's file, for Node's
// readableAll and writableAll (fchmod does not reach the file on every
// system). An abstract name has no file: it fails with EINVAL.
func Chmod(path string, mode uint32) error {
	return unix.Chmod(path, mode)
}

// Unlink removes a Unix socket's file, as Node does when its server
// closes. An abstract name has no file: it fails with EINVAL.
func Unlink(path string) error {
	return unix.Unlink(path)
}
