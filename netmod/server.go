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
)

// ServerOptions are Node's net.createServer options.
type ServerOptions struct {
	// AllowHalfOpen is given to every accepted socket.
	AllowHalfOpen bool
	// PauseOnConnect accepts sockets paused (call Resume to read).
	PauseOnConnect bool
	// NoDelay, KeepAlive and KeepAliveInitialDelay are applied to every
	// accepted socket. Like Node, the delay is kept in whole seconds and a
	// negative one means 0.
	NoDelay               bool
	KeepAlive             bool
	KeepAliveInitialDelay time.Duration
	// HighWaterMark of both halves of the accepted sockets; 0 or less means
	// the default, DefaultHighWaterMark (64 KiB).
	HighWaterMark int
	// BlockList closes connections from blocked addresses before
	// 'connection', reading nothing from them.
	BlockList *blocklist.BlockList
}

// ListenOptions are Node's server.listen(options), for TCP or, with Path,
// for IPC (a Unix domain socket).
type ListenOptions struct {
	// Path, when not empty, makes the server listen on a Unix domain
	// socket of that name instead of TCP (Port, Host, IPv6Only and
	// ReusePort are then ignored). A name starting with NUL ("\x00name")
	// is in Linux's abstract namespace and creates no file; otherwise the
	// file is created by bind and removed when the server closes.
	Path string
	// ReadableAll and WritableAll make the socket file of a Path server
	// readable, or writable, by all users (Node's readableAll and
	// writableAll). Not allowed with an abstract
	// name.
	ReadableAll bool
	WritableAll bool
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
	// ReusePort lets several listeners share the port, the kernel spreading
	// the connections over them (libuv's UV_TCP_REUSEPORT: SO_REUSEPORT on
	// Linux, SO_REUSEPORT_LB on FreeBSD). Every listener on the port must
	// set it, or the later ones fail with EADDRINUSE. Where the system has
	// no balancing port sharing (macOS, NetBSD, OpenBSD) the listen fails
	// with ENOTSUP, as in Node. See also ListenGroup.
	ReusePort bool
	// Signal closes the server when done (Node's signal option; on the
	// next tick when it is done already).
	Signal context.Context
	// Handle, when not nil, is an existing socket to listen on instead
	// (Node's server.listen(handle) and listen({fd})): a *BoundSocket,
	// which the server adopts (Signal is then ignored, as Node ignores
	// it), or an FD. Only Backlog applies then.
	Handle Handle
}

// DropInfo is the argument of the 'drop' event (maxConnections reached).
// It is empty for an IPC server, whose 'drop' carries no data in Node.
type DropInfo struct {
	LocalAddress  string
	LocalPort     int
	LocalFamily   string
	RemoteAddress string
	RemotePort    int
	RemoteFamily  string
}

// Server is Node's net.Server for TCP or IPC (ListenOptions.Path). Events:
// 'listening', 'connection' (*Socket), 'error' (error), 'close', 'drop'
// (DropInfo), with typed listeners OnListening, OnConnection, OnError,
// OnClose and OnDrop. All methods belong to the loop goroutine.
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

	// IPC: pipeName is Node's _pipeName (the last Path listened on, kept
	// after close, as server.address() reports it); pipe is set while a
	// Path listens; sockFile is the socket file to remove on close.
	pipeName string
	sockFile sockFile
	pipe     bool
	// MaxConnections, when >= 0, drops connections beyond it with 'drop'
	// (Node's server.maxConnections; -1, the default, means no limit).
	MaxConnections int

	// accept back-off after repeated accept failures (see onConnection)
	acceptFailed  bool
	acceptBackoff time.Duration
	acceptTimer   *eventloop.Timer

	// the spare descriptor for EMFILE (emfile.go), -1 when none, and the
	// connections rejected with it
	reserveFD int
	rejected  int

	// the signal of the last listen, until it fires or the server closes
	// (signal.go)
	signal *serverSignal
}

// CreateServer returns a server (Node's net.createServer); a non-nil
// connectionListener is added as a 'connection' listener.
func CreateServer(loop *eventloop.Loop, opts ServerOptions, connectionListener func(*Socket)) *Server {
	if opts.KeepAliveInitialDelay < 0 {
		opts.KeepAliveInitialDelay = 0
	}
	opts.KeepAliveInitialDelay = opts.KeepAliveInitialDelay.Truncate(time.Second)
	if opts.HighWaterMark <= 0 {
		opts.HighWaterMark = DefaultHighWaterMark
	}
	srv := &Server{loop: loop, opts: opts, fd: -1, MaxConnections: -1, reserveFD: -1}
	srv.Emitter.Init(events.WithClassName("Server"), events.WithOwner(srv))
	if connectionListener != nil {
		srv.On("connection", connectionListener)
	}
	return srv
}

// Loop returns the server's loop.
func (srv *Server) Loop() *eventloop.Loop { return srv.loop }

// Options returns the options in effect, as Node exposes them on the
// server (server.allowHalfOpen, pauseOnConnect, noDelay, keepAlive,
// keepAliveInitialDelay, highWaterMark): HighWaterMark with the default
// filled in and KeepAliveInitialDelay in whole seconds.
func (srv *Server) Options() ServerOptions { return srv.opts }

// OnConnection is On("connection", fn).
func (srv *Server) OnConnection(fn func(*Socket)) *Server {
	srv.On("connection", fn)
	return srv
}

// OnListening is On("listening", fn): the server is bound and accepting.
func (srv *Server) OnListening(fn func()) *Server {
	srv.On("listening", fn)
	return srv
}

// OnError is On("error", fn): a listen error (EADDRINUSE, EACCES, a failed
// lookup of the host, ...) or a failed accept. As in Node, 'close' does not
// follow a listen error by itself; an 'error' with no listener is an
// uncaught exception that ends Run.
func (srv *Server) OnError(fn func(error)) *Server {
	srv.On("error", fn)
	return srv
}

// OnClose is On("close", fn): the server was closed and every connection
// has ended.
func (srv *Server) OnClose(fn func()) *Server {
	srv.On("close", fn)
	return srv
}

// OnDrop is On("drop", fn): a connection was closed at once because of
// MaxConnections.
func (srv *Server) OnDrop(fn func(DropInfo)) *Server {
	srv.On("drop", fn)
	return srv
}

// Listening reports whether the server is listening.
func (srv *Server) Listening() bool { return srv.fd >= 0 }

// FD is the listening descriptor (Node's server._handle.fd), -1 when the
// server is not listening.
func (srv *Server) FD() int { return srv.fd }

// Listen starts listening (Node's server.listen(options[, cb])); cb, if not
// nil, is a one-time 'listening' listener. Argument errors and listening
// twice (ERR_SERVER_ALREADY_LISTEN) are returned synchronously, as Node
// throws them; bind and listen failures arrive as 'error' events, with
// Node's text (listen EADDRINUSE: address already in use :::8080), and are
// not followed by 'close'.
//
// As in Node, cb is added before the options are checked, so the callback
// of a call that returned an error still runs on the next 'listening'.
//
// With opts.Path it listens on a Unix domain socket (Node's pipe branch):
// ReadableAll or WritableAll with an abstract name returns Node's
// ERR_INVALID_ARG_VALUE; bind and listen failures are 'error' events from
// "listen" with the path as address and port -1 ("listen EADDRINUSE:
// address already in use /tmp/x.sock", EINVAL for a name too long); a
// failed chmod for ReadableAll/WritableAll closes the socket and is
// returned, as Node throws it (syscall uv_pipe_chmod).
func (srv *Server) Listen(opts ListenOptions, cb func()) error {
	if srv.fd >= 0 {
		return errServerAlreadyListen()
	}
	if cb != nil {
		srv.Once("listening", cb)
	}
	if b, ok := opts.Handle.(*BoundSocket); ok && b != nil {
		return srv.listenBound(b, opts.Backlog)
	}
	// A new listen (or a close) makes a pending host lookup stale.
	srv.listeningID++
	if opts.Signal != nil {
		srv.watchSignal(opts.Signal)
	}
	if fd, ok := opts.Handle.(FD); ok {
		return srv.listenFD(fd, opts.Backlog)
	}
	if opts.Path != "" {
		return srv.listenPath(opts)
	}
	if opts.Port < 0 || opts.Port > 65535 {
		return errBadPort("options.port", opts.Port)
	}
	backlog := opts.Backlog
	if backlog <= 0 {
		backlog = 511
	}
	if opts.ReusePort {
		opts.Exclusive = true
	}
	if opts.Host == "" {
		srv.listenTCP(netip.Addr{}, opts.Port, backlog, opts)
		return nil
	}
	// A host is resolved first, all its addresses asked for; even an IP
	// address waits for the next tick, as its lookup would.
	id := srv.listeningID
	host := opts.Host
	stale := func() bool { return id != srv.listeningID || srv.abortPending() }
	if ip, err := netip.ParseAddr(host); err == nil {
		srv.loop.NextTick(func() {
			if !stale() {
				srv.listenTCP(ip, opts.Port, backlog, opts)
			}
		})
		return nil
	}
	return eventloop.OffloadValue(srv.loop, func() ([]netip.Addr, error) {
		return net.DefaultResolver.LookupNetIP(context.Background(), "ip", host)
	}, func(addrs []netip.Addr, err error) {
		if stale() {
			return
		}
		if err == nil && len(addrs) == 0 {
			err = &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		if err != nil {
			events.Emit1(&srv.Emitter, "error", lookupError(err, host))
			return
		}
		srv.listenTCP(listenAddrOf(addrs), opts.Port, backlog, opts)
	})
}

// listenAddrOf picks the address to listen on among a host's: the first
// one that is not an IPv6 link-local address (which would need a zone),
// else the first.
func listenAddrOf(addrs []netip.Addr) netip.Addr {
	for _, a := range addrs {
		if a = a.Unmap(); !(a.Is6() && a.IsLinkLocalUnicast()) {
			return a
		}
	}
	return addrs[0].Unmap()
}

// listenTCP binds a TCP listener to ip:port and starts accepting. With no
// ip it binds the dual-stack "::", or "0.0.0.0" where that socket cannot
// be made or bound (no IPv6) — but not when the port is taken, which is
// reported as it is. Every failure becomes an 'error' from "listen" on the
// next tick, naming the address and port.
func (srv *Server) listenTCP(ip netip.Addr, port, backlog int, opts ListenOptions) {
	bind := func(ip netip.Addr) (int, error) { return bindTCP(ip, port, opts.IPv6Only, opts.ReusePort) }
	var fd int
	var err error
	if ip.IsValid() {
		fd, err = bind(ip)
	} else {
		ip = netip.IPv6Unspecified()
		if fd, err = bind(ip); err != nil && err != syscall.EADDRINUSE {
			ip = netip.IPv4Unspecified()
			fd, err = bind(ip)
		}
	}
	if err == nil {
		if err = sys.Listen(fd, backlog); err != nil {
			_ = sys.Close(fd)
		}
	}
	if err != nil {
		srv.failListen(errnoOf(err), ip.String(), port)
		return
	}
	if errno := srv.serve(fd); errno != 0 {
		srv.failListen(errno, ip.String(), port)
	}
}

// serve watches the listening descriptor fd and starts accepting on it;
// when the loop cannot watch it, fd is closed and the errno returned.
func (srv *Server) serve(fd int) syscall.Errno {
	w, err := srv.loop.Watch(fd, srv.onListenerReady)
	if err != nil {
		_ = sys.Close(fd)
		return syscall.EBADF
	}
	srv.fd = fd
	srv.startListening(w)
	return 0
}

// startListening makes the listening descriptor's watcher and handle live
// and emits 'listening' on the next tick, unless the server stopped
// listening (or its signal fired) meanwhile.
func (srv *Server) startListening(w *eventloop.Watcher) {
	srv.watch = w
	srv.acceptFailed, srv.acceptBackoff = false, 0
	srv.openReserve()
	srv.handle = &eventloop.Handle{}
	srv.handle.Init(srv.loop)
	srv.handle.Start()
	if srv.unref {
		srv.handle.Unref()
	}
	w.SetInterest(eventloop.Read)
	srv.loop.NextTick(func() {
		if srv.fd >= 0 && !srv.abortPending() {
			events.Emit0(&srv.Emitter, "listening")
		}
	})
}

// stopListening closes the listening descriptor and its handle, without
// 'close' (Close adds it, a failed chmod does not).
func (srv *Server) stopListening() {
	_ = srv.watch.Close()
	srv.watch = nil
	_ = sys.Close(srv.fd)
	srv.fd = -1
	srv.handle.Close(nil)
	srv.handle = nil
	srv.pipe = false
}

// failListen emits a listen failure on the next tick: an 'error' from
// "listen" naming addr and port (a path has port -1); no 'close' follows.
func (srv *Server) failListen(errno syscall.Errno, addr string, port int) {
	ex := nodeerr.UV("listen", errno, addr, port)
	srv.loop.NextTick(func() { events.Emit1[error](&srv.Emitter, "error", ex) })
}

// Accept back-off bounds (see onListenerReady).
const (
	acceptBackoffMin = 5 * time.Millisecond
	acceptBackoffMax = time.Second
)

// onListenerReady accepts a connection when the listening descriptor is
// readable. It accepts ONE connection per readiness event, as the libuv of
// Node 26 (1.52) does: the descriptor is level-triggered, so the next
// pending connection is accepted in the next loop iteration, after the
// callbacks of this one (the clients' 'connect' events, say) have run.
// EAGAIN, EINTR and ECONNABORTED are ignored; any other failure is emitted
// as 'error' (Node's "accept EMFILE", syscall "accept").
//
// EMFILE and ENFILE go to the reserve descriptor first (emfile.go): the
// pending connections are accepted and closed, and nothing is emitted.
// When that cannot help (no spare descriptor) or for any other persistent
// failure, the loop would retry, and emit 'error', on every iteration. So
// when accept fails twice in a row, accepting pauses for a short, growing
// time (5 ms doubling up to 1 s, reset by the next success): every failed
// attempt still emits 'error', but the attempts are spaced out and the
// loop does not spin.
func (srv *Server) onListenerReady(ev eventloop.Event) {
	if srv.fd < 0 {
		return
	}
	if ev.Err {
		if err := srv.watch.Err(); err != nil {
			// The poller refused to watch the listening socket: no
			// connection will be reported, so say why.
			events.Emit1(&srv.Emitter, "error", watchError(err))
			return
		}
	}
	nfd, sa, err := sys.Accept(srv.fd)
	if err != nil {
		switch err {
		case syscall.EAGAIN, syscall.ECONNABORTED, syscall.EINTR:
			return
		case syscall.EMFILE, syscall.ENFILE:
			if srv.emfileTrick() {
				return
			}
		}
		if srv.acceptFailed {
			srv.pauseAccepting()
		}
		srv.acceptFailed = true
		events.Emit1[error](&srv.Emitter, "error", nodeerr.Errno("accept", errnoOf(err), "", 0))
		return
	}
	srv.acceptFailed = false
	srv.acceptBackoff = 0
	srv.admit(nfd, sa)
}

// pauseAccepting stops watching the listening socket for the current
// back-off, then resumes.
func (srv *Server) pauseAccepting() {
	switch {
	case srv.acceptBackoff == 0:
		srv.acceptBackoff = acceptBackoffMin
	case srv.acceptBackoff < acceptBackoffMax:
		srv.acceptBackoff = min(2*srv.acceptBackoff, acceptBackoffMax)
	}
	srv.watch.SetInterest(0)
	if srv.acceptTimer != nil {
		srv.acceptTimer.Close()
	}
	srv.acceptTimer = srv.loop.SetTimeout(func() {
		srv.acceptTimer = nil
		if srv.watch != nil {
			srv.openReserve()
			srv.watch.SetInterest(eventloop.Read)
		}
	}, srv.acceptBackoff).Unref()
}

// admit decides the fate of an accepted descriptor: over MaxConnections
// it is closed with a 'drop'; from an address the BlockList refuses it is
// closed silently; otherwise it becomes a Socket, given to 'connection'.
func (srv *Server) admit(nfd int, sa sys.Sockaddr) {
	if srv.MaxConnections >= 0 && srv.connections >= srv.MaxConnections {
		events.Emit1(&srv.Emitter, "drop", srv.dropInfo(nfd, sa))
		_ = sys.Close(nfd)
		return
	}
	if srv.opts.BlockList != nil && !srv.pipe && srv.opts.BlockList.CheckAddr(sys.AddrPortOf(sa).Addr()) {
		_ = sys.Close(nfd)
		return
	}
	s := srv.newConnection(nfd, sa)
	if s == nil {
		return
	}
	srv.connections++
	s.server = srv
	events.Emit1(&srv.Emitter, "connection", s)
}

// dropInfo describes the dropped connection nfd, whose peer is sa: both
// ends for TCP, nothing for a path (whose ends have no addresses).
func (srv *Server) dropInfo(nfd int, sa sys.Sockaddr) DropInfo {
	var d DropInfo
	if srv.pipe {
		return d
	}
	if lsa, err := sys.LocalAddr(nfd); err == nil {
		ai := addressInfo(sys.AddrPortOf(lsa))
		d.LocalAddress, d.LocalPort, d.LocalFamily = ai.Address, ai.Port, ai.Family
	}
	ai := addressInfo(sys.AddrPortOf(sa))
	d.RemoteAddress, d.RemotePort, d.RemoteFamily = ai.Address, ai.Port, ai.Family
	return d
}

// newConnection makes the Socket of an accepted descriptor, with the
// server's options, reading unless the server pauses new connections;
// nil (and nfd closed) when the loop cannot watch it.
func (srv *Server) newConnection(nfd int, sa sys.Sockaddr) *Socket {
	s := &Socket{loop: srv.loop, fd: nfd}
	s.init(SocketOptions{AllowHalfOpen: srv.opts.AllowHalfOpen, HighWaterMark: srv.opts.HighWaterMark})
	if err := srv.loop.WatchInto(&s.watch, nfd, (*socketIO)(s)); err != nil {
		_ = sys.Close(nfd)
		s.handle.Close(nil)
		return nil
	}
	if srv.pipe {
		s.pipe = true
	} else {
		s.family = 4
		if sys.AddrPortOf(sa).Addr().Is6() {
			s.family = 6
		}
	}
	if srv.opts.PauseOnConnect {
		s.r.startPaused()
	} else {
		s.read(0)
	}
	if !srv.pipe {
		if srv.opts.NoDelay {
			s.setFlag(fNoDelay, true)
			_ = sys.SetNoDelay(nfd, true)
		}
		if srv.opts.KeepAlive {
			s.setFlag(fKeepAlive, true)
			s.setKeepAliveSecs(keepAliveSeconds(srv.opts.KeepAliveInitialDelay))
			_ = sys.SetKeepAlive(nfd, true, s.keepAliveDelay(), 0, 0)
		}
	}
	return s
}

// Address returns the bound address (Node's server.address()); ok is false
// when not listening (Node's null). For a server that listened on a Path,
// Node returns the path string: here an AddressInfo with only Path set,
// which, as in Node, is still returned once the server has closed (and
// even after a failed listen).
func (srv *Server) Address() (AddressInfo, bool) {
	if srv.fd < 0 || srv.pipe {
		if srv.pipeName != "" {
			return AddressInfo{Path: srv.pipeName}, true
		}
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
	if srv.acceptTimer != nil {
		srv.acceptTimer.Close()
		srv.acceptTimer = nil
	}
	srv.closeReserve()
	if srv.fd >= 0 {
		srv.stopListening()
		// The socket file bind made goes with the listener (only while
		// the path still names that file).
		srv.sockFile.remove()
	}
	srv.closeWhenIdle()
	return srv
}

// closeWhenIdle emits 'close' on the next tick if the server neither
// listens nor has connections left; Close calls it, and so does every
// connection's end.
func (srv *Server) closeWhenIdle() {
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

// listenPath listens on a Unix domain socket (or, on Windows, a named
// pipe): ReadableAll or WritableAll with an abstract name is refused at
// once; a failed bind or listen is an 'error' from "listen" on the next
// tick, naming the path with port -1; a failed chmod for ReadableAll or
// WritableAll closes the listener and is returned, as Node throws it
// (syscall uv_pipe_chmod).
func (srv *Server) listenPath(opts ListenOptions) error {
	path := opts.Path
	if path[0] == 0 && (opts.ReadableAll || opts.WritableAll) {
		return errAbstractChmod(opts)
	}
	if isWindowsPipePath(path) {
		return srv.windowsPipeListen(opts)
	}
	srv.pipeName = path
	backlog := opts.Backlog
	if backlog <= 0 {
		backlog = 511
	}
	fd, err := bindUnix(path)
	if err != nil {
		srv.failListen(errnoOf(err), path, -1)
		return nil
	}
	file := newSockFile(path)
	if err := sys.Listen(fd, backlog); err != nil {
		_ = sys.Close(fd)
		file.remove()
		srv.failListen(errnoOf(err), path, -1)
		return nil
	}
	if errno := srv.serve(fd); errno != 0 {
		file.remove()
		srv.failListen(errno, path, -1)
		return nil
	}
	srv.pipe, srv.sockFile = true, file
	if opts.ReadableAll || opts.WritableAll {
		if err := srv.sockFile.chmod(opts.ReadableAll, opts.WritableAll); err != nil {
			srv.stopListening()
			srv.sockFile.remove()
			return nodeerr.Errno("uv_pipe_chmod", errnoOf(err), "", 0)
		}
	}
	return nil
}

// bindUnix returns a Unix stream socket bound to path.
func bindUnix(path string) (int, error) {
	sa, err := sys.UnixSockaddr(path)
	if err != nil {
		return -1, err
	}
	fd, err := sys.Socket(sys.AF_UNIX, sys.SOCK_STREAM)
	if err != nil {
		return -1, err
	}
	if err := sys.Bind(fd, sa); err != nil {
		_ = sys.Close(fd)
		return -1, err
	}
	return fd, nil
}
