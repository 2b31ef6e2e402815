package netmod

import (
	"context"
	"math"
	"net/netip"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
)

// OnRead is Node's onread socket option: reads go straight into Buffer and
// Callback gets the number of bytes read; no chunk is allocated and no
// 'data' event is emitted. Returning false pauses reading, as Node's
// callback returning false does (Resume or Read starts it again).
type OnRead struct {
	// Buffer receives the bytes read; it is reused for every read, and the
	// callback may replace it between reads.
	Buffer []byte
	// Callback is called with the count of bytes read and Buffer[:n].
	Callback func(n int, buf []byte) bool
}

// SocketOptions are the options of NewSocket (Node's new net.Socket
// options).
type SocketOptions struct {
	// AllowHalfOpen keeps the writable side open after the peer's FIN.
	AllowHalfOpen bool
	// NoDelay disables Nagle's algorithm once connected.
	NoDelay bool
	// KeepAlive enables TCP keep-alive once connected, after
	// KeepAliveInitialDelay (whole seconds, as Node).
	KeepAlive             bool
	KeepAliveInitialDelay time.Duration
	// TypeOfService sets IP_TOS / IPV6_TCLASS once connected (nil: leave it).
	TypeOfService *int
	// BlockList refuses to dial blocked addresses with ERR_IP_BLOCKED.
	BlockList *blocklist.BlockList
	// OnRead reads into a caller's buffer instead of emitting 'data'.
	OnRead *OnRead
	// HighWaterMark for both directions (default 64 KiB).
	HighWaterMark int
	// ReadableHighWaterMark and WritableHighWaterMark, when HighWaterMark
	// is 0, set one direction's mark alone (Node's readableHighWaterMark
	// and writableHighWaterMark). In any of the three marks 0 means the
	// default and a negative value a mark of 0.
	ReadableHighWaterMark, WritableHighWaterMark int
	// Signal destroys the socket with an AbortError when done (Node's
	// signal option). The error's Cause is the context's cause, with
	// context.Canceled given as Node's default reason, a DOMException
	// AbortError, and context.DeadlineExceeded as AbortSignal.timeout's, a
	// DOMException TimeoutError (nodeerr.AbortReason); errors.Is(err,
	// context.Canceled) holds. A cancellation made on another goroutine
	// reaches the loop through Post.
	Signal context.Context
	// Handle is an existing socket to use (Node's handle and fd options):
	// a *BoundSocket to adopt, or an FD. See OpenSocket.
	Handle Handle
}

// Socket is Node's net.Socket: a duplex byte stream over a TCP connection
// or a Unix domain socket (IPC), driven by its loop. All methods belong to
// the loop goroutine. Events:
// 'lookup', 'connectionAttempt', 'connectionAttemptFailed',
// 'connectionAttemptTimeout', 'connect',
// 'ready', 'data' ([]byte, or string after SetEncoding), 'end', 'finish',
// 'drain', 'timeout', 'error', 'close' (hadError bool), plus the stream
// events 'pause', 'resume', 'readable', 'prefinish', 'pipe' and 'unpipe'.
type Socket struct {
	events.Emitter

	loop *eventloop.Loop

	// the handle: its liveness on the loop; the socket has one while
	// connecting or open (hasHandle)
	handle eventloop.Handle
	fd     int
	watch  eventloop.Watcher // watching while fd >= 0 (WatchInto)

	r    readableState
	w    writableState
	life lifecycle

	onread *OnRead

	// the write request at the handle level; nil until a write had to
	// wait for the kernel
	req *writeReq

	// connect-time state; nil for accepted sockets
	conn *connectState
	// what few sockets use (socketExtra); nil until one does
	x *socketExtra

	timeout time.Duration
	timer   *eventloop.Timer

	// handle.bytesRead and handle.bytesWritten; as Node's kBytesRead and
	// kBytesWritten they keep their values once the handle is gone, until
	// a new handle starts them at 0
	bytesRead    int64
	bytesWritten int64
	addrs        *addrCaches // _sockname and _peername, allocated when first read

	server *Server

	// the loop's read buffer (readBuffer), once the socket first read
	rb *readBuffer

	// flags, kept together so the struct packs tightly
	state         sockState // where the socket is in its life
	reqs          reqKind   // the requests in flight (beginReq, endReq)
	family        uint8     // 4 or 6 once known, else 0
	flags         sockFlag  // the rarely used ones
	readsLeft     uint8     // the reads left of the event the read loop stopped in (fReadsResume)
	reading       bool      // reading was asked for (the kernel is read while handle.Active)
	writeSideOpen bool      // the write side may still be shut down (not yet, and no read error)
	allowHalfOpen bool
	pipe          bool // the handle is a Pipe (a Unix domain socket)
}

// sockState is where a socket is in its life: whether it has a handle
// (Node's this._handle) and whether it is connecting (socket.isConnecting()).
type sockState uint8

const (
	// stateNoHandle: no handle, not connecting. A new socket, or one
	// destroyed (it can connect again).
	stateNoHandle sockState = iota
	// stateConnecting: a handle, connecting (the lookup, the attempts and
	// their connect requests, see reqConnect).
	stateConnecting
	// stateOpen: a handle, connected or accepted: reads and writes go to
	// the descriptor.
	stateOpen
	// stateConnectingNoHandle: connecting without a handle, as Node leaves
	// a destroyed socket that adopted a BoundSocket when its Connect fails
	// an argument check (boundConnect).
	stateConnectingNoHandle
)

// String names the state, for tests and debugging.
func (st sockState) String() string {
	switch st {
	case stateNoHandle:
		return "no handle"
	case stateConnecting:
		return "connecting"
	case stateOpen:
		return "open"
	case stateConnectingNoHandle:
		return "connecting without a handle"
	}
	return "sockState(" + itoa(int(st)) + ")"
}

// hasHandle reports whether the socket has a handle (Node's this._handle).
func (s *Socket) hasHandle() bool { return s.state == stateConnecting || s.state == stateOpen }

// isConnecting reports whether a connect is under way (socket.connecting,
// including the lookup before the socket has a handle).
func (s *Socket) isConnecting() bool {
	return s.state == stateConnecting || s.state == stateConnectingNoHandle
}

// sockFlag is a flag of Socket.flags.
type sockFlag uint8

const (
	fShutDown        sockFlag = 1 << iota // the write side was shut down (shutdown(2) done)
	fEndedByPeer                          // the peer ended: writes fail (writeAfterFIN)
	fResetAndClosing                      // destroy resets the connection (ResetAndDestroy)
	fCloseHadError                        // the hadError of the 'close' that closeHandle queued
	fSpliceNext                           // the last read was large: splice the next one (splice_linux.go)
	fNoDelay                              // the noDelay option (applied once connected)
	fKeepAlive                            // the keepAlive option (applied once connected)
	fReadsResume                          // the read loop stopped between two reads to let the host run its microtasks
)

// flag reports whether f is set.
func (s *Socket) flag(f sockFlag) bool { return s.flags&f != 0 }

// setFlag sets or clears f.
func (s *Socket) setFlag(f sockFlag, on bool) {
	if on {
		s.flags |= f
	} else {
		s.flags &^= f
	}
}

// keepAliveDelay returns the keep-alive initial delay.
func (s *Socket) keepAliveDelay() time.Duration {
	return time.Duration(s.keepAliveSecs()) * time.Second
}

// keepAliveSecs is the keep-alive initial delay in whole seconds (as Node
// keeps it), which is what the socket option takes.
func (s *Socket) keepAliveSecs() int32 {
	if s.x == nil {
		return 0
	}
	return s.x.keepAliveSecs
}

// setKeepAliveSecs records the keep-alive initial delay.
func (s *Socket) setKeepAliveSecs(secs int32) {
	if secs != 0 || s.x != nil {
		s.extra().keepAliveSecs = secs
	}
}

// keepAliveSeconds is d in whole seconds, saturated to 32 bits as the
// socket option saturates it.
func keepAliveSeconds(d time.Duration) int32 {
	return int32(min(max(d/time.Second, math.MinInt32), math.MaxInt32))
}

// socketExtra holds the state of features most sockets never use, so that
// only the sockets that do pay for it: allocated on first use (extra).
type socketExtra struct {
	// options applied once connected
	keepAliveSecs     int32 // the initial delay (keepAliveDelay)
	keepAliveInterval time.Duration
	keepAliveCount    int
	tos               *int
	// the blockList option, checked when connecting
	blockList *blocklist.BlockList
	// set once a BoundSocket was adopted
	bound *boundSource
	// the callbacks of End, called on 'finish' or an error
	onFinished []func(error)
	// the batch of write completions new ones join, when it is not the
	// inline one (writableState.batchCb)
	batch *doneBatch
}

// extra returns the socket's socketExtra, allocating it.
func (s *Socket) extra() *socketExtra {
	if s.x == nil {
		s.x = &socketExtra{}
	}
	return s.x
}

// blockList returns the blockList option (nil for none).
func (s *Socket) blockList() *blocklist.BlockList {
	if s.x == nil {
		return nil
	}
	return s.x.blockList
}

// bound returns the BoundSocket source the socket adopted, if any.
func (s *Socket) bound() *boundSource {
	if s.x == nil {
		return nil
	}
	return s.x.bound
}

// tos returns the type of service to apply (nil: leave it).
func (s *Socket) tos() *int {
	if s.x == nil {
		return nil
	}
	return s.x.tos
}

// reqKind is a request a socket has in flight at the handle level: a
// connect, a write or a shutdown, at most one of each. A request in flight keeps the loop
// alive. beginReq and endReq are the only places where a socket counts
// its requests with the loop, so that a request begun is ended exactly
// once: closedHandle cancels those still in flight.
type reqKind uint8

const (
	reqConnect  reqKind = 1 << iota // a connect request (completed by finishConnect, or by the dialer)
	reqWrite                        // a write request waiting for POLLOUT (completed by finishWriteReq)
	reqShutdown                     // a shutdown request (completed by shutdownWhenFlushed, which calls shutdownDone)
)

// inFlight reports whether a request of kind k is in flight.
func (s *Socket) inFlight(k reqKind) bool { return s.reqs&k != 0 }

// beginReq starts a request of kind k; one already in flight is a bug.
func (s *Socket) beginReq(k reqKind) {
	if s.reqs&k != 0 {
		panic("netmod: a request begun twice")
	}
	s.reqs |= k
	s.loop.BeginRequest()
}

// endReq ends the request of kind k; ending one not in flight is a bug.
func (s *Socket) endReq(k reqKind) {
	if s.reqs&k == 0 {
		panic("netmod: a request ended that was not in flight")
	}
	s.reqs &^= k
	s.loop.EndRequest()
}

// writeReq is the write request at the handle level, and the queue size
// the idle timeout last saw (see onTimeout): allocated by the first write
// the kernel does not take at once, and kept for the next ones.
type writeReq struct {
	wq                 [][]byte // what is left of the request in flight; nil when none
	lastWriteQueueSize int      // the write queue size onTimeout last saw
	// triedText is the bytes of the last string written whose encoded
	// size fits Node's stack buffer (noteText): if it is dispatched alone
	// and fails at once, its bytes do not count as written.
	triedText []byte
}

// writeInFlight reports whether a write request is in flight.
func (s *Socket) writeInFlight() bool { return s.inFlight(reqWrite) }

// writeReq returns the write request's state, allocating it.
func (s *Socket) writeReq() *writeReq {
	if s.req == nil {
		s.req = &writeReq{}
	}
	return s.req
}

// connectState is what only a socket that connects needs: the write
// issued while connecting (Node's _pendingData), the connect under way
// (dialer.go) and the addresses its attempts tried, and the signal
// option. Accepted sockets never allocate it.
type connectState struct {
	pendingData   bool
	pendingChunk  []byte
	pendingChunks [][]byte

	dial      *dialer  // the last connect; it acts only while connecting
	attempted []string // AutoSelectFamilyAttemptedAddresses

	signal *signalState // the signal option, if any (signal.go)
}

// connState returns the connect-time state, allocating it.
func (s *Socket) connState() *connectState {
	if s.conn == nil {
		s.conn = &connectState{}
	}
	return s.conn
}

// addrCaches holds Node's _sockname and _peername. Most sockets never
// read their addresses, so it is allocated on first use.
type addrCaches struct{ sockname, peername addrCache }

// resetSockname forgets the cached local address.
func (s *Socket) resetSockname() {
	if s.addrs != nil {
		s.addrs.sockname = addrCache{}
	}
}

// caches returns the address caches, allocating them.
func (s *Socket) caches() *addrCaches {
	if s.addrs == nil {
		s.addrs = &addrCaches{}
	}
	return s.addrs
}

// addrCache is a cached getsockname/getpeername result: set means cached,
// ok means the call succeeded (Node caches {} on failure).
type addrCache struct {
	ap      netip.AddrPort
	set, ok bool
}

// NewSocket returns an unconnected socket (Node's new net.Socket(options)).
// With opts.Handle it is OpenSocket, except that an error Node would throw
// destroys the socket ('error', then 'close') instead of being returned.
func NewSocket(loop *eventloop.Loop, opts SocketOptions) *Socket {
	if opts.Handle != nil {
		return newSocketHandle(loop, opts)
	}
	return newSocket(loop, opts)
}

func newSocket(loop *eventloop.Loop, opts SocketOptions) *Socket {
	s := &Socket{loop: loop, fd: -1}
	s.init(opts)
	return s
}

// init is the Socket constructor. A Server sets s.fd (and then watches it)
// for an accepted connection: the socket then has its handle.
func (s *Socket) init(opts SocketOptions) {
	s.Emitter.Init(events.WithClassName("Socket"), events.WithOwner(s))
	r, w := opts.ReadableHighWaterMark, opts.WritableHighWaterMark
	if opts.HighWaterMark != 0 {
		r, w = opts.HighWaterMark, opts.HighWaterMark
	}
	s.initStreams(r, w, opts.AllowHalfOpen)
	s.setFlag(fNoDelay, opts.NoDelay)
	s.setFlag(fKeepAlive, opts.KeepAlive)
	if opts.KeepAliveInitialDelay > 0 {
		s.setKeepAliveSecs(keepAliveSeconds(opts.KeepAliveInitialDelay))
	}
	if opts.TypeOfService != nil || opts.BlockList != nil {
		x := s.extra()
		x.tos = opts.TypeOfService
		x.blockList = opts.BlockList
	}
	if opts.OnRead != nil && opts.OnRead.Callback != nil && len(opts.OnRead.Buffer) > 0 {
		s.onread = opts.OnRead
	}
	// The peer's end ends our side too, unless allowHalfOpen (socketEnd).
	s.Emitter.On("end", (*socketEnd)(s))
	if s.fd >= 0 {
		s.state = stateOpen
		s.writeSideOpen = true
		s.handle.Init(s.loop)
	}
	if opts.Signal != nil {
		s.watchSignal(opts.Signal)
	}
}

// UseOnRead switches the socket to Node's onread mode (SocketOptions.OnRead)
// after creation, for sockets a Server accepted.
func (s *Socket) UseOnRead(o *OnRead) {
	if o != nil && o.Callback != nil && len(o.Buffer) > 0 {
		s.onread = o
	}
}

// Loop returns the socket's loop.
func (s *Socket) Loop() *eventloop.Loop { return s.loop }

// ---- events: the listener methods with Readable's side effects -------------

// On adds a listener (Readable.prototype.on): a 'data' listener starts the
// flow of data unless the socket was paused explicitly; a 'readable'
// listener switches to paused mode with 'readable' events.
func (s *Socket) On(name string, listener any) *Socket {
	s.Emitter.On(name, listener)
	s.afterAdd(name)
	return s
}

// AddListener is On.
func (s *Socket) AddListener(name string, listener any) *Socket { return s.On(name, listener) }

// Once adds a one-time listener.
func (s *Socket) Once(name string, listener any) *Socket {
	s.Emitter.Once(name, listener)
	s.afterAdd(name)
	return s
}

// PrependListener adds a listener before the others.
func (s *Socket) PrependListener(name string, listener any) *Socket {
	s.Emitter.PrependListener(name, listener)
	s.afterAdd(name)
	return s
}

// PrependOnceListener adds a one-time listener before the others.
func (s *Socket) PrependOnceListener(name string, listener any) *Socket {
	s.Emitter.PrependOnceListener(name, listener)
	s.afterAdd(name)
	return s
}

// Off removes a listener.
func (s *Socket) Off(name string, listener any) *Socket { return s.RemoveListener(name, listener) }

// RemoveListener removes a listener (the most recently added match).
func (s *Socket) RemoveListener(name string, listener any) *Socket {
	s.Emitter.RemoveListener(name, listener)
	if name == "readable" {
		s.loop.NextTick(s.recheckReadableMode)
	} else if name == "data" && s.ListenerCount("data") == 0 {
		s.r.dataListening = false
	}
	return s
}

// RemoveAllListeners removes the listeners of the named events, or of all
// events when no name is given.
func (s *Socket) RemoveAllListeners(names ...string) *Socket {
	s.Emitter.RemoveAllListeners(names...)
	all := len(names) == 0
	for _, n := range names {
		if n == "readable" {
			all = true
		}
	}
	if all {
		s.loop.NextTick(s.recheckReadableMode)
	}
	return s
}

func (s *Socket) afterAdd(name string) {
	r := &s.r
	switch name {
	case "data":
		r.dataListening = true
		r.listening = s.ListenerCount("readable") > 0
		if !r.hasFlowing || r.flowing {
			s.Resume()
		}
	case "readable":
		if r.end != endDone && !r.listening {
			r.listening, r.wantNotice = true, true
			r.hasFlowing, r.flowing = true, false
			r.noticeQueued = false
			if r.length > 0 {
				s.announce()
			} else if !r.pulling {
				s.loop.NextTick(func() { s.read(0) })
			}
		}
	}
}

// OnData is On("data", fn) with a typed listener: fn owns each chunk. After
// SetEncoding the chunks are text: use OnDataString.
func (s *Socket) OnData(fn func([]byte)) *Socket { return s.On("data", fn) }

// OnEnd is On("end", fn).
func (s *Socket) OnEnd(fn func()) *Socket { return s.On("end", fn) }

// OnClose is On("close", fn); hadError tells whether an error closed it.
func (s *Socket) OnClose(fn func(hadError bool)) *Socket { return s.On("close", fn) }

// OnError is On("error", fn).
func (s *Socket) OnError(fn func(error)) *Socket { return s.On("error", fn) }

// OnConnect is On("connect", fn).
func (s *Socket) OnConnect(fn func()) *Socket { return s.On("connect", fn) }

// OnDrain is On("drain", fn).
func (s *Socket) OnDrain(fn func()) *Socket { return s.On("drain", fn) }

// OnDataString is On("data", fn) for a socket with an encoding
// (SetEncoding), whose chunks are text.
func (s *Socket) OnDataString(fn func(string)) *Socket { return s.On("data", fn) }

// OnLookup is On("lookup", fn): the host name was resolved (err is nil) or
// not, before connecting.
func (s *Socket) OnLookup(fn func(err error, address string, family int, host string)) *Socket {
	return s.On("lookup", fn)
}

// OnConnectionAttempt is On("connectionAttempt", fn): a connect to
// address starts (family is 4 or 6; port and family are 0 for a path).
func (s *Socket) OnConnectionAttempt(fn func(address string, port, family int)) *Socket {
	return s.On("connectionAttempt", fn)
}

// OnConnectionAttemptFailed is On("connectionAttemptFailed", fn): the
// attempt to connect to address failed with err.
func (s *Socket) OnConnectionAttemptFailed(fn func(address string, port, family int, err error)) *Socket {
	return s.On("connectionAttemptFailed", fn)
}

// OnConnectionAttemptTimeout is On("connectionAttemptTimeout", fn): the
// attempt to connect to address took longer than the attempt timeout of
// ConnectOptions.AutoSelectFamily.
func (s *Socket) OnConnectionAttemptTimeout(fn func(address string, port, family int)) *Socket {
	return s.On("connectionAttemptTimeout", fn)
}

// OnReady is On("ready", fn): emitted right after 'connect'.
func (s *Socket) OnReady(fn func()) *Socket { return s.On("ready", fn) }

// OnFinish is On("finish", fn): everything written was handed to the
// kernel after End.
func (s *Socket) OnFinish(fn func()) *Socket { return s.On("finish", fn) }

// OnPrefinish is On("prefinish", fn), the stream event before 'finish'.
func (s *Socket) OnPrefinish(fn func()) *Socket { return s.On("prefinish", fn) }

// OnTimeout is On("timeout", fn): the socket was idle for its timeout
// (SetTimeout).
func (s *Socket) OnTimeout(fn func()) *Socket { return s.On("timeout", fn) }

// OnPause is On("pause", fn): Pause switched the socket out of flowing mode.
func (s *Socket) OnPause(fn func()) *Socket { return s.On("pause", fn) }

// OnResume is On("resume", fn): the socket flows again.
func (s *Socket) OnResume(fn func()) *Socket { return s.On("resume", fn) }

// OnReadable is On("readable", fn), which switches the socket to paused
// mode: read the data with Read.
func (s *Socket) OnReadable(fn func()) *Socket { return s.On("readable", fn) }

// OnPipe is On("pipe", fn): src started piping into this socket.
func (s *Socket) OnPipe(fn func(src *Socket)) *Socket { return s.On("pipe", fn) }

// OnUnpipe is On("unpipe", fn): src stopped piping into this socket.
func (s *Socket) OnUnpipe(fn func(src *Socket, info *UnpipeInfo)) *Socket {
	return s.On("unpipe", fn)
}

// ---- writing ----------------------------------------------------------------

// Write queues data (Node's socket.write). It returns false once the bytes
// buffered reach the high-water mark ('drain' follows when they are sent),
// or after an error. Errors (write after End or Destroy, write after the
// peer ended the connection, system errors) go to cb and to 'error'. The
// socket keeps a reference to data until it is written: do not modify it.
func (s *Socket) Write(data []byte, cb func(error)) bool {
	return s.writeCounted(data, len(data), cb)
}

// writeCounted is Write with data counting n for the high-water mark.
func (s *Socket) writeCounted(data []byte, n int, cb func(error)) bool {
	if s.flag(fEndedByPeer) && s.w.phase != writeOpen {
		return s.writeAfterFIN(cb)
	}
	ok, _ := s.write(data, n, cb)
	return ok
}

// WriteString writes str encoded with encoding ("utf8" when empty; also
// "latin1"/"binary", "ascii", "hex", "base64", "base64url",
// "ucs2"/"utf16le"), as socket.write(string, encoding). An unknown
// encoding is returned as ERR_UNKNOWN_ENCODING (Node throws it).
//
// As in Node, the text counts for writableLength (and the high-water mark)
// by its length in UTF-16 units, not by its encoded size.
func (s *Socket) WriteString(str, encoding string, cb func(error)) (bool, error) {
	b, err := encodeString(str, encoding)
	if err != nil {
		return false, err
	}
	if s.flag(fEndedByPeer) && s.w.phase != writeOpen {
		return s.writeAfterFIN(cb), nil
	}
	s.noteText(b, str, encoding)
	ok, _ := s.write(b, jsLength(str), cb)
	return ok, nil
}

// jsLength is the length of str as a JavaScript string (UTF-16 units).
func jsLength(str string) int {
	n := 0
	for i := 0; i < len(str); i++ {
		c := str[i]
		switch {
		case c < 0x80 || c&0xC0 == 0x80:
			if c < 0x80 {
				n++
			}
		case c >= 0xF0:
			n += 2
		default:
			n++
		}
	}
	return n
}

// writeAfterFIN fails a write made after the peer's FIN ended our side
// (allowHalfOpen false): EPIPE, to cb and as the socket's error.
func (s *Socket) writeAfterFIN(cb func(error)) bool {
	err := errEndedByOtherParty()
	if cb != nil {
		s.loop.NextTick(func() { cb(err) })
	}
	s.Destroy(err)
	return false
}

// End half-closes the socket once the queued data (and data, if not nil)
// is written (Node's socket.end). cb runs on 'finish', or with the error
// that prevents it.
func (s *Socket) End(data []byte, cb func(error)) *Socket {
	return s.end(data, len(data), data != nil, cb)
}

func (s *Socket) end(data []byte, n int, hasData bool, cb func(error)) *Socket {
	w := &s.w
	var err error
	if hasData {
		if _, e := s.write(data, n, nil); e != nil {
			err = e
		}
	}
	if w.corked > 0 {
		w.corked = 1
		s.Uncork()
	}
	switch {
	case err != nil:
	case w.phase == writeOpen && s.life.errored == nil:
		w.phase = writeEnding
		s.maybeFinish()
	case w.phase == writeFinished:
		err = nodeErrAlreadyFinished()
	case s.life.destroyed:
		err = errStreamDestroyed("end")
	}
	if cb != nil {
		switch {
		case err != nil:
			e := err
			s.loop.NextTick(func() { cb(e) })
		case s.life.errored != nil:
			e := s.life.errored
			s.loop.NextTick(func() { cb(e) })
		case w.phase == writeFinished:
			s.loop.NextTick(func() { cb(nil) })
		default:
			x := s.extra()
			x.onFinished = append(x.onFinished, cb)
		}
	}
	return s
}

// EndString is End with a string encoded as WriteString encodes it.
func (s *Socket) EndString(str, encoding string, cb func(error)) (*Socket, error) {
	b, err := encodeString(str, encoding)
	if err != nil {
		return s, err
	}
	s.noteText(b, str, encoding)
	return s.end(b, jsLength(str), true, cb), nil
}

// noteText remembers b, the encoding of str, when Node would first try to
// write it from a stack buffer of 16 KiB: UTF-8, Latin-1/ASCII and UTF-16
// text whose worst-case size (3, 1 or 2 bytes a unit) fits. Node counts
// such a string in bytesWritten only once that attempt did not fail, while
// a Buffer, a larger or a hex/base64 string, or several chunks at once
// count as soon as they are dispatched, failed or not.
func (s *Socket) noteText(b []byte, str, encoding string) {
	enc, _ := normalizeEncoding(encoding)
	per := 0
	switch enc {
	case "utf8":
		per = 3
	case "latin1", "ascii":
		per = 1
	case "utf16le":
		per = 2
	}
	if per != 0 && len(b) > 0 && per*jsLength(str) <= 16384 {
		s.writeReq().triedText = b
	} else if s.req != nil {
		s.req.triedText = nil
	}
}

// DestroySoon ends the socket and destroys it once the writes are flushed
// (Node's socket.destroySoon).
func (s *Socket) DestroySoon() {
	if s.Writable() {
		s.End(nil, nil)
	}
	if s.w.phase == writeFinished {
		s.Destroy(nil)
	} else {
		s.Emitter.Once("finish", s.destroyNoErr)
	}
}

func (s *Socket) destroyNoErr() { s.Destroy(nil) }

// ResetAndDestroy closes the connection with a TCP RST (SO_LINGER 0) and
// destroys the socket (Node's socket.resetAndDestroy). While connecting it
// waits for 'connect'; without a handle it destroys the socket with
// ERR_SOCKET_CLOSED. On an IPC socket (a Unix domain socket, see
// ConnectOptions.Path) it does nothing and returns Node's
// ERR_INVALID_HANDLE_TYPE TypeError, which Node throws.
func (s *Socket) ResetAndDestroy() error {
	if s.hasHandle() && s.pipe {
		return errInvalidHandleType()
	}
	if s.hasHandle() {
		if s.isConnecting() {
			s.Emitter.Once("connect", s.reset)
		} else {
			s.reset()
		}
	} else {
		s.Destroy(errSocketClosed())
	}
	return nil
}

// reset destroys the socket with a TCP RST (ResetAndDestroy).
func (s *Socket) reset() {
	s.setFlag(fResetAndClosing, true)
	s.Destroy(nil)
}

// socketEnd is the socket seen as its own 'end' listener, a
// DynamicListener: registering it allocates no method value.
type socketEnd Socket

// CallListener takes the peer's end: without allowHalfOpen, writes fail
// from now on (writeAfterFIN).
func (l *socketEnd) CallListener(...any) {
	if s := (*Socket)(l); !s.allowHalfOpen {
		s.setFlag(fEndedByPeer, true)
	}
}

// ---- state --------------------------------------------------------------

// Writable reports whether Write may be called (stream.writable).
func (s *Socket) Writable() bool {
	return !s.life.destroyed && s.life.errored == nil && s.w.phase == writeOpen
}

// Readable reports whether data may still be read (stream.readable).
func (s *Socket) Readable() bool {
	return !s.life.destroyed && !s.life.errorEmitted && s.r.end != endDone
}

// Destroyed reports whether Destroy was called.
func (s *Socket) Destroyed() bool { return s.life.destroyed }

// Connecting reports whether a connect is in progress.
func (s *Socket) Connecting() bool { return s.isConnecting() }

// Pending reports whether the socket is not connected yet: it has no
// handle, or it is connecting.
func (s *Socket) Pending() bool { return s.state != stateOpen }

// ReadyState is Node's socket.readyState: "opening", "open", "readOnly",
// "writeOnly" or "closed".
func (s *Socket) ReadyState() string {
	switch {
	case s.isConnecting():
		return "opening"
	case s.Readable() && s.Writable():
		return "open"
	case s.Readable() && !s.Writable():
		return "readOnly"
	case !s.Readable() && s.Writable():
		return "writeOnly"
	}
	return "closed"
}

// AllowHalfOpen reports the allowHalfOpen option.
func (s *Socket) AllowHalfOpen() bool { return s.allowHalfOpen }

// BytesRead is the number of bytes received.
func (s *Socket) BytesRead() int64 {
	return s.bytesRead
}

// BytesWritten is the number of bytes sent, plus those still buffered, as
// Node counts them.
func (s *Socket) BytesWritten() int64 {
	n := s.bytesWritten
	for _, b := range s.w.queue[s.w.head:] {
		n += int64(len(b.chunk))
	}
	if c := s.conn; c != nil && c.pendingData {
		n += int64(len(c.pendingChunk))
		for _, b := range c.pendingChunks {
			n += int64(len(b))
		}
	}
	return n
}

// WritableLength is the number of bytes buffered for writing
// (writable.writableLength).
func (s *Socket) WritableLength() int { return s.w.length }

// BufferSize is the deprecated socket.bufferSize: WritableLength, or 0 when
// the socket has no handle (Node's undefined).
func (s *Socket) BufferSize() int {
	if !s.hasHandle() {
		return 0
	}
	return s.w.length
}

// WritableHighWaterMark returns the write high-water mark.
func (s *Socket) WritableHighWaterMark() int { return s.w.hwm }

// ReadableHighWaterMark returns the read high-water mark.
func (s *Socket) ReadableHighWaterMark() int { return s.r.hwm }

// ReadableLength is the number of bytes (or, after SetEncoding, of UTF-8
// bytes of text) buffered for reading (readable.readableLength).
func (s *Socket) ReadableLength() int { return s.r.length }

// ReadableFlowing is readable.readableFlowing: nil before the socket was
// resumed or paused, then whether it is flowing.
func (s *Socket) ReadableFlowing() *bool {
	if !s.r.hasFlowing {
		return nil
	}
	f := s.r.flowing
	return &f
}

// WritableEnded reports whether End was called.
func (s *Socket) WritableEnded() bool { return s.w.phase != writeOpen }

// WritableFinished reports whether 'finish' was emitted.
func (s *Socket) WritableFinished() bool { return s.w.phase == writeFinished }

// WritableNeedDrain reports whether a write returned false and 'drain' is
// still to come.
func (s *Socket) WritableNeedDrain() bool {
	return s.w.needDrain && !s.life.destroyed && s.w.phase == writeOpen
}

// ReadableEnded reports whether 'end' was emitted.
func (s *Socket) ReadableEnded() bool { return s.r.end == endDone }

// Errored returns the error the socket was destroyed (or failed) with.
func (s *Socket) Errored() error { return s.life.errored }

// Server returns the server that accepted the socket, or nil.
func (s *Socket) Server() *Server { return s.server }

// Timeout returns the idle timeout set by SetTimeout (0: none).
func (s *Socket) Timeout() time.Duration { return s.timeout }
