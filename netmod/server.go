package netmod

import (
	"context"
	"net"
	"net/netip"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/poller"
)

// ServerOptions are Node's net.createServer options.
type ServerOptions struct {
	// AllowHalfOpen is given to every accepted socket.
	AllowHalfOpen bool
	// PauseOnConnect accepts sockets paused (call Resume to read).
	PauseOnConnect bool
	// NoDelay, KeepAlive and KeepAliveInitialDelay are applied to every
	// accepted socket.
	NoDelay               bool
	KeepAlive             bool
	KeepAliveInitialDelay time.Duration
	// HighWaterMark of the accepted sockets (default 64 KiB).
	HighWaterMark int
	// BlockList closes connections from blocked addresses before
	// 'connection', reading nothing from them.
	BlockList *blocklist.BlockList
}

// ListenOptions are Node's server.listen(options) for TCP.
type ListenOptions struct {
	// Port to listen on; 0 picks a free one.
	Port int
	// Host to bind; empty means "::" (dual stack) when IPv6 is available,
	// else "0.0.0.0".
	Host string
	// Backlog of pending connections (default 511).
	Backlog int
	// IPv6Only disables dual stack on an IPv6 host.
	IPv6Only bool
	// Exclusive is accepted for Node compatibility (no cluster here).
	Exclusive bool
	// ReusePort sets SO_REUSEPORT so several listeners share the port.
	ReusePort bool
	// Signal closes the server when done.
	Signal context.Context
}

// DropInfo is the argument of the 'drop' event (maxConnections reached).
type DropInfo struct {
	LocalAddress  string
	LocalPort     int
	LocalFamily   string
	RemoteAddress string
	RemotePort    int
	RemoteFamily  string
}

// Server is Node's net.Server for TCP. Events: 'listening', 'connection'
// (*Socket), 'error' (error), 'close', 'drop' (DropInfo). All methods belong
// to the loop goroutine.
type Server struct {
	events.Emitter

	loop   *eventloop.Loop
	opts   ServerOptions
	handle *eventloop.Handle
	fd     int
	watch  *eventloop.Watcher
	unref  bool

	listeningID int
	connections int
	// MaxConnections, when >= 0, drops connections beyond it with 'drop'
	// (Node's server.maxConnections; -1, the default, means no limit).
	MaxConnections int

	bound netip.AddrPort
}

// CreateServer returns a server (Node's net.createServer); a non-nil
// connectionListener is added as a 'connection' listener.
func CreateServer(loop *eventloop.Loop, opts ServerOptions, connectionListener func(*Socket)) *Server {
	srv := &Server{loop: loop, opts: opts, fd: -1, MaxConnections: -1}
	srv.Emitter.Init(events.WithClassName("Server"), events.WithOwner(srv))
	if connectionListener != nil {
		srv.On("connection", connectionListener)
	}
	return srv
}

// Loop returns the server's loop.
func (srv *Server) Loop() *eventloop.Loop { return srv.loop }

// OnConnection is On("connection", fn).
func (srv *Server) OnConnection(fn func(*Socket)) *Server {
	srv.On("connection", fn)
	return srv
}

// Listening reports whether the server is listening.
func (srv *Server) Listening() bool { return srv.fd >= 0 }

// Listen starts listening (Node's server.listen(options[, cb])); cb, if not
// nil, is a one-time 'listening' listener. Argument errors and listening
// twice (ERR_SERVER_ALREADY_LISTEN) are returned synchronously, as Node
// throws them; bind and listen failures arrive as 'error' events, with
// Node's text (listen EADDRINUSE: address already in use :::8080).
func (srv *Server) Listen(opts ListenOptions, cb func()) error {
	if srv.fd >= 0 {
		return errServerAlreadyListen()
	}
	if opts.Port < 0 || opts.Port > 65535 {
		return errBadPort("options.port", opts.Port)
	}
	if cb != nil {
		srv.Once("listening", cb)
	}
	backlog := opts.Backlog
	if backlog <= 0 {
		backlog = 511
	}
	if opts.ReusePort {
		opts.Exclusive = true
	}
	if opts.Signal != nil {
		srv.watchSignal(opts.Signal)
	}
	if opts.Host == "" {
		srv.setupListen(netip.Addr{}, opts.Port, backlog, opts)
		return nil
	}
	// Node resolves the host (even a literal) with dns.lookup first.
	id := srv.listeningID
	host := opts.Host
	if ip, err := netip.ParseAddr(host); err == nil {
		srv.loop.NextTick(func() {
			if id == srv.listeningID {
				srv.setupListen(ip, opts.Port, backlog, opts)
			}
		})
		return nil
	}
	srv.loop.BeginRequest()
	return eventloop.OffloadValue(srv.loop, func() ([]netip.Addr, error) {
		return net.DefaultResolver.LookupNetIP(context.Background(), "ip", host)
	}, func(addrs []netip.Addr, err error) {
		srv.loop.EndRequest()
		if id != srv.listeningID {
			return
		}
		if err != nil || len(addrs) == 0 {
			if err == nil {
				err = &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
			}
			events.Emit1(&srv.Emitter, "error", lookupError(err, host))
			return
		}
		srv.setupListen(filterValidAddress(addrs), opts.Port, backlog, opts)
	})
}

// filterValidAddress is Node's filterOnlyValidAddress: the first address
// that is not IPv6 link-local.
func filterValidAddress(addrs []netip.Addr) netip.Addr {
	for _, a := range addrs {
		a = a.Unmap()
		if !(a.Is6() && a.IsLinkLocalUnicast()) {
			return a
		}
	}
	return addrs[0].Unmap()
}

// setupListen is Node's setupListenHandle: bind (trying "::" first when no
// host was given), listen, then 'listening' on the next tick.
func (srv *Server) setupListen(ip netip.Addr, port, backlog int, opts ListenOptions) {
	var fd int
	var err error
	addrText := ip.String()
	if !ip.IsValid() {
		fd, err = srv.createHandle(netip.IPv6Unspecified(), port, opts)
		addrText = "::"
		if err != nil {
			fd, err = srv.createHandle(netip.IPv4Unspecified(), port, opts)
			addrText = "0.0.0.0"
		}
	} else {
		fd, err = srv.createHandle(ip, port, opts)
	}
	if err == nil {
		err = sys.Listen(fd, backlog)
		if err != nil {
			_ = sys.Close(fd)
		}
	}
	if err != nil {
		ex := nodeerr.UV("listen", errnoOf(err), addrText, port)
		srv.loop.NextTick(func() { events.Emit1[error](&srv.Emitter, "error", ex) })
		return
	}
	w, werr := srv.loop.Watch(fd, srv.onConnection)
	if werr != nil {
		_ = sys.Close(fd)
		ex := nodeerr.UV("listen", syscall.EBADF, addrText, port)
		srv.loop.NextTick(func() { events.Emit1[error](&srv.Emitter, "error", ex) })
		return
	}
	srv.fd = fd
	srv.watch = w
	srv.handle = &eventloop.Handle{}
	srv.handle.Init(srv.loop)
	srv.handle.Start()
	if srv.unref {
		srv.handle.Unref()
	}
	w.SetInterest(poller.Read)
	srv.loop.NextTick(func() {
		if srv.fd >= 0 {
			events.Emit0(&srv.Emitter, "listening")
		}
	})
}

// createHandle makes, configures and binds a listening socket. Like libuv
// it reports EADDRINUSE from listen, not from bind.
func (srv *Server) createHandle(ip netip.Addr, port int, opts ListenOptions) (int, error) {
	domain := syscall.AF_INET
	if ip.Is6() {
		domain = syscall.AF_INET6
	}
	fd, err := sys.Socket(domain, syscall.SOCK_STREAM)
	if err != nil {
		return -1, err
	}
	_ = sys.SetReuseAddr(fd, true)
	if opts.ReusePort {
		if err := sys.SetReusePort(fd, true); err != nil {
			_ = sys.Close(fd)
			return -1, err
		}
	}
	if domain == syscall.AF_INET6 {
		_ = sys.SetV6Only(fd, opts.IPv6Only)
	}
	if err := sys.Bind(fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(port)))); err != nil {
		if err == syscall.EADDRINUSE {
			// libuv defers this error to listen(); reproduce the listen form.
			_ = sys.Close(fd)
			return -1, err
		}
		_ = sys.Close(fd)
		return -1, err
	}
	return fd, nil
}

// onConnection accepts every pending connection (Node's onconnection).
func (srv *Server) onConnection(ev poller.Event) {
	for srv.fd >= 0 {
		nfd, sa, err := sys.Accept(srv.fd)
		if err != nil {
			switch err {
			case syscall.EAGAIN:
				return
			case syscall.ECONNABORTED, syscall.EINTR:
				continue
			}
			events.Emit1[error](&srv.Emitter, "error", nodeerr.Errno("accept", errnoOf(err), "", 0))
			return
		}
		srv.accepted(nfd, sa)
	}
}

func (srv *Server) accepted(nfd int, sa sys.Sockaddr) {
	if srv.MaxConnections >= 0 && srv.connections >= srv.MaxConnections {
		var d DropInfo
		if lsa, err := sys.LocalAddr(nfd); err == nil {
			ai := addressInfo(sys.AddrPortOf(lsa))
			d.LocalAddress, d.LocalPort, d.LocalFamily = ai.Address, ai.Port, ai.Family
		}
		ai := addressInfo(sys.AddrPortOf(sa))
		d.RemoteAddress, d.RemotePort, d.RemoteFamily = ai.Address, ai.Port, ai.Family
		events.Emit1(&srv.Emitter, "drop", d)
		_ = sys.Close(nfd)
		return
	}
	if srv.opts.BlockList != nil {
		peer := sys.AddrPortOf(sa)
		if srv.opts.BlockList.CheckAddr(peer.Addr()) {
			_ = sys.Close(nfd)
			return
		}
	}
	s := &Socket{loop: srv.loop, fd: nfd}
	s.init(SocketOptions{AllowHalfOpen: srv.opts.AllowHalfOpen, HighWaterMark: srv.opts.HighWaterMark})
	w, err := srv.loop.Watch(nfd, s.onIO)
	if err != nil {
		_ = sys.Close(nfd)
		return
	}
	s.watch = w
	s.family = 4
	if ap := sys.AddrPortOf(sa); ap.Addr().Is6() {
		s.family = 6
	}
	if srv.opts.PauseOnConnect {
		s.r.flowing = false
		s.r.hasFlowing = true
	} else {
		s.read(0)
	}
	if srv.opts.NoDelay {
		s.noDelay = true
		_ = sys.SetNoDelay(nfd, true)
	}
	if srv.opts.KeepAlive {
		s.keepAlive = true
		s.keepAliveDelay = srv.opts.KeepAliveInitialDelay.Truncate(time.Second)
		_ = sys.SetKeepAlive(nfd, true, s.keepAliveDelay, 0, 0)
	}
	srv.connections++
	s.server = srv
	events.Emit1(&srv.Emitter, "connection", s)
}

// Address returns the bound address (Node's server.address()); ok is false
// when not listening.
func (srv *Server) Address() (AddressInfo, bool) {
	if srv.fd < 0 {
		return AddressInfo{}, false
	}
	sa, err := sys.LocalAddr(srv.fd)
	if err != nil {
		return AddressInfo{}, false
	}
	return addressInfo(sys.AddrPortOf(sa)), true
}

// Close stops accepting (Node's server.close([cb])); 'close' follows once
// every connection has ended. cb, if not nil, runs on 'close', with
// ERR_SERVER_NOT_RUNNING when the server was not listening.
func (srv *Server) Close(cb func(error)) *Server {
	srv.listeningID++
	if cb != nil {
		if srv.fd < 0 {
			srv.Once("close", func() { cb(errServerNotRunning()) })
		} else {
			srv.Once("close", func() { cb(nil) })
		}
	}
	if srv.fd >= 0 {
		_ = srv.watch.Close()
		srv.watch = nil
		_ = sys.Close(srv.fd)
		srv.fd = -1
		srv.handle.Close(nil)
		srv.handle = nil
	}
	srv.emitCloseIfDrained()
	return srv
}

func (srv *Server) emitCloseIfDrained() {
	if srv.fd >= 0 || srv.connections > 0 {
		return
	}
	srv.loop.NextTick(func() { events.Emit0(&srv.Emitter, "close") })
}

// GetConnections passes the number of open connections to cb on the next
// tick (Node's server.getConnections).
func (srv *Server) GetConnections(cb func(error, int)) *Server {
	n := srv.connections
	srv.loop.NextTick(func() { cb(nil, n) })
	return srv
}

// Connections is the number of open connections.
func (srv *Server) Connections() int { return srv.connections }

// Ref makes the listening server keep the loop alive (the default).
func (srv *Server) Ref() *Server {
	srv.unref = false
	if srv.handle != nil {
		srv.handle.Ref()
	}
	return srv
}

// Unref lets the loop end while the server listens.
func (srv *Server) Unref() *Server {
	srv.unref = true
	if srv.handle != nil {
		srv.handle.Unref()
	}
	return srv
}

func (srv *Server) watchSignal(ctx context.Context) {
	if ctx.Err() != nil {
		srv.loop.NextTick(func() { srv.Close(nil) })
		return
	}
	stop := context.AfterFunc(ctx, func() { _ = srv.loop.Post(func() { srv.Close(nil) }) })
	srv.Once("close", func() { stop() })
}
