// This file exists because x/sys/unix's Accept4 on Linux costs a second
// system call per connection (getsockopt SO_PROTOCOL, to tell L2TP from
// TCP) and reports Unix socket names the way this package does not want
// (see sockaddrFromRaw). accept4 is called directly instead, with
// SOCK_NONBLOCK|SOCK_CLOEXEC.
//
// Direct socket system calls need Linux 4.3 or later on 386 and s390x,
// where x/sys uses socketcall; Node itself needs a newer kernel.

package sys

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// acceptSyscall is accept4(2) with SOCK_NONBLOCK|SOCK_CLOEXEC.
func acceptSyscall(fd int) (int, Sockaddr, error) {
	var rsa unix.RawSockaddrAny
	salen := uint32(unix.SizeofSockaddrAny)
	r, _, e := unix.RawSyscall6(unix.SYS_ACCEPT4, uintptr(fd), // never blocks: see rawio_linux.go
		uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&salen)),
		unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	nfd := int(r)
	sa, err := sockaddrFromRaw(&rsa, salen)
	if err != nil {
		closeFunc(nfd)
		return -1, nil, err
	}
	return nfd, sa, nil
}

func sysAccept(fd int) (int, Sockaddr, error) { return acceptFunc(fd) }
