// This file is the Windows socket layer: the same calls as socket.go and
// io.go on Unix, on Winsock. Sockets are SOCKET handles, passed around as
// ints (a handle fits an int on 64-bit Windows); they are non-blocking
// (FIONBIO), so recv, send, accept and connect fail with WSAEWOULDBLOCK
// where the Unix calls fail with EAGAIN or EINPROGRESS, and the poller
// (AFD poll requests, see package poller) reports readiness as epoll
// does. Every error goes through errnoOf (errno_windows.go).

package sys

import (
	"net/netip"
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

var (
	modws2_32       = windows.NewLazySystemDLL("ws2_32.dll")
	procAccept      = modws2_32.NewProc("accept")
	procIoctlsocket = modws2_32.NewProc("ioctlsocket")
)

const (
	fionbio    = 0x8004667e
	soError    = 0x1007 // SO_ERROR
	soType     = 0x1008 // SO_TYPE
	ipv6TClass = 39     // IPV6_TCLASS
	// wsaFlagNoHandleInherit is WSA_FLAG_NO_HANDLE_INHERIT: the socket is
	// not inherited by child processes (close-on-exec).
	wsaFlagNoHandleInherit = 0x80
)

// wsa starts Winsock once; Socket and OpenReserve wait for it.
var wsa = sync.OnceValue(func() error {
	var d windows.WSAData
	return windows.WSAStartup(uint32(0x202), &d)
})

// IOVMax is the most buffers one Writev passes to WSASend.
const IOVMax = 1024

// Socket creates a non-blocking, non-inheritable socket of the domain
// (AF_INET, AF_INET6) and type (SOCK_STREAM).
func Socket(domain, typ int) (int, error) {
	if e := faultFor(opSocket); e != 0 {
		return -1, e
	}
	if err := wsa(); err != nil {
		return -1, errnoOf(err)
	}
	proto := 0
	if typ == SOCK_STREAM && domain != AF_UNIX {
		proto = windows.IPPROTO_TCP
	}
	s, err := windows.WSASocket(int32(domain), int32(typ), int32(proto), nil, 0,
		windows.WSA_FLAG_OVERLAPPED|wsaFlagNoHandleInherit)
	if err == windows.WSAEINVAL {
		// Windows 7 before SP1 knows no WSA_FLAG_NO_HANDLE_INHERIT.
		s, err = windows.WSASocket(int32(domain), int32(typ), int32(proto), nil, 0, windows.WSA_FLAG_OVERLAPPED)
		if err == nil {
			_ = windows.SetHandleInformation(s, windows.HANDLE_FLAG_INHERIT, 0)
		}
	}
	if err != nil {
		return -1, errnoOf(err)
	}
	if err := SetNonblock(int(s), true); err != nil {
		windows.Closesocket(s)
		return -1, err
	}
	if domain == AF_INET6 {
		// Windows makes IPv6 sockets IPv6-only by default; Unix (and
		// libuv on Windows, which clears the option) makes them dual
		// stack, so that "::" also listens on IPv4 and IPv4-mapped
		// addresses can be bound and connected to. SetV6Only turns it on.
		if err := SetV6Only(int(s), false); err != nil {
			windows.Closesocket(s)
			return -1, err
		}
	}
	return int(s), nil
}

// Accept takes one connection from the listening socket fd and returns it
// non-blocking, with the peer's address. EAGAIN means the queue is empty;
// ECONNABORTED (or ECONNRESET) a connection reset while it waited: accept
// again (wine reports such a connection as WSAENOTCONN; it is mapped to
// ECONNABORTED too). EMFILE and ENOBUFS leave the connection queued (see netmod's
// reserve trick).
func Accept(fd int) (nfd int, sa Sockaddr, err error) {
	if e := faultFor(opAccept); e != 0 {
		return -1, nil, e
	}
	if p := pipeOf(fd); p != nil {
		nfd, err = p.accept()
		return nfd, nil, err
	}
	var rsa windows.RawSockaddrAny
	l := int32(unsafe.Sizeof(rsa))
	for {
		r, _, e := syscall.SyscallN(procAccept.Addr(), uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&l)))
		if windows.Handle(r) != windows.InvalidHandle {
			nfd = int(r)
			break
		}
		if e == windows.WSAEINTR {
			continue
		}
		if e == windows.WSAECONNRESET || e == windows.WSAENOTCONN {
			// The connection was reset while it waited in the queue:
			// Windows reports WSAECONNRESET, wine WSAENOTCONN (its
			// accept asks for the peer's address, which a reset
			// connection no longer has). Either way, accept again.
			return -1, nil, syscall.ECONNABORTED
		}
		return -1, nil, errnoOf(e)
	}
	// An accepted socket inherits the listener's non-blocking mode; set
	// it anyway, as the contract says.
	if err := SetNonblock(nfd, true); err != nil {
		windows.Closesocket(windows.Handle(nfd))
		return -1, nil, err
	}
	sa, err = rsa.Sockaddr()
	if err != nil {
		sa = nil
	}
	return nfd, sa, nil
}

// Bind binds fd to sa.
func Bind(fd int, sa Sockaddr) error {
	if e := faultFor(opBind); e != 0 {
		return e
	}
	err := windows.Bind(windows.Handle(fd), sa)
	if (err == windows.WSAEFAULT || err == windows.WSAEOPNOTSUPP) && familyOf(fd) != sockaddrFamily(sa) {
		// An address of the other family: Windows says WSAEFAULT (wine
		// WSAEOPNOTSUPP) where Unix says EAFNOSUPPORT, which netmod
		// reports as Node does.
		return syscall.EAFNOSUPPORT
	}
	return errnoOf(err)
}

// soProtocolInfo is SO_PROTOCOL_INFOW: the socket's WSAPROTOCOL_INFOW.
const soProtocolInfo = 0x2005

// familyOf is the address family fd was made with (0 when unknown).
func familyOf(fd int) int32 {
	var info windows.WSAProtocolInfo
	n := int32(unsafe.Sizeof(info))
	if windows.Getsockopt(windows.Handle(fd), windows.SOL_SOCKET, soProtocolInfo, (*byte)(unsafe.Pointer(&info)), &n) != nil {
		return 0
	}
	return info.AddressFamily
}

// sockaddrFamily is the address family of sa.
func sockaddrFamily(sa Sockaddr) int32 {
	switch sa.(type) {
	case *windows.SockaddrInet4:
		return windows.AF_INET
	case *windows.SockaddrInet6:
		return windows.AF_INET6
	}
	return -1
}

// Listen marks fd as listening; Windows caps backlog (SOMAXCONN).
func Listen(fd, backlog int) error {
	if e := faultFor(opListen); e != 0 {
		return e
	}
	if pipeOf(fd) != nil {
		return nil // a pipe listens from PipeListen on
	}
	return errnoOf(windows.Listen(windows.Handle(fd), backlog))
}

// Connect starts connecting fd to sa: EINPROGRESS (Winsock's
// WSAEWOULDBLOCK) when it continues in the background (wait for
// writability, then read SocketError), or the error. An unspecified
// address (0.0.0.0, ::) is connected to as loopback, as libuv does on
// Windows, where connecting to it fails (on Unix it reaches the local
// host).
func Connect(fd int, sa Sockaddr) error {
	if e := faultFor(opConnect); e != 0 {
		return e
	}
	switch a := sa.(type) {
	case *SockaddrInet4:
		if a.Addr == [4]byte{} {
			sa = &SockaddrInet4{Port: a.Port, Addr: [4]byte{127, 0, 0, 1}}
		}
	case *SockaddrInet6:
		if a.Addr == [16]byte{} {
			sa = &SockaddrInet6{Port: a.Port, ZoneId: a.ZoneId, Addr: netip.IPv6Loopback().As16()}
		}
	}
	err := windows.Connect(windows.Handle(fd), sa)
	switch err {
	case nil:
		return nil
	case windows.WSAEWOULDBLOCK, windows.WSAEINPROGRESS, windows.WSAEINTR:
		return syscall.EINPROGRESS
	}
	return errnoOf(err)
}

// SocketError returns the error pending on fd (SO_ERROR), and clears it:
// nil once a non-blocking connect succeeded, the error when it failed.
func SocketError(fd int) error {
	if p := pipeOf(fd); p != nil {
		err := p.connErr
		p.connErr = nil
		return err
	}
	v, err := windows.GetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, soError)
	if err != nil {
		return errnoOf(err)
	}
	if v != 0 {
		return errnoOf(syscall.Errno(v))
	}
	return nil
}

// Shutdown shuts down one or both directions of fd: SHUT_WR (SD_SEND)
// sends the FIN of Node's end().
func Shutdown(fd, how int) error {
	if e := faultFor(opShutdown); e != 0 {
		return e
	}
	if p := pipeOf(fd); p != nil {
		return p.shutdown()
	}
	return errnoOf(windows.Shutdown(windows.Handle(fd), how))
}

// Close closes the socket fd (a handle that is not a socket is closed with
// CloseHandle).
func Close(fd int) error {
	if e := faultFor(opClose); e != 0 {
		closeHandle(fd)
		return e
	}
	return closeHandle(fd)
}

func closeHandle(fd int) error {
	if p := pipeOf(fd); p != nil {
		return p.close()
	}
	err := windows.Closesocket(windows.Handle(fd))
	if err == windows.WSAENOTSOCK {
		err = windows.CloseHandle(windows.Handle(fd))
	}
	return errnoOf(err)
}

// SetNonblock sets or clears non-blocking mode (FIONBIO) on the socket fd.
func SetNonblock(fd int, nonblocking bool) error {
	if pipeOf(fd) != nil {
		return nil // a pipe never blocks the loop
	}
	var v uint32
	if nonblocking {
		v = 1
	}
	r, _, e := syscall.SyscallN(procIoctlsocket.Addr(), uintptr(fd), fionbio, uintptr(unsafe.Pointer(&v)))
	if r != 0 {
		return errnoOf(e)
	}
	return nil
}

// Chmod is not available for sockets on Windows: Node's IPC there is named
// pipes, whose access netmod sets when it creates them. It fails with
// ENOTSUP.
func Chmod(path string, mode uint32) error { return syscall.ENOTSUP }

// Unlink removes a file.
func Unlink(path string) error {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return syscall.EINVAL
	}
	return errnoOf(windows.DeleteFile(p))
}

// LocalAddr returns the address fd is bound to.
func LocalAddr(fd int) (Sockaddr, error) {
	if pipeOf(fd) != nil {
		return nil, syscall.ENOTSOCK
	}
	sa, err := windows.Getsockname(windows.Handle(fd))
	return sa, errnoOf(err)
}

// PeerAddr returns the address of fd's peer.
func PeerAddr(fd int) (Sockaddr, error) {
	if pipeOf(fd) != nil {
		return nil, syscall.ENOTSOCK
	}
	sa, err := windows.Getpeername(windows.Handle(fd))
	return sa, errnoOf(err)
}

// Read reads into p. It returns (0, nil) at end of stream, EAGAIN when
// nothing is buffered, and n == 0 with every error.
func Read(fd int, p []byte) (int, error) {
	if e := faultFor(opRead); e != 0 {
		return 0, e
	}
	if pp := pipeOf(fd); pp != nil {
		return pp.read(p)
	}
	if len(p) == 0 {
		return 0, nil
	}
	buf := windows.WSABuf{Len: uint32(min(len(p), 1<<30)), Buf: &p[0]}
	var n, flags uint32
	for {
		err := windows.WSARecv(windows.Handle(fd), &buf, 1, &n, &flags, nil, nil)
		if err == nil {
			if raceEnabled {
				raceAcquire()
			}
			return int(n), nil
		}
		if err != windows.WSAEINTR {
			return 0, errnoOf(err)
		}
	}
}

// Write writes p and returns how much Winsock took, which may be less than
// len(p); EAGAIN when it took nothing.
func Write(fd int, p []byte) (int, error) {
	if e := faultFor(opWrite); e != 0 {
		return 0, e
	}
	if pp := pipeOf(fd); pp != nil {
		return pp.write([][]byte{p})
	}
	if len(p) == 0 {
		return 0, nil
	}
	buf := windows.WSABuf{Len: uint32(min(len(p), 1<<30)), Buf: &p[0]}
	return send(fd, &buf, 1)
}

// Writev writes the buffers in order with one WSASend and returns the
// number of bytes taken. Only the first IOVMax non-empty buffers are
// passed; a short count is normal.
func Writev(fd int, bufs [][]byte) (int, error) {
	if e := faultFor(opWritev); e != 0 {
		return 0, e
	}
	if p := pipeOf(fd); p != nil {
		return p.write(bufs)
	}
	var iov [IOVMax]windows.WSABuf
	n := 0
	for _, b := range bufs {
		if len(b) == 0 {
			continue
		}
		iov[n] = windows.WSABuf{Len: uint32(min(len(b), 1<<30)), Buf: &b[0]}
		n++
		if n == IOVMax {
			break
		}
	}
	if n == 0 {
		return 0, nil
	}
	return send(fd, &iov[0], n)
}

func send(fd int, bufs *windows.WSABuf, n int) (int, error) {
	if raceEnabled {
		raceReleaseMerge()
	}
	var sent uint32
	for {
		err := windows.WSASend(windows.Handle(fd), bufs, uint32(n), &sent, 0, nil, nil)
		if err == nil {
			return int(sent), nil
		}
		if err != windows.WSAEINTR {
			return 0, errnoOf(err)
		}
	}
}

// OpenReserve opens a spare socket for netmod's reserve trick (libuv's
// emfile descriptor): closing it frees a handle to accept with.
func OpenReserve() (int, error) {
	if err := wsa(); err != nil {
		return -1, errnoOf(err)
	}
	s, err := windows.WSASocket(windows.AF_INET, windows.SOCK_STREAM, windows.IPPROTO_TCP, nil, 0, wsaFlagNoHandleInherit)
	if err != nil {
		return -1, errnoOf(err)
	}
	return int(s), nil
}
