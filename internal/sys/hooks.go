//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to keep the raw system calls in package variables, as
// net/hook_unix.go does, so that this package's tests can put a fake in
// their place. Nothing but a test may assign them, and only while no other
// goroutine uses the package. Tests of other packages use InjectFault
// (faults.go) instead.

package sys

import "golang.org/x/sys/unix"

var (
	// socketFunc is socket(2); sysSocket adds the flags or the fcntl calls.
	socketFunc func(domain, typ, proto int) (int, error) = unix.Socket
	// acceptFunc is the platform's accept call (accept_*.go): accept4
	// with SOCK_NONBLOCK|SOCK_CLOEXEC where it exists, plain accept
	// otherwise (sysAccept then does the fcntl calls).
	acceptFunc   func(fd int) (int, Sockaddr, error)      = acceptSyscall
	bindFunc     func(fd int, sa Sockaddr) error          = unix.Bind
	listenFunc   func(fd, backlog int) error              = unix.Listen
	connectFunc  func(fd int, sa Sockaddr) error          = unix.Connect
	readFunc     func(fd int, p []byte) (int, error)      = rawRead
	writeFunc    func(fd int, p []byte) (int, error)      = rawWrite
	writevFunc   func(fd int, bufs [][]byte) (int, error) = writev
	shutdownFunc func(fd, how int) error                  = rawShutdown
	closeFunc    func(fd int) error                       = rawClose
)
