package netmod

// This file is the part of Node's server.listen and new net.Socket that
// takes an existing socket instead of making one: a BoundSocket to adopt
// (ListenOptions.Handle, SocketOptions.Handle) or a descriptor (FD), and
// the connect of a Socket that adopted a BoundSocket.

import (
	"math"
	"syscall"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// Handle is an existing socket given to Server.Listen (ListenOptions.Handle,
// Node's server.listen(handle) and listen({fd})) or to a new Socket
// (SocketOptions.Handle, Node's new net.Socket({handle}) and {fd}): a
// *BoundSocket, which the server or socket adopts, or an FD.
type Handle interface{ isHandle() }

// FD is a socket descriptor used as a Handle (Node's {fd: n}). The server
// or socket takes it over: it is set non-blocking and closed with them.
// It must be a TCP socket or a Unix domain stream socket (or, as Node
// allows, a FIFO, which then fails to listen); Node's errors tell
// otherwise: for a Socket,
// ERR_OUT_OF_RANGE for a negative descriptor, ERR_INVALID_FD_TYPE
// ("Unsupported fd type: FILE") for anything else, "open EEXIST" for a
// descriptor the loop already watches; for a server the same cases are an
// asynchronous "listen EINVAL" (or EEXIST) 'error'.
type FD int

func (FD) isHandle() {}

// boundSource is what a Socket that adopted a BoundSocket keeps: the
// bound path of a pipe, reported as its local address, and the socket
// file to remove when the socket closes.
type boundSource struct {
	path   string
	unlink sockFile
}

// ---- server.listen(handle) --------------------------------------------------

// listenBound is the BoundSocket branch of Node's server.listen: adopt the
// bound socket (ERR_SOCKET_HANDLE_ADOPTED if it was adopted or closed) and
// listen on it. A pipe's path is the server's address from then on.
func (srv *Server) listenBound(b *BoundSocket, backlog int) error {
	fd, err := b.consume()
	if err != nil {
		return err
	}
	if b.isPipe {
		srv.pipeName = b.path
	}
	srv.listeningID++
	srv.listenAdopted(fd, b.isPipe, b.unlinkPath(), backlog)
	return nil
}

// listenFD listens on a descriptor given as an FD (Node's
// server.listen({fd})): a negative descriptor is refused at once, as Node
// refuses options without port or path; one that is not a TCP or Unix
// stream socket is an asynchronous "listen EINVAL", one the loop already
// watches "listen EEXIST" (the descriptor is left alone in both cases).
func (srv *Server) listenFD(fd FD, backlog int) error {
	if fd < 0 {
		return nodeerr.InvalidArgValue("options", "{ fd: "+itoa(int(fd))+" }", `must have the property "port" or "path"`)
	}
	n := int(fd)
	typ := sys.GuessHandleType(n)
	if fd > math.MaxInt32 || (typ != sys.HandleTCP && typ != sys.HandlePipe) {
		srv.listenFDFailed(syscall.EINVAL)
		return nil
	}
	w, err := srv.loop.Watch(n, srv.onListenerReady)
	if err != nil {
		srv.listenFDFailed(watchErrno(err))
		return nil
	}
	if err := sys.SetNonblock(n, true); err != nil {
		_ = w.Close()
		srv.listenFDFailed(errnoOf(err))
		return nil
	}
	srv.listenWatched(n, w, typ == sys.HandlePipe, sockFile{}, 0, backlog)
	return nil
}

// listenFDFailed reports a descriptor that cannot be listened on: an
// 'error' from "listen" naming no address.
func (srv *Server) listenFDFailed(errno syscall.Errno) { srv.failListen(errno, "", 0) }

// listenAdopted listens on the descriptor of an adopted BoundSocket:
// watch it, then listen (listenWatched).
func (srv *Server) listenAdopted(fd int, pipe bool, unlink sockFile, backlog int) {
	w, err := srv.loop.Watch(fd, srv.onListenerReady)
	if err != nil {
		srv.adoptedListenFailed(fd, nil, unlink, -1, watchErrno(err))
		return
	}
	srv.listenWatched(fd, w, pipe, unlink, -1, backlog)
}

// listenWatched calls listen(2) on an adopted descriptor and starts
// accepting. port is the port of the error, should listen fail: -1 for a
// BoundSocket, none (0) for an FD, as Node reports them.
func (srv *Server) listenWatched(fd int, w *eventloop.Watcher, pipe bool, unlink sockFile, port, backlog int) {
	if backlog <= 0 {
		backlog = 511
	}
	if err := sys.Listen(fd, backlog); err != nil {
		srv.adoptedListenFailed(fd, w, unlink, port, errnoOf(err))
		return
	}
	srv.fd, srv.pipe, srv.sockFile = fd, pipe, unlink
	srv.startListening(w)
}

// adoptedListenFailed closes an adopted descriptor that could not listen
// (removing the file of a bound path, as closing it does in Node) and
// reports an 'error' from "listen" with no address on the next tick.
func (srv *Server) adoptedListenFailed(fd int, w *eventloop.Watcher, unlink sockFile, port int, errno syscall.Errno) {
	if w != nil {
		_ = w.Close()
	}
	unlink.remove()
	_ = sys.Close(fd)
	srv.failListen(errno, "", port)
}

// watchErrno is the errno Node reports for a descriptor the loop cannot
// watch: EEXIST when the loop watches it already, else EBADF.
func watchErrno(err error) syscall.Errno {
	if err == eventloop.ErrWatched {
		return syscall.EEXIST
	}
	return syscall.EBADF
}

// ---- new net.Socket({handle}) and ({fd}) -----------------------------------

// OpenSocket is NewSocket with the errors Node's new net.Socket(options)
// throws, for opts.Handle: with a *BoundSocket, the socket adopts it
// (ERR_SOCKET_HANDLE_ADOPTED if it was adopted or closed) and is bound but
// not connected: it has a handle (Pending is false, ReadyState "open"),
// does not read, and Connect then connects from the bound address (see
// Connect). With an FD the socket takes the descriptor over as a
// connected stream and starts reading (see FD for the errors).
func OpenSocket(loop *eventloop.Loop, opts SocketOptions) (*Socket, error) {
	switch h := opts.Handle.(type) {
	case *BoundSocket:
		if h != nil {
			return openBound(loop, h, opts)
		}
	case FD:
		return openFD(loop, h, opts)
	}
	return newSocket(loop, opts), nil
}

// newSocketHandle is NewSocket for options with a Handle: an error Node
// would throw destroys the socket instead ('error', then 'close').
func newSocketHandle(loop *eventloop.Loop, opts SocketOptions) *Socket {
	s, err := OpenSocket(loop, opts)
	if err != nil {
		opts.Handle = nil
		s = newSocket(loop, opts)
		s.Destroy(err)
	}
	return s
}

// openBound is the BoundSocket branch of the Socket constructor.
func openBound(loop *eventloop.Loop, b *BoundSocket, opts SocketOptions) (*Socket, error) {
	fd, err := b.consume()
	if err != nil {
		return nil, err
	}
	s := &Socket{loop: loop, fd: fd}
	if err := loop.WatchInto(&s.watch, fd, (*socketIO)(s)); err != nil {
		_ = sys.Close(fd)
		return nil, nodeerr.Errno("open", watchErrno(err), "", 0)
	}
	s.init(opts)
	s.extra().bound = &boundSource{}
	if b.isPipe {
		s.pipe = true
		s.x.bound.path, s.x.bound.unlink = b.path, b.unlinkPath()
	} else {
		s.family = 4
		if b.address.Family == "IPv6" {
			s.family = 6
		}
	}
	return s, nil
}

// openFD makes a Socket of a descriptor given as an FD: the descriptor is
// checked (its range, then its kind), watched and made non-blocking, and
// the socket starts reading.
func openFD(loop *eventloop.Loop, fd FD, opts SocketOptions) (*Socket, error) {
	if fd < 0 || fd > math.MaxInt32 {
		return nil, nodeerr.OutOfRange("fd", ">= 0 && <= 2147483647", nodeerr.ReceivedInteger(int64(fd)))
	}
	n := int(fd)
	typ := sys.GuessHandleType(n)
	if typ != sys.HandleTCP && typ != sys.HandlePipe {
		return nil, nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_FD_TYPE", "Unsupported fd type: "+typ)
	}
	s := &Socket{loop: loop, fd: n}
	if err := loop.WatchInto(&s.watch, n, (*socketIO)(s)); err != nil {
		return nil, nodeerr.Errno("open", watchErrno(err), "", 0)
	}
	if err := sys.SetNonblock(n, true); err != nil {
		_ = s.watch.Close()
		return nil, nodeerr.Errno("open", errnoOf(err), "", 0)
	}
	s.init(opts)
	if typ == sys.HandlePipe {
		s.pipe = true
	} else if sa, err := sys.LocalAddr(n); err == nil {
		s.family = 4
		if sys.AddrPortOf(sa).Addr().Is6() {
			s.family = 6
		}
	}
	s.read(0)
	return s, nil
}

// ---- connect from a BoundSocket ---------------------------------------------

// boundConnect decides, for a socket that adopted a BoundSocket, whether
// Connect makes a pipe or a TCP connection (the adopted handle's kind
// while the socket still has it, else the options', as Node does), and
// returns what Node throws once it has marked the socket connecting: a
// pipe needs a Path (ERR_INVALID_ARG_TYPE), TCP takes no LocalAddress or
// LocalPort (ERR_INVALID_ARG_VALUE). Like Node, the socket stays
// connecting after such an error and cb stays registered.
func (s *Socket) boundConnect(opts ConnectOptions, cb func()) (pipe bool, err error) {
	pipe = opts.Path != ""
	if s.hasHandle() && !s.Destroyed() {
		pipe = s.pipe
	}
	switch {
	case pipe && opts.Path == "":
		err = nodeerr.InvalidArgType("options.path", []string{"string"}, "Received undefined")
	case !pipe && (opts.LocalAddress != "" || opts.LocalPort != 0):
		err = nodeerr.InvalidArgValue("options", inspectConnectOptions(opts),
			"localAddress and localPort cannot be used with an adopted bound socket")
	}
	if err != nil {
		if cb != nil {
			s.Emitter.Once("connect", cb)
		}
		s.unrefTimer()
		if s.hasHandle() {
			s.state = stateConnecting
		} else {
			s.state = stateConnectingNoHandle
		}
	}
	return pipe, err
}

// inspectConnectOptions is util.inspect of TCP connect options, with the
// properties that are set.
func inspectConnectOptions(opts ConnectOptions) string {
	s := "{ port: " + itoa(opts.Port)
	if opts.Host != "" {
		s += ", host: " + nodeerr.InspectString(opts.Host)
	}
	if opts.LocalAddress != "" {
		s += ", localAddress: " + nodeerr.InspectString(opts.LocalAddress)
	}
	if opts.LocalPort != 0 {
		s += ", localPort: " + itoa(opts.LocalPort)
	}
	return s + " }"
}
