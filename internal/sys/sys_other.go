//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

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

func Socket(domain, typ int) (int, error)             { return -1, errUnsupported }
func Accept(fd int) (nfd int, sa Sockaddr, err error) { return -1, nil, errUnsupported }
func Bind(fd int, sa Sockaddr) error                  { return errUnsupported }
func Listen(fd, backlog int) error                    { return errUnsupported }
func Connect(fd int, sa Sockaddr) error               { return errUnsupported }
func SocketError(fd int) error                        { return errUnsupported }
func Shutdown(fd, how int) error                      { return errUnsupported }
func Close(fd int) error                              { return errUnsupported }
func SetNonblock(fd int, nonblocking bool) error      { return errUnsupported }
func Fchmod(fd int, mode uint32) error                { return errUnsupported }
func Chmod(path string, mode uint32) error            { return errUnsupported }
func Unlink(path string) error                        { return errUnsupported }
func LocalAddr(fd int) (Sockaddr, error)              { return nil, errUnsupported }
func PeerAddr(fd int) (Sockaddr, error)               { return nil, errUnsupported }
func Read(fd int, p []byte) (int, error)              { return 0, errUnsupported }
func Write(fd int, p []byte) (int, error)             { return 0, errUnsupported }
func Writev(fd int, bufs [][]byte) (int, error)       { return 0, errUnsupported }
func SetReuseAddr(fd int, on bool) error              { return errUnsupported }
func SetReusePort(fd int, on bool) error              { return errUnsupported }
func SetV6Only(fd int, on bool) error                 { return errUnsupported }
func SetNoDelay(fd int, on bool) error                { return errUnsupported }
func SetTOS(fd, family, tos int) error                { return errUnsupported }
func GetTOS(fd, family int) (int, error)              { return 0, errUnsupported }
func SetLingerZero(fd int) error                      { return errUnsupported }
func SetRecvBuffer(fd, bytes int) error               { return errUnsupported }
func SetSendBuffer(fd, bytes int) error               { return errUnsupported }
func SetKeepAlive(fd int, enable bool, idle, interval time.Duration, count int) error {
	return errUnsupported
}
