//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

// This file exists so that netmod, which imports this package, builds on
// systems without a socket backend here (Windows first). Every call fails
// with ENOSYS, for which errors.Is(err, errors.ErrUnsupported) holds.

package sys

import (
	"syscall"
	"time"
)

var errUnsupported error = syscall.ENOSYS

// IOVMax is the most buffers one Writev passes to the kernel.
const IOVMax = 1024

// Socket is the Unix call of the same name; here it fails with ENOSYS.
func Socket(domain, typ int) (int, error) { return -1, errUnsupported }

// Accept is the Unix call of the same name; here it fails with ENOSYS.
func Accept(fd int) (nfd int, sa Sockaddr, err error) { return -1, nil, errUnsupported }

// Bind is the Unix call of the same name; here it fails with ENOSYS.
func Bind(fd int, sa Sockaddr) error { return errUnsupported }

// Listen is the Unix call of the same name; here it fails with ENOSYS.
func Listen(fd, backlog int) error { return errUnsupported }

// Connect is the Unix call of the same name; here it fails with ENOSYS.
func Connect(fd int, sa Sockaddr) error { return errUnsupported }

// SocketError is the Unix call of the same name; here it fails with ENOSYS.
func SocketError(fd int) error { return errUnsupported }

// Shutdown is the Unix call of the same name; here it fails with ENOSYS.
func Shutdown(fd, how int) error { return errUnsupported }

// Close is the Unix call of the same name; here it fails with ENOSYS.
func Close(fd int) error { return errUnsupported }

// SetNonblock is the Unix call of the same name; here it fails with ENOSYS.
func SetNonblock(fd int, nonblocking bool) error { return errUnsupported }

// Chmod is the Unix call of the same name; here it fails with ENOSYS.
func Chmod(path string, mode uint32) error { return errUnsupported }

// Unlink is the Unix call of the same name; here it fails with ENOSYS.
func Unlink(path string) error { return errUnsupported }

// LocalAddr is the Unix call of the same name; here it fails with ENOSYS.
func LocalAddr(fd int) (Sockaddr, error) { return nil, errUnsupported }

// PeerAddr is the Unix call of the same name; here it fails with ENOSYS.
func PeerAddr(fd int) (Sockaddr, error) { return nil, errUnsupported }

// Read is the Unix call of the same name; here it fails with ENOSYS.
func Read(fd int, p []byte) (int, error) { return 0, errUnsupported }

// Write is the Unix call of the same name; here it fails with ENOSYS.
func Write(fd int, p []byte) (int, error) { return 0, errUnsupported }

// Writev is the Unix call of the same name; here it fails with ENOSYS.
func Writev(fd int, bufs [][]byte) (int, error) { return 0, errUnsupported }

// SetReuseAddr is the Unix call of the same name; here it fails with ENOSYS.
func SetReuseAddr(fd int, on bool) error { return errUnsupported }

// SetReusePort is the Unix call of the same name; here it fails with ENOSYS.
func SetReusePort(fd int, on bool) error { return errUnsupported }

// SetV6Only is the Unix call of the same name; here it fails with ENOSYS.
func SetV6Only(fd int, on bool) error { return errUnsupported }

// SetNoDelay is the Unix call of the same name; here it fails with ENOSYS.
func SetNoDelay(fd int, on bool) error { return errUnsupported }

// SetTOS is the Unix call of the same name; here it fails with ENOSYS.
func SetTOS(fd, family, tos int) error { return errUnsupported }

// GetTOS is the Unix call of the same name; here it fails with ENOSYS.
func GetTOS(fd, family int) (int, error) { return 0, errUnsupported }

// SetLingerZero is the Unix call of the same name; here it fails with ENOSYS.
func SetLingerZero(fd int) error { return errUnsupported }

// SetKeepAlive is the Unix call of the same name; here it fails with ENOSYS.
func SetKeepAlive(fd int, enable bool, idle, interval time.Duration, count int) error {
	return errUnsupported
}
