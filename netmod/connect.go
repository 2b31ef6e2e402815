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

// ConnectOptions are Node's socket.connect(options) for TCP.
type ConnectOptions struct {
	// Port to connect to (required).
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

// Connect starts connecting the socket (Node's socket.connect(options[, cb])).
func (s *Socket) Connect(opts ConnectOptions, cb func()) error {
	if opts.Port < 0 || opts.Port > 65535 {
		return errBadPort("Port", opts.Port)
	}
	if opts.LocalAddress != "" {
		if _, err := netip.ParseAddr(opts.LocalAddress); err != nil {
			return errInvalidIPAddress(opts.LocalAddress)
		}
	}
	if opts.LocalPort < 0 || opts.LocalPort > 65535 {
		return errBadPort("Port", opts.LocalPort)
	}
	if opts.Family != 0 && opts.Family != 4 && opts.Family != 6 {
		return nodeerr.InvalidArgValue("options.family", strconv.Itoa(opts.Family), "must be one of: 0, 4, 6")
	}
	if opts.Timeout > 0 {
		s.SetTimeout(opts.Timeout, nil)
	}
	if cb != nil {
		s.Emitter.Once("connect", cb)
	}
	if s.w.destroyed {
		s.reinit()
	}
	s.unrefTimer()
	s.connecting = true
	s.loop.BeginRequest() // the connect (and lookup) request keeps the loop alive
	host := opts.Host
	if host == "" {
		host = "localhost"
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		fam := 4
		if ip.Is6() && !ip.Is4In6() {
			fam = 6
		} else if ip.Is4In6() {
			fam = 6
		}
		s.loop.NextTick(func() {
			if s.connecting {
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
	err := eventloop.OffloadValue(s.loop, func() (netip.Addr, error) {
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
			err = lookupError(err, host)
		}
		emitLookup(s, err, addr, fam, host)
		if !s.connecting {
			return
		}
		if err != nil {
			s.loop.NextTick(func() { s.connectFailed(err) })
			return
		}
		s.unrefTimer()
		s.internalConnect(ip, addr, opts.Port, fam, opts)
	})
	if err != nil {
		s.connecting = false
		s.loop.EndRequest()
		return err
	}
	return nil
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

func (s *Socket) connectFailed(err error) {
	s.Destroy(err)
}

// reinit prepares a destroyed socket for a new connect, as Node's
// initSocketHandle/_undestroy do.
func (s *Socket) reinit() {
	hwm, half := s.r.hwm, s.allowHalfOpen
	s.initStreams(hwm, half)
	s.endedByPeer = false
	s.resetOnClose = false
	s.haveLocal, s.haveRemote = false, false
	s.handle = eventloopHandle()
	s.handle.Init(s.loop)
}

func (s *Socket) internalConnect(ip netip.Addr, addr string, port, family int, opts ConnectOptions) {
	domain := syscall.AF_INET
	if family == 6 {
		domain = syscall.AF_INET6
	}
	fd, err := sys.Socket(domain, syscall.SOCK_STREAM)
	if err != nil {
		s.loop.EndRequest()
		s.Destroy(nodeerr.Errno("connect", errnoOf(err), addr, port))
		return
	}
	s.fd = fd
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
		lip, _ := netip.ParseAddr(local)
		if err := sys.Bind(fd, sys.SockaddrOf(netip.AddrPortFrom(lip, uint16(opts.LocalPort)))); err != nil {
			s.loop.EndRequest()
			s.Destroy(nodeerr.Errno("bind", errnoOf(err), local, opts.LocalPort))
			return
		}
	}
	events.Emit3(&s.Emitter, "connectionAttempt", addr, port, family)
	if s.blockList != nil && s.blockList.CheckAddr(ip) {
		s.loop.EndRequest()
		s.Destroy(errIPBlocked(addr))
		return
	}
	w, err := s.loop.Watch(fd, s.onIO)
	if err != nil {
		s.loop.EndRequest()
		s.Destroy(nodeerr.Errno("connect", syscall.EBADF, addr, port))
		return
	}
	s.watch = w
	s.connAddr, s.connPort = addr, port
	s.connLocal, s.connLocalPort = opts.LocalAddress, opts.LocalPort
	err = sys.Connect(fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(port))))
	switch {
	case err == nil || err == syscall.EINPROGRESS:
		s.updateInterest() // write readiness completes the connect
	case err == syscall.ECONNREFUSED:
		// libuv reports an early refusal asynchronously (delayed_error).
		s.loop.QueuePending(func() { s.afterConnect(syscall.ECONNREFUSED) })
	default:
		s.loop.EndRequest()
		s.Destroy(nodeerr.Errno("connect", errnoOf(err), addr, port))
	}
}

// finishConnect runs when the connecting descriptor becomes writable.
func (s *Socket) finishConnect() {
	err := sys.SocketError(s.fd)
	var errno syscall.Errno
	if err != nil {
		errno = errnoOf(err)
	}
	s.afterConnect(errno)
}

// afterConnect is Node's afterConnect.
func (s *Socket) afterConnect(status syscall.Errno) {
	s.loop.EndRequest()
	if s.w.destroyed {
		return
	}
	s.connecting = false
	s.haveLocal = false
	if status == 0 {
		s.updateInterest()
		s.unrefTimer()
		if s.noDelay {
			_ = sys.SetNoDelay(s.fd, true)
		}
		if s.keepAlive {
			_ = sys.SetKeepAlive(s.fd, true, s.keepAliveDelay, 0, 0)
		}
		if s.tos != nil {
			if err := sys.SetTOS(s.fd, s.domain(), *s.tos); err != nil {
				events.Emit1[error](&s.Emitter, "error", nodeerr.Errno("setTypeOfService", errnoOf(err), "", 0))
			}
		}
		if p := s.pendingW; p != nil {
			s.pendingW = nil
			s.writeGeneric(p.chunk, p.chunks)
		}
		events.Emit0(&s.Emitter, "connect")
		events.Emit0(&s.Emitter, "ready")
		if !s.IsPaused() {
			s.read(0)
		}
		return
	}
	ex := nodeerr.Errno("connect", status, s.connAddr, s.connPort)
	if s.connLocal != "" && s.connLocalPort != 0 {
		ex.Message += " - Local (" + s.connLocal + ":" + strconv.Itoa(s.connLocalPort) + ")"
	}
	events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", s.connAddr, s.connPort, s.family, ex)
	s.Destroy(ex)
}

func (s *Socket) domain() int {
	if s.family == 6 {
		return syscall.AF_INET6
	}
	return syscall.AF_INET
}
