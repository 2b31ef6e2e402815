package netmod

import (
	"context"
	"net"
	"net/netip"
	"strconv"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// LookupFunc resolves host to one address and its family (4 or 6), like
// the lookup option of net.connect (a dns.lookup-shaped function). It runs
// off the loop, on its own goroutine.
type LookupFunc func(ctx context.Context, host string, family int) (netip.Addr, error)

// ConnectOptions are Node's socket.connect(options), for TCP or, with
// Path, for IPC (a Unix domain socket).
type ConnectOptions struct {
	// Path, when not empty, connects to the Unix domain socket of that
	// name (a leading NUL names Linux's abstract namespace) instead of
	// TCP: no lookup, and Port, Host, LocalAddress, LocalPort, Family and
	// Lookup are ignored.
	Path string
	// Port to connect to (required for TCP).
	Port int
	// Host to connect to; "localhost" when empty.
	Host string
	// LocalAddress and LocalPort bind the socket before connecting.
	LocalAddress string
	LocalPort    int
	// Family restricts the lookup: 0 (either), 4 or 6.
	Family int
	// Lookup replaces the system resolver.
	Lookup LookupFunc
	// Timeout sets the idle timeout (SetTimeout) before connecting.
	Timeout time.Duration
}

// Connect creates a socket with opts and connects it (Node's
// net.createConnection / net.connect); cb, if not nil, is a one-time
// 'connect' listener. Argument errors are returned synchronously, as Node
// throws them; connection errors arrive as 'error' events.
func Connect(loop *eventloop.Loop, sockOpts SocketOptions, opts ConnectOptions, cb func()) (*Socket, error) {
	s := NewSocket(loop, sockOpts)
	if err := s.Connect(opts, cb); err != nil {
		return nil, err
	}
	return s, nil
}

// CreateConnection is Connect.
func CreateConnection(loop *eventloop.Loop, sockOpts SocketOptions, opts ConnectOptions, cb func()) (*Socket, error) {
	return Connect(loop, sockOpts, opts, cb)
}

// Connect starts connecting the socket (Node's socket.connect(options[,
// cb])); cb, if not nil, is a one-time 'connect' listener. Argument errors
// are returned (Node throws them) before anything else happens; connection
// errors arrive as 'error' events. A destroyed socket can connect again.
//
// With opts.Path the socket connects to a Unix domain socket as Node does
// for a path: within this call it emits 'connectionAttempt' (path, 0, 0 —
// Node's port and family are undefined) and starts connect(2); a failure
// (connect ENOENT /path, ECONNREFUSED for a socket file nobody listens on)
// is reported on a later loop iteration through 'connectionAttemptFailed'
// and 'error', except for an invalid name (EINVAL, too long), which
// destroys the socket at once, as libuv fails it synchronously.
func (s *Socket) Connect(opts ConnectOptions, cb func()) error {
	pipe := opts.Path != ""
	if !pipe {
		if opts.Port < 0 || opts.Port > 65535 {
			return errBadPort("Port", opts.Port)
		}
		if opts.LocalAddress != "" {
			if _, err := netip.ParseAddr(opts.LocalAddress); err != nil {
				return errInvalidIPAddress(opts.LocalAddress)
			}
		}
		if opts.LocalPort < 0 || opts.LocalPort > 65535 {
			return errBadPort("options.localPort", opts.LocalPort)
		}
		if opts.Family != 0 && opts.Family != 4 && opts.Family != 6 {
			return nodeerr.InvalidArgValue("options.family", strconv.Itoa(opts.Family), "must be one of: 0, 4, 6")
		}
	}
	if opts.Timeout > 0 {
		s.SetTimeout(opts.Timeout, nil)
	}
	if cb != nil {
		s.Emitter.Once("connect", cb)
	}
	s.endedByPeer = false
	if s.Destroyed() {
		s.hasHandle = false
		if s.addrs != nil {
			s.addrs.peername = addrCache{}
		}
		s.resetSockname()
	}
	if !s.hasHandle {
		// new TCP(); initSocketHandle
		s.hasHandle = true
		s.handle = eventloop.Handle{}
		s.handle.Init(s.loop)
		s.hBytesRead, s.hBytesWritten = 0, 0
		s.uvShut, s.uvWritable, s.reading = false, false, false
		s.undestroy()
		s.resetSockname()
		s.pipe = pipe
	}
	s.unrefTimer()
	s.connecting = true
	if pipe {
		s.internalConnectPipe(opts.Path)
		return nil
	}
	host := opts.Host
	if host == "" {
		host = "localhost"
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		fam := 4
		if ip.Is6() {
			fam = 6
		}
		s.loop.NextTick(func() {
			if s.connecting && !s.abortPending() {
				s.internalConnect(ip, host, opts.Port, fam, opts)
			}
		})
		return nil
	}
	lookup := opts.Lookup
	if lookup == nil {
		lookup = systemLookup
	}
	family := opts.Family
	return eventloop.OffloadValue(s.loop, func() (netip.Addr, error) {
		return lookup(context.Background(), host, family)
	}, func(ip netip.Addr, err error) {
		fam := 4
		if ip.Is6() {
			fam = 6
		}
		addr := ""
		if err == nil {
			addr = ip.String()
		} else {
			// Node's 'lookup' after a failed lookup has no address and no
			// family (undefined): 0 here.
			fam = 0
			err = lookupError(err, host)
		}
		if s.abortPending() {
			// In Node the abort destroyed the socket before the lookup
			// ended: 'lookup' comes after its 'error' and 'close'.
			_ = s.loop.Post(func() { emitLookup(s, err, addr, fam, host) })
			return
		}
		emitLookup(s, err, addr, fam, host)
		if !s.connecting {
			return
		}
		if err != nil {
			s.loop.NextTick(func() { s.Destroy(err) })
			return
		}
		s.unrefTimer()
		s.internalConnect(ip, addr, opts.Port, fam, opts)
	})
}

// emitLookup emits 'lookup' (err, address, family, host).
func emitLookup(s *Socket, err error, addr string, family int, host string) {
	events.Emit4(&s.Emitter, "lookup", err, addr, family, host)
}

// systemLookup resolves with Go's resolver, preferring what dns.lookup
// returns first (IPv4-first is not forced: Node 26 uses the resolver's
// order).
func systemLookup(ctx context.Context, host string, family int) (netip.Addr, error) {
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, network, host)
	if err != nil {
		return netip.Addr{}, err
	}
	if len(addrs) == 0 {
		return netip.Addr{}, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return addrs[0].Unmap(), nil
}

// lookupError converts a resolver error into Node's getaddrinfo error
// ("getaddrinfo ENOTFOUND host").
func lookupError(err error, host string) error {
	if _, ok := err.(*nodeerr.Error); ok {
		return err
	}
	code := "ENOTFOUND"
	if de, ok := err.(*net.DNSError); ok && de.IsTimeout {
		code = "EAI_AGAIN"
	}
	return &nodeerr.Error{Name: nodeerr.NameError, Code: code, Message: "getaddrinfo " + code + " " + host,
		Syscall: "getaddrinfo", Address: host, Cause: err}
}

// internalConnect is net.js's internalConnect: bind if asked, emit
// 'connectionAttempt', check the block list, then connect(2).
func (s *Socket) internalConnect(ip netip.Addr, addr string, port, family int, opts ConnectOptions) {
	domain := syscall.AF_INET
	if family == 6 {
		domain = syscall.AF_INET6
	}
	s.family = family
	if opts.LocalAddress != "" || opts.LocalPort != 0 {
		local := opts.LocalAddress
		if local == "" {
			if family == 4 {
				local = "0.0.0.0"
			} else {
				local = "::"
			}
		}
		err := s.newFD(domain)
		if err == nil {
			lip, _ := netip.ParseAddr(local)
			err = sys.Bind(s.fd, sys.SockaddrOf(netip.AddrPortFrom(lip, uint16(opts.LocalPort))))
			if err == nil && opts.LocalPort > 0 {
				// checkBindError
				if sa, e := sys.LocalAddr(s.fd); e == nil && int(sys.AddrPortOf(sa).Port()) != opts.LocalPort {
					err = syscall.EADDRINUSE
				}
			}
		}
		if err != nil {
			s.Destroy(nodeerr.Errno("bind", errnoOf(err), local, opts.LocalPort))
			return
		}
	}
	events.Emit3(&s.Emitter, "connectionAttempt", addr, port, family)
	if s.blockList != nil && s.blockList.CheckAddr(ip) {
		s.Destroy(errIPBlocked(addr))
		return
	}
	c := s.connState()
	c.addr, c.port = addr, port
	c.local, c.localPort = opts.LocalAddress, opts.LocalPort
	err := s.newFD(domain)
	if err == nil {
		err = sys.Connect(s.fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(port))))
	}
	switch {
	case err == nil || err == syscall.EINPROGRESS:
		s.connectReq = true
		s.loop.BeginRequest()
		s.updateInterest() // write readiness completes the connect
	case err == syscall.ECONNREFUSED:
		// libuv reports an early refusal from the pending queue
		// (delayed_error).
		s.connectReq = true
		s.loop.BeginRequest()
		s.updateInterest()
		s.loop.QueuePending(func() {
			if s.connectReq && s.fd >= 0 {
				s.connectReq = false
				s.loop.EndRequest()
				s.updateInterest()
				s.afterConnect(syscall.ECONNREFUSED)
			}
		})
	default:
		details := ""
		if ap, ok := s.getsockname(); ok {
			details = ap.Addr().String() + ":" + strconv.Itoa(int(ap.Port()))
		} else {
			details = "undefined:undefined"
		}
		ex := nodeerr.Errno("connect", errnoOf(err), addr, port)
		ex.Message += " - Local (" + details + ")"
		s.Destroy(ex)
	}
}

// internalConnectPipe is internalConnect for a path (a PipeConnectWrap):
// 'connectionAttempt' with no port or family, then libuv's
// uv_pipe_connect2, which reports a failed connect(2) from the pending
// queue (delayed_error) and a connection through writability.
func (s *Socket) internalConnectPipe(path string) {
	s.family = 0
	events.Emit3(&s.Emitter, "connectionAttempt", path, 0, 0)
	if !s.connecting {
		return
	}
	c := s.connState()
	c.addr, c.port = path, 0
	c.local, c.localPort = "", 0
	sa, err := sys.UnixSockaddr(path)
	if err == nil {
		err = s.newFD(sys.AF_UNIX)
	}
	if err != nil {
		// A Pipe has no getsockname: the details are "undefined:undefined".
		ex := nodeerr.Errno("connect", errnoOf(err), path, 0)
		ex.Message += " - Local (undefined:undefined)"
		s.Destroy(ex)
		return
	}
	err = sys.Connect(s.fd, sa)
	s.connectReq = true
	s.loop.BeginRequest()
	s.updateInterest()
	if err == nil || err == syscall.EINPROGRESS {
		return // write readiness completes the connect
	}
	errno := errnoOf(err)
	s.loop.QueuePending(func() {
		if s.connectReq && s.fd >= 0 {
			s.connectReq = false
			s.loop.EndRequest()
			s.updateInterest()
			s.afterConnect(errno)
		}
	})
}

// newFD creates the socket's descriptor if it has none yet (libuv's
// maybe_new_socket).
func (s *Socket) newFD(domain int) error {
	if s.fd >= 0 {
		return nil
	}
	fd, err := sys.Socket(domain, syscall.SOCK_STREAM)
	if err != nil {
		return err
	}
	w, err := s.loop.Watch(fd, s.onIO)
	if err != nil {
		_ = sys.Close(fd)
		return syscall.EBADF
	}
	s.fd, s.watch = fd, w
	s.uvWritable = true
	return nil
}

// finishConnect is libuv's uv__stream_connect: the connecting descriptor
// became writable.
func (s *Socket) finishConnect() {
	err := sys.SocketError(s.fd)
	var errno syscall.Errno
	if err != nil {
		errno = errnoOf(err)
	}
	if errno == syscall.EINPROGRESS {
		return
	}
	s.connectReq = false
	s.loop.EndRequest()
	s.updateInterest()
	s.afterConnect(errno)
}

// afterConnect is net.js's afterConnect.
func (s *Socket) afterConnect(status syscall.Errno) {
	if s.Destroyed() || s.abortPending() {
		return
	}
	s.connecting = false
	s.resetSockname()
	if status == 0 {
		s.unrefTimer()
		if s.noDelay && !s.pipe {
			_ = sys.SetNoDelay(s.fd, true)
		}
		if s.keepAlive && !s.pipe {
			_ = sys.SetKeepAlive(s.fd, true, s.keepAliveDelay, s.keepAliveInterval, s.keepAliveCount)
		}
		if s.tos != nil && !s.pipe {
			if err := sys.SetTOS(s.fd, s.domain(), *s.tos); err != nil && errnoOf(err) != syscall.EBADF {
				events.Emit1[error](&s.Emitter, "error", nodeerr.Errno("setTypeOfService", errnoOf(err), "", 0))
			}
		}
		events.Emit0(&s.Emitter, "connect")
		events.Emit0(&s.Emitter, "ready")
		if !s.IsPaused() {
			s.read(0)
		}
		return
	}
	c := s.connState()
	ex := nodeerr.Errno("connect", status, c.addr, c.port)
	if c.local != "" && c.localPort != 0 {
		ex.Message += " - Local (" + c.local + ":" + strconv.Itoa(c.localPort) + ")"
	}
	events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", c.addr, c.port, s.family, ex)
	s.Destroy(ex)
}

func (s *Socket) domain() int {
	if s.family == 6 {
		return syscall.AF_INET6
	}
	return syscall.AF_INET
}
