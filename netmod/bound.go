package netmod

// This file is Node 26's net.BoundSocket (its documented API): a socket bound
// synchronously to a local address or path, neither listening nor
// connecting until one Server (Listen with ListenOptions.Handle) or one
// Socket (OpenSocket with SocketOptions.Handle) adopts it.

import (
	"errors"
	"net/netip"
	"runtime"
	"strconv"
	"syscall"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// BoundSocketOptions are the options of NewBoundSocket (Node's new
// net.BoundSocket(options)): Host, Port, IPv6Only and ReusePort for TCP,
// or Path alone for a Unix domain socket.
type BoundSocketOptions struct {
	// Host is a numeric IPv4 or IPv6 address (no DNS lookup is done).
	// Empty means "0.0.0.0", or "::" with IPv6Only (Node's undefined; an
	// empty string cannot be told apart from it here, where Node refuses
	// it).
	Host string
	// Port to bind; 0 lets the system pick one.
	Port int
	// IPv6Only disables dual stack on an IPv6 host (IPV6_V6ONLY).
	IPv6Only bool
	// ReusePort sets SO_REUSEPORT before binding.
	ReusePort bool
	// Path, when not empty, binds a Unix domain socket of that name
	// instead (a leading NUL names Linux's abstract namespace). It is
	// mutually exclusive with the four TCP options: setting Path with a
	// non-zero one is Node's ERR_INVALID_ARG_VALUE.
	Path string
}

// BoundSocket is Node's net.BoundSocket: a TCP socket or a Unix domain
// socket bound by NewBoundSocket, and owned by it until a Server or a
// Socket adopts it (ListenOptions.Handle, SocketOptions.Handle). After
// adoption, or after Close, Address, FD and Close return
// ERR_SOCKET_HANDLE_ADOPTED; an un-adopted BoundSocket must be closed by
// its owner.
//
// A BoundSocket belongs to no loop until it is adopted, so it may be
// created on one goroutine and adopted on a loop's goroutine (Node moves
// one to another thread with postMessage). Its methods are not safe for
// concurrent use.
type BoundSocket struct {
	fd      int // -1 once adopted or closed
	path    string
	isPipe  bool
	address AddressInfo
	file    sockFile // the socket file bind made for path
}

// NewBoundSocket creates a socket and binds it at once (Node's new
// net.BoundSocket(options)). Bad options are Node's errors
// (ERR_INVALID_ARG_VALUE for a host that is not a numeric address or for
// Path with a TCP option, ERR_SOCKET_BAD_PORT); a failed bind is Node's
// system error from "bind", also for EADDRINUSE, which libuv would delay:
// "bind EADDRINUSE 127.0.0.1:8080" for TCP, and "bind EADDRINUSE" (no
// address) for a path, where, as libuv does, ENOENT is reported as EACCES.
func NewBoundSocket(opts BoundSocketOptions) (*BoundSocket, error) {
	if opts.Path != "" {
		return bindPipe(opts)
	}
	if opts.Port < 0 || opts.Port > 65535 {
		return nil, errBadPort("options.port", opts.Port)
	}
	host := opts.Host
	var ip netip.Addr
	if host == "" {
		host = "0.0.0.0"
		if opts.IPv6Only {
			host = "::"
		}
		ip, _ = netip.ParseAddr(host)
	} else {
		var err error
		if blocklist.IsIP(host) == 0 {
			err = errNotIP
		} else {
			ip, err = netip.ParseAddr(host)
		}
		if err != nil {
			return nil, nodeerr.InvalidArgValueOf("options.host", host,
				"must be a numeric IP address; net.BoundSocket does not perform DNS resolution")
		}
	}
	fd, err := bindTCP(ip, opts.Port, opts.IPv6Only, opts.ReusePort)
	if err != nil {
		return nil, nodeerr.Errno("bind", errnoOf(err), host, opts.Port)
	}
	sa, err := sys.LocalAddr(fd)
	if err != nil {
		_ = sys.Close(fd)
		return nil, nodeerr.Errno("bind", errnoOf(err), host, opts.Port)
	}
	return &BoundSocket{fd: fd, address: addressInfo(sys.AddrPortOf(sa))}, nil
}

// errNotIP marks a host that Node's isIP refuses.
var errNotIP = errors.New("not a numeric IP address")

// bindTCP makes a TCP socket bound to ip:port, set up as Node sets up the
// sockets it binds (listeners and BoundSockets alike): SO_REUSEADDR
// always, IPV6_V6ONLY as asked on an IPv6 address, SO_REUSEPORT when
// asked. A failed bind closes the socket; EAFNOSUPPORT is reported as
// EINVAL, as Node reports it.
func bindTCP(ip netip.Addr, port int, ipv6Only, reusePort bool) (int, error) {
	domain := syscall.AF_INET
	if ip.Is6() {
		domain = syscall.AF_INET6
	}
	fd, err := sys.Socket(domain, syscall.SOCK_STREAM)
	if err != nil {
		return -1, err
	}
	err = sys.SetReuseAddr(fd, true)
	if err == nil && reusePort {
		err = sys.SetReusePort(fd, true)
	}
	if err == nil && domain == syscall.AF_INET6 && ipv6Only {
		err = sys.SetV6Only(fd, true)
	}
	if err == nil {
		err = sys.Bind(fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(port))))
		if err == syscall.EAFNOSUPPORT {
			err = syscall.EINVAL
		}
	}
	if err != nil {
		_ = sys.Close(fd)
		return -1, err
	}
	return fd, nil
}

// bindPipe makes the BoundSocket of a Unix domain socket bound to
// opts.Path.
func bindPipe(opts BoundSocketOptions) (*BoundSocket, error) {
	if opts.Host != "" || opts.Port != 0 || opts.IPv6Only || opts.ReusePort {
		return nil, nodeerr.InvalidArgValue("options", inspectBoundOptions(opts),
			"path is mutually exclusive with host, port, ipv6Only, and reusePort")
	}
	path := opts.Path
	if path[0] == 0 && runtime.GOOS != "linux" {
		return nil, nodeerr.InvalidArgValueOf("options.path", path, "abstract socket paths are only supported on Linux")
	}
	if isWindowsPipePath(path) {
		return nil, errWindowsPipe(path)
	}
	fd, err := bindUnix(path)
	if err != nil {
		errno := errnoOf(err)
		if errno == syscall.ENOENT {
			errno = syscall.EACCES // libuv, for compatibility with Windows
		}
		return nil, nodeerr.Errno("bind", errno, "", 0)
	}
	return &BoundSocket{fd: fd, path: path, isPipe: true, address: AddressInfo{Path: path}, file: newSockFile(path)}, nil
}

// inspectBoundOptions is util.inspect of the options object, with the
// properties that were set, in the order of BoundSocketOptions.
func inspectBoundOptions(opts BoundSocketOptions) string {
	s := "{ path: " + nodeerr.InspectString(opts.Path)
	if opts.Host != "" {
		s += ", host: " + nodeerr.InspectString(opts.Host)
	}
	if opts.Port != 0 {
		s += ", port: " + strconv.Itoa(opts.Port)
	}
	if opts.IPv6Only {
		s += ", ipv6Only: true"
	}
	if opts.ReusePort {
		s += ", reusePort: true"
	}
	return s + " }"
}

// Address returns the bound address (Node's boundSocket.address()): for
// TCP the address, family and port (the port the system picked when Port
// was 0), read once at bind time; for a path an AddressInfo with only Path
// set, as Server.Address reports an IPC server.
func (b *BoundSocket) Address() (AddressInfo, error) {
	if b.fd < 0 {
		return AddressInfo{}, errSocketHandleAdopted()
	}
	return b.address, nil
}

// FD returns the socket's descriptor (Node's boundSocket.fd()). The
// BoundSocket still owns it: do not close it.
func (b *BoundSocket) FD() (int, error) {
	if b.fd < 0 {
		return -1, errSocketHandleAdopted()
	}
	return b.fd, nil
}

// IsPipe reports whether the socket was bound to a Path rather than to a
// TCP address (Node's boundSocket.isPipe). It stays valid after adoption.
func (b *BoundSocket) IsPipe() bool { return b.isPipe }

// Close releases a socket nobody adopted (Node's boundSocket.close()): the
// descriptor is closed and, for a Path that is not abstract, the socket
// file removed, as libuv does when it closes a bound pipe. After adoption
// or a first Close it returns ERR_SOCKET_HANDLE_ADOPTED.
func (b *BoundSocket) Close() error {
	if b.fd < 0 {
		return errSocketHandleAdopted()
	}
	b.release()
	return nil
}

// Dispose is Node's boundSocket[Symbol.dispose]() (what `using` calls):
// Close when the socket is still owned, nothing otherwise.
func (b *BoundSocket) Dispose() {
	if b.fd >= 0 {
		b.release()
	}
}

// release removes the socket file of a path, then closes the descriptor
// (the order in which Node's close of a bound pipe does both).
func (b *BoundSocket) release() {
	b.file.remove()
	_ = sys.Close(b.fd)
	b.fd = -1
}

// unlinkPath is the file libuv removes when the handle closes: the bound
// path, unless it is abstract (and, here, only while it is the file bind
// made).
func (b *BoundSocket) unlinkPath() sockFile {
	if b.isPipe {
		return b.file
	}
	return sockFile{}
}

// consume hands the descriptor over to its adopter; the BoundSocket owns
// nothing afterwards.
func (b *BoundSocket) consume() (int, error) {
	if b.fd < 0 {
		return -1, errSocketHandleAdopted()
	}
	fd := b.fd
	b.fd = -1
	return fd, nil
}

func (*BoundSocket) isHandle() {}

func errSocketHandleAdopted() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SOCKET_HANDLE_ADOPTED",
		"The bound socket has already been adopted by a server or socket")
}
