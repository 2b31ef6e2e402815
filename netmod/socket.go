package netmod

import (
	"context"
	"net/netip"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/poller"
)

// OnRead is Node's onread socket option: reads go straight into Buffer and
// Callback gets the number of bytes read; no chunk is allocated and no
// 'data' event is emitted. Returning false pauses reading, as Node's
// callback returning false does.
type OnRead struct {
	// Buffer receives the bytes read; it is reused for every read.
	Buffer []byte
	// Callback is called with the count of bytes read into Buffer.
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
	// Signal destroys the socket with an AbortError when done.
	Signal context.Context
}

// Socket is Node's net.Socket: a duplex byte stream over a TCP (or, later,
// Unix domain) connection, driven by its loop. All methods belong to the
// loop goroutine. Events: 'lookup', 'connectionAttempt',
// 'connectionAttemptFailed', 'connect', 'ready', 'data', 'end', 'finish',
// 'drain', 'timeout', 'error', 'close', plus the stream events 'pause',
// 'resume', 'readable' and 'prefinish'.
type Socket struct {
	events.Emitter

	loop   *eventloop.Loop
	handle eventloop.Handle
	fd     int
	watch  *eventloop.Watcher

	r             readableState
	w             writableState
	allowHalfOpen bool

	connecting   bool
	reading      bool // the handle is reading from the kernel
	hadHandle    bool
	endedByPeer  bool // 'end' seen with allowHalfOpen false: writes get EPIPE
	resetOnClose bool

	onread *OnRead

	// the write request in flight at the handle level
	wq         [][]byte
	wqCb       bool // a Writable write callback waits on wq
	shutdownCb func(error)
	pendingW   *pendingWrite // write issued while connecting

	// the connect request in flight
	connAddr      string
	connPort      int
	connLocal     string
	connLocalPort int

	// options applied once connected
	noDelay        bool
	keepAlive      bool
	keepAliveDelay time.Duration
	tos            *int
	blockList      *blocklist.BlockList

	timeout    time.Duration
	timer      *eventloop.Timer
	lastActive time.Duration

	bytesRead    int64
	bytesWritten int64
	local        netip.AddrPort
	remote       netip.AddrPort
	haveLocal    bool
	haveRemote   bool
	family       int

	server *Server
}

type pendingWrite struct {
	chunk  []byte
	chunks [][]byte
}

// NewSocket returns an unconnected socket (Node's new net.Socket(options)).
func NewSocket(loop *eventloop.Loop, opts SocketOptions) *Socket {
	s := &Socket{loop: loop, fd: -1}
	s.init(opts)
	return s
}

func (s *Socket) init(opts SocketOptions) {
	s.Emitter.Init(events.WithClassName("Socket"), events.WithOwner(s))
	s.initStreams(opts.HighWaterMark, opts.AllowHalfOpen)
	s.handle.Init(s.loop)
	s.noDelay = opts.NoDelay
	s.keepAlive = opts.KeepAlive
	if opts.KeepAliveInitialDelay > 0 {
		s.keepAliveDelay = opts.KeepAliveInitialDelay.Truncate(time.Second)
	}
	s.tos = opts.TypeOfService
	s.blockList = opts.BlockList
	if opts.OnRead != nil && opts.OnRead.Callback != nil && len(opts.OnRead.Buffer) > 0 {
		s.onread = opts.OnRead
	}
	if opts.Signal != nil {
		s.watchSignal(opts.Signal)
	}
}

// UseOnRead switches the socket to Node's onread mode (SocketOptions.OnRead)
// after creation, for sockets a Server accepted. o.Buffer may be replaced by
// the callback between reads.
func (s *Socket) UseOnRead(o *OnRead) {
	if o != nil && o.Callback != nil && len(o.Buffer) > 0 {
		s.onread = o
	}
}

// Loop returns the socket's loop.
func (s *Socket) Loop() *eventloop.Loop { return s.loop }

// ---- events: the listener methods with Readable's side effects -------------

// On adds a listener (Node's socket.on): adding a 'data' listener starts the
// flow of data unless the socket was paused explicitly.
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
	if name == "data" && s.ListenerCount("data") == 0 {
		s.r.dataListen = false
	}
	return s
}

func (s *Socket) afterAdd(name string) {
	if name == "data" {
		s.r.dataListen = true
		if !s.r.hasFlowing || s.r.flowing {
			s.Resume()
		}
	}
}

// OnData is On("data", fn) with a typed listener.
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

// ---- writing ----------------------------------------------------------------

// Write queues data (Node's socket.write). It returns false once the bytes
// buffered reach the high-water mark ('drain' follows when they are sent),
// and an error (also passed to cb and emitted) after End or Destroy. The
// socket keeps a reference to data until it is written: do not modify it.
func (s *Socket) Write(data []byte, cb func(error)) bool {
	if s.endedByPeer && s.w.ended {
		return s.writeAfterFIN(cb)
	}
	ok, _ := s.write(data, cb)
	return ok
}

// WriteString writes s encoded with encoding ("utf8" when empty; also
// "latin1"/"binary", "ascii", "hex", "base64", "base64url", "ucs2"/"utf16le").
func (s *Socket) WriteString(str, encoding string, cb func(error)) (bool, error) {
	b, err := encodeString(str, encoding)
	if err != nil {
		return false, err
	}
	return s.Write(b, cb), nil
}

func (s *Socket) writeAfterFIN(cb func(error)) bool {
	err := errEndedByOtherParty()
	if cb != nil {
		s.loop.NextTick(func() { cb(err) })
	}
	s.Destroy(err)
	return false
}

// End half-closes the socket after the queued data (and data, if not nil)
// is written (Node's socket.end). cb runs on 'finish' (or with the error).
func (s *Socket) End(data []byte, cb func(error)) *Socket {
	w := &s.w
	var err error
	if data != nil {
		if _, e := s.write(data, nil); e != nil {
			err = e
		}
	}
	if w.corked > 0 {
		w.corked = 1
		s.Uncork()
	}
	switch {
	case err != nil:
	case !w.ending && w.errored == nil:
		w.ending = true
		s.finishMaybe(true)
		w.ended = true
	case w.finished:
		err = nodeErrAlreadyFinished()
	case w.destroyed:
		err = errStreamDestroyed("end")
	}
	if cb != nil {
		switch {
		case err != nil:
			e := err
			s.loop.NextTick(func() { cb(e) })
		case w.errored != nil:
			e := w.errored
			s.loop.NextTick(func() { cb(e) })
		case w.finished:
			s.loop.NextTick(func() { cb(nil) })
		default:
			w.onFinished = append(w.onFinished, cb)
		}
	}
	return s
}

// DestroySoon ends the socket and destroys it once the writes are flushed.
func (s *Socket) DestroySoon() {
	if s.Writable() {
		s.End(nil, nil)
	}
	if s.w.finished {
		s.Destroy(nil)
	} else {
		s.Emitter.Once("finish", func() { s.Destroy(nil) })
	}
}

// ResetAndDestroy closes the connection with a TCP RST (SO_LINGER 0).
func (s *Socket) ResetAndDestroy() *Socket {
	if s.fd >= 0 || s.connecting {
		if s.connecting {
			s.Emitter.Once("connect", func() { s.resetOnClose = true; s.Destroy(nil) })
		} else {
			s.resetOnClose = true
			s.Destroy(nil)
		}
	} else {
		s.Destroy(errSocketClosed())
	}
	return s
}

func (s *Socket) onReadableStreamEnd() {
	if !s.allowHalfOpen {
		s.endedByPeer = true
	}
}

// ---- state --------------------------------------------------------------

// Writable reports whether Write may be called (stream.writable).
func (s *Socket) Writable() bool {
	w := &s.w
	return w.writable && !w.destroyed && w.errored == nil && !w.ending && !w.ended
}

// Readable reports whether data may still be read (stream.readable).
func (s *Socket) Readable() bool {
	r := &s.r
	return r.readable && !r.destroyed && r.errored == nil && !r.endEmitted
}

// Destroyed reports whether Destroy was called.
func (s *Socket) Destroyed() bool { return s.w.destroyed }

// Connecting reports whether a connect is in progress.
func (s *Socket) Connecting() bool { return s.connecting }

// Pending reports whether the socket is not connected yet (no handle, or
// connecting).
func (s *Socket) Pending() bool { return s.fd < 0 || s.connecting }

// ReadyState is Node's socket.readyState: "opening", "open", "readOnly",
// "writeOnly" or "closed".
func (s *Socket) ReadyState() string {
	switch {
	case s.connecting:
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
func (s *Socket) BytesRead() int64 { return s.bytesRead }

// BytesWritten is the number of bytes sent, plus those still buffered (as
// Node counts them).
func (s *Socket) BytesWritten() int64 {
	n := s.bytesWritten + int64(s.w.length)
	if s.pendingW != nil {
		n += int64(len(s.pendingW.chunk))
		for _, c := range s.pendingW.chunks {
			n += int64(len(c))
		}
	}
	return n
}

// WritableLength is the number of bytes buffered for writing
// (writable.writableLength).
func (s *Socket) WritableLength() int { return s.w.length }

// BufferSize is the deprecated alias of WritableLength.
func (s *Socket) BufferSize() int { return s.w.length }

// WritableHighWaterMark returns the write high-water mark.
func (s *Socket) WritableHighWaterMark() int { return s.w.hwm }

// ReadableHighWaterMark returns the read high-water mark.
func (s *Socket) ReadableHighWaterMark() int { return s.r.hwm }

// WritableEnded reports whether End was called.
func (s *Socket) WritableEnded() bool { return s.w.ending }

// WritableFinished reports whether 'finish' was emitted.
func (s *Socket) WritableFinished() bool { return s.w.finished }

// ReadableEnded reports whether 'end' was emitted.
func (s *Socket) ReadableEnded() bool { return s.r.endEmitted }

// Server returns the server that accepted the socket, or nil.
func (s *Socket) Server() *Server { return s.server }

// Timeout returns the idle timeout set by SetTimeout (0: none).
func (s *Socket) Timeout() time.Duration { return s.timeout }

// ---- handle-level I/O ---------------------------------------------------

type readBufKey struct{}

// readBuffer is the loop's shared read buffer: reads land here and are
// copied out in exact-size chunks, so an idle connection holds no buffer.
func (s *Socket) readBuffer() []byte {
	return *s.loop.Local(readBufKey{}, newReadBuffer).(*[]byte)
}

func newReadBuffer() any {
	b := make([]byte, DefaultHighWaterMark)
	return &b
}

// readImpl is Socket.prototype._read: start reading from the kernel.
func (s *Socket) readImpl() {
	if s.connecting || s.fd < 0 {
		s.Emitter.Once("connect", s.readImpl)
		return
	}
	if !s.reading {
		s.tryReadStart()
	}
}

func (s *Socket) tryReadStart() {
	s.reading = true
	s.handle.Start()
	s.updateInterest()
}

func (s *Socket) readStop() {
	s.reading = false
	s.handle.Stop()
	s.updateInterest()
}

func (s *Socket) updateInterest() {
	if s.watch == nil {
		return
	}
	var in poller.Interest
	if s.reading {
		in |= poller.Read
	}
	if len(s.wq) > 0 || s.connecting {
		in |= poller.Write
	}
	s.watch.SetInterest(in)
}

// unrefTimer records activity for the idle timeout (re-armed lazily).
func (s *Socket) unrefTimer() {
	if s.timeout > 0 {
		s.lastActive = s.loop.Now()
		if s.timer == nil && !s.w.destroyed {
			s.armTimer(s.timeout)
		}
	}
}

func (s *Socket) onIO(ev poller.Event) {
	if s.connecting {
		if ev.Writable || ev.Err || ev.HangUp {
			s.finishConnect()
		}
		return
	}
	// Reads first, then writes, as libuv's uv__stream_io.
	if (ev.Readable || ev.HangUp || ev.Err) && s.reading {
		s.onReadable()
		if s.fd < 0 {
			return
		}
	}
	if (ev.Writable || ev.Err || ev.HangUp) && len(s.wq) > 0 {
		s.flushWrites()
	}
}
