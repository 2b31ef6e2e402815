package netmod

// This file is the Go form of the parts of Node's stream machinery
// (lib/internal/streams/readable.js, writable.js and destroy.js) that a
// net.Socket uses. The order in which Node emits 'data', 'end', 'drain',
// 'finish', 'error' and 'close', and which of them wait for a nextTick, comes
// from these state machines, so they are reproduced function for function,
// with Node's names, rather than approximated.

import (
	"github.com/nodenet/nodenet/events"
)

// DefaultHighWaterMark is Node's default stream highWaterMark (64 KiB).
const DefaultHighWaterMark = 65536

// readableState mirrors Node's ReadableState for a byte stream.
type readableState struct {
	hwm          int
	buffer       [][]byte // chunks not yet delivered (strings are kept encoded)
	length       int
	flowing      bool
	hasFlowing   bool // flowing !== null
	ended        bool
	endEmitted   bool
	endScheduled bool
	reading      bool
	sync         bool
	needReadable bool
	emittedRead  bool
	readingMore  bool
	resumeSched  bool
	paused       bool
	hasPaused    bool
	dataListen   bool
	destroyed    bool
	errored      error
	closed       bool
	closeEmitted bool
	errorEmitted bool
	readable     bool // false when the socket was created non-readable
	decoder      *decoder
}

// writableState mirrors Node's WritableState for a byte stream.
type writableState struct {
	hwm           int
	length        int
	writing       bool
	corked        int
	sync          bool
	needDrain     bool
	ending        bool
	ended         bool
	finished      bool
	finalCalled   bool
	prefinished   bool
	pendingcb     int
	destroyed     bool
	errored       error
	errorEmitted  bool
	closed        bool
	closeEmitted  bool
	expectWriteCb bool
	writelen      int
	writecb       func(error)
	buffered      []bufferedWrite
	bufferedIndex int
	allNoop       bool
	afterPending  bool
	afterTick     *afterWriteTickInfo
	onFinished    []func(error)
	bufferProc    bool
	writable      bool
}

type bufferedWrite struct {
	chunk []byte
	cb    func(error) // nil for none
}

type afterWriteTickInfo struct {
	count int
	cb    func(error)
}

func (s *Socket) initStreams(hwm int, allowHalfOpen bool) {
	if hwm <= 0 {
		hwm = DefaultHighWaterMark
	}
	s.r = readableState{hwm: hwm, readable: true, needReadable: false}
	s.w = writableState{hwm: hwm, allNoop: true, writable: true}
	s.allowHalfOpen = allowHalfOpen
}

// ---- Readable -------------------------------------------------------------

// push is Readable.prototype.push for a byte chunk; nil means EOF.
func (s *Socket) push(chunk []byte, eof bool) bool {
	r := &s.r
	if eof {
		r.reading = false
		s.onEofChunk()
		return false
	}
	if len(chunk) == 0 {
		r.reading = false
		s.maybeReadMore()
		return s.canPushMore()
	}
	if r.ended {
		s.errorOrDestroy(errPushAfterEOF(), false)
		return false
	}
	if r.destroyed || r.errored != nil {
		return false
	}
	r.reading = false
	if r.decoder != nil {
		chunk = r.decoder.write(chunk)
		if len(chunk) == 0 {
			s.maybeReadMore()
			return s.canPushMore()
		}
	}
	s.addChunk(chunk)
	return s.canPushMore()
}

func (s *Socket) canPushMore() bool {
	r := &s.r
	return !r.ended && (r.length < r.hwm || r.length == 0)
}

func (s *Socket) addChunk(chunk []byte) {
	r := &s.r
	if r.flowing && !r.sync && r.dataListen && r.length == 0 {
		s.emitData(chunk)
	} else {
		r.length += len(chunk)
		r.buffer = append(r.buffer, chunk)
		if r.needReadable {
			s.emitReadable()
		}
	}
	s.maybeReadMore()
}

// emitData delivers a chunk to 'data' listeners, as a string once an
// encoding is set.
func (s *Socket) emitData(chunk []byte) {
	if s.r.decoder != nil {
		events.Emit1(&s.Emitter, "data", string(chunk))
		return
	}
	events.Emit1(&s.Emitter, "data", chunk)
}

func (s *Socket) onEofChunk() {
	r := &s.r
	if r.ended {
		return
	}
	if r.decoder != nil {
		if rest := r.decoder.end(); len(rest) > 0 {
			r.buffer = append(r.buffer, rest)
			r.length += len(rest)
		}
	}
	r.ended = true
	if r.sync {
		if r.flowing || r.needReadable || s.ListenerCount("readable") > 0 {
			s.emitReadable()
		}
		return
	}
	r.needReadable = false
	r.emittedRead = true
	s.emitReadableNow()
}

func (s *Socket) emitReadable() {
	r := &s.r
	r.needReadable = false
	if !r.emittedRead {
		r.emittedRead = true
		s.loop.NextTick(s.emitReadableNow)
	}
}

// emitReadableNow is Node's emitReadable_.
func (s *Socket) emitReadableNow() {
	r := &s.r
	if !r.destroyed && r.errored == nil && (r.length > 0 || r.ended) {
		events.Emit0(&s.Emitter, "readable")
		r.emittedRead = false
	}
	if !r.flowing && !r.ended && r.length <= r.hwm {
		r.needReadable = true
	}
	s.flow()
}

func (s *Socket) maybeReadMore() {
	r := &s.r
	if !r.readingMore && !r.reading {
		r.readingMore = true
		s.loop.NextTick(s.maybeReadMoreNow)
	}
}

func (s *Socket) maybeReadMoreNow() {
	r := &s.r
	for !r.reading && !r.ended && (r.length < r.hwm || (r.flowing && r.length == 0)) {
		n := r.length
		s.read(0)
		if n == r.length {
			break
		}
	}
	r.readingMore = false
}

// read is Readable.prototype.read(n); n < 0 stands for read() with no
// argument. It returns the chunk read, or nil.
func (s *Socket) read(n int) []byte {
	if s.onread == nil || true {
		// Socket.prototype.read: restart the handle when a user buffer is in
		// use and reading was stopped.
		if s.onread != nil && !s.connecting && s.fd >= 0 && !s.reading {
			s.tryReadStart()
		}
	}
	r := &s.r
	nOrig := n
	if n > r.hwm {
		r.hwm = nextPow2(n)
	}
	if n != 0 {
		r.emittedRead = false
	}
	if n == 0 && r.needReadable && ((r.hwm != 0 && r.length >= r.hwm) || (r.hwm == 0 && r.length > 0) || r.ended) {
		if r.length == 0 && r.ended {
			s.endReadable()
		} else {
			s.emitReadable()
		}
		return nil
	}
	n = s.howMuchToRead(n)
	if n == 0 && r.ended {
		if r.length == 0 {
			s.endReadable()
		}
		return nil
	}
	doRead := r.needReadable
	if r.length == 0 || r.length-n < r.hwm {
		doRead = true
	}
	if r.reading || r.ended || r.destroyed || r.errored != nil {
		doRead = false
	} else if doRead {
		r.reading = true
		r.sync = true
		if r.length == 0 {
			r.needReadable = true
		}
		s.readImpl()
		r.sync = false
		if !r.reading {
			n = s.howMuchToRead(nOrig)
		}
	}
	var ret []byte
	if n > 0 {
		ret = s.fromList(n)
	}
	if ret == nil {
		if r.length <= r.hwm {
			r.needReadable = true
		}
		n = 0
	} else {
		r.length -= n
	}
	if r.length == 0 {
		if !r.ended {
			r.needReadable = true
		}
		if nOrig != n && r.ended {
			s.endReadable()
		}
	}
	if ret != nil && !r.errorEmitted && !r.closeEmitted {
		s.emitData(ret)
	}
	return ret
}

func nextPow2(n int) int {
	p := 1
	for p < n {
		p <<= 1
	}
	return p
}

func (s *Socket) howMuchToRead(n int) int {
	r := &s.r
	if n == 0 || (r.length == 0 && r.ended) {
		return 0
	}
	if n < 0 {
		if r.length > 0 {
			// One chunk at a time (Node's fast path for buffers and for
			// flowing mode; with a decoder the whole buffer is joined).
			if r.decoder == nil || r.flowing {
				return len(r.buffer[0])
			}
		}
		return r.length
	}
	if n <= r.length {
		return n
	}
	if r.ended {
		return r.length
	}
	return 0
}

// fromList takes n bytes off the front of the buffer.
func (s *Socket) fromList(n int) []byte {
	r := &s.r
	if len(r.buffer) == 0 {
		return nil
	}
	first := r.buffer[0]
	if n == len(first) {
		r.buffer[0] = nil
		r.buffer = r.buffer[1:]
		return first
	}
	if n < len(first) {
		r.buffer[0] = first[n:]
		return first[:n:n]
	}
	out := make([]byte, 0, n)
	for len(out) < n {
		c := r.buffer[0]
		k := min(n-len(out), len(c))
		out = append(out, c[:k]...)
		if k == len(c) {
			r.buffer[0] = nil
			r.buffer = r.buffer[1:]
		} else {
			r.buffer[0] = c[k:]
		}
	}
	return out
}

func (s *Socket) endReadable() {
	r := &s.r
	if !r.endEmitted && !r.endScheduled {
		r.ended = true
		r.endScheduled = true
		s.loop.NextTick(s.endReadableNT)
	}
}

func (s *Socket) endReadableNT() {
	r := &s.r
	r.endScheduled = false
	if r.errored == nil && !r.closeEmitted && !r.endEmitted && r.length == 0 {
		r.endEmitted = true
		events.Emit0(&s.Emitter, "end")
		s.onReadableStreamEnd()
		if s.Writable() && !s.allowHalfOpen {
			s.loop.NextTick(s.endWritableNT)
		} else if s.w.finished || !s.w.writable {
			s.Destroy(nil)
		}
	}
}

func (s *Socket) endWritableNT() {
	if s.Writable() && !s.w.ending && !s.w.destroyed {
		s.End(nil, nil)
	}
}

// Resume switches the socket into flowing mode (Readable.prototype.resume),
// restarting reads from the kernel.
func (s *Socket) Resume() *Socket {
	if s.onread != nil && !s.connecting && s.fd >= 0 && !s.reading {
		s.tryReadStart()
	}
	r := &s.r
	if r.destroyed {
		return s
	}
	if !r.flowing {
		r.hasFlowing = true
		r.flowing = s.ListenerCount("readable") == 0
		if !r.resumeSched {
			r.resumeSched = true
			s.loop.NextTick(s.resumeNT)
		}
	}
	r.hasPaused = true
	r.paused = false
	return s
}

func (s *Socket) resumeNT() {
	r := &s.r
	if !r.reading {
		s.read(0)
	}
	r.resumeSched = false
	events.Emit0(&s.Emitter, "resume")
	s.flow()
	if r.flowing && !r.reading {
		s.read(0)
	}
}

// Pause stops 'data' events (Readable.prototype.pause). Reading from the
// kernel stops once highWaterMark bytes are buffered (at once with OnRead),
// so the peer feels backpressure.
func (s *Socket) Pause() *Socket {
	if s.onread != nil && !s.connecting && s.fd >= 0 && s.reading {
		s.readStop()
	}
	r := &s.r
	if r.destroyed {
		return s
	}
	if !r.hasFlowing || r.flowing {
		r.hasFlowing = true
		r.flowing = false
		events.Emit0(&s.Emitter, "pause")
	}
	r.hasPaused = true
	r.paused = true
	return s
}

// IsPaused reports whether Pause was called (Readable.prototype.isPaused).
func (s *Socket) IsPaused() bool {
	return s.r.paused || (s.r.hasFlowing && !s.r.flowing)
}

func (s *Socket) flow() {
	for s.r.flowing && s.read(-1) != nil {
	}
}

// Read pulls up to n bytes (n < 0: whatever is buffered, one chunk at a
// time) in paused mode, as readable.read(n); nil when nothing is available.
func (s *Socket) Read(n int) []byte { return s.read(n) }

// ---- Writable -------------------------------------------------------------

// write is Writable's _write: the common path of Write and End.
func (s *Socket) write(chunk []byte, cb func(error)) (bool, error) {
	w := &s.w
	var err error
	if w.ending {
		err = errWriteAfterEnd()
	} else if w.destroyed {
		err = errStreamDestroyed("write")
	}
	if err != nil {
		if cb != nil {
			s.loop.NextTick(func() { cb(err) })
		}
		s.errorOrDestroy(err, true)
		return false, err
	}
	w.pendingcb++
	return s.writeOrBuffer(chunk, cb), nil
}

func (s *Socket) writeOrBuffer(chunk []byte, cb func(error)) bool {
	w := &s.w
	n := len(chunk)
	w.length += n
	if w.writing || w.errored != nil || w.corked > 0 {
		w.buffered = append(w.buffered, bufferedWrite{chunk: chunk, cb: cb})
		if cb != nil {
			w.allNoop = false
		}
	} else {
		w.writelen = n
		w.writecb = cb
		w.writing, w.sync, w.expectWriteCb = true, true, true
		s.writeGeneric(chunk, nil)
		w.sync = false
	}
	ret := w.length < w.hwm || w.length == 0
	if !ret {
		w.needDrain = true
	}
	return ret && !w.destroyed && w.errored == nil
}

// doWritev hands the buffered writes to the handle in one request.
func (s *Socket) doWrite(len_ int, chunk []byte, chunks [][]byte, cb func(error)) {
	w := &s.w
	w.writelen = len_
	w.writecb = cb
	w.writing, w.sync, w.expectWriteCb = true, true, true
	if w.destroyed {
		s.onwrite(errStreamDestroyed("write"))
	} else {
		s.writeGeneric(chunk, chunks)
	}
	w.sync = false
}

// onwrite is called by the handle when the current write request is done.
func (s *Socket) onwrite(er error) {
	w := &s.w
	if !w.expectWriteCb {
		s.errorOrDestroy(errMultipleCallback(), false)
		return
	}
	sync := w.sync
	cb := w.writecb
	w.writecb = nil
	w.writing, w.expectWriteCb = false, false
	w.length -= w.writelen
	w.writelen = 0
	if er != nil {
		if w.errored == nil {
			w.errored = er
		}
		if s.r.errored == nil {
			s.r.errored = er
		}
		if sync {
			s.loop.NextTick(func() { s.onwriteError(er, cb) })
		} else {
			s.onwriteError(er, cb)
		}
		return
	}
	if len(w.buffered) > w.bufferedIndex {
		s.clearBuffer()
	}
	if sync {
		needDrain := w.needDrain && w.length == 0
		needTick := needDrain || w.destroyed || cb != nil
		switch {
		case cb == nil:
			if !w.afterPending && needTick {
				w.afterPending = true
				s.loop.NextTick(func() { s.afterWrite(1, nil) })
			} else {
				w.pendingcb--
				if w.ending {
					s.finishMaybe(true)
				}
			}
		case w.afterTick != nil && sameFunc(w.afterTick.cb, cb):
			w.afterTick.count++
		case needTick:
			info := &afterWriteTickInfo{count: 1, cb: cb}
			w.afterTick = info
			w.afterPending = true
			s.loop.NextTick(func() {
				w.afterTick = nil
				s.afterWrite(info.count, info.cb)
			})
		default:
			w.pendingcb--
			if w.ending {
				s.finishMaybe(true)
			}
		}
		return
	}
	s.afterWrite(1, cb)
}

// sameFunc reports whether two callbacks are the same function value; Go
// cannot compare closures, so only identical pointers count (never true for
// distinct closures, which matches Node's === on distinct functions).
func sameFunc(a, b func(error)) bool { return false }

func (s *Socket) onwriteError(er error, cb func(error)) {
	s.w.pendingcb--
	if cb != nil {
		cb(er)
	}
	s.errorBuffer()
	s.errorOrDestroy(er, false)
}

func (s *Socket) afterWrite(count int, cb func(error)) {
	w := &s.w
	w.afterPending = false
	if w.needDrain && !w.ending && !w.destroyed && w.length == 0 {
		w.needDrain = false
		events.Emit0(&s.Emitter, "drain")
	}
	for ; count > 0; count-- {
		w.pendingcb--
		if cb != nil {
			cb(nil)
		}
	}
	if w.destroyed {
		s.errorBuffer()
	}
	if w.ending {
		s.finishMaybe(true)
	}
}

func (s *Socket) errorBuffer() {
	w := &s.w
	if w.writing {
		return
	}
	err := w.errored
	for i := w.bufferedIndex; i < len(w.buffered); i++ {
		b := w.buffered[i]
		w.length -= len(b.chunk)
		if b.cb != nil {
			e := err
			if e == nil {
				e = errStreamDestroyed("write")
			}
			b.cb(e)
		}
	}
	e := err
	if e == nil {
		e = errStreamDestroyed("end")
	}
	s.callFinishedCallbacks(e)
	w.buffered = w.buffered[:0]
	w.bufferedIndex = 0
	w.allNoop = true
}

func (s *Socket) clearBuffer() {
	w := &s.w
	if w.destroyed || w.bufferProc || w.corked > 0 || len(w.buffered) == w.bufferedIndex {
		return
	}
	buffered := w.buffered[w.bufferedIndex:]
	w.bufferProc = true
	if len(buffered) > 1 {
		// Socket has _writev: everything buffered goes in one request.
		w.pendingcb -= len(buffered) - 1
		chunks := make([][]byte, len(buffered))
		var cbs []func(error)
		for i, b := range buffered {
			chunks[i] = b.chunk
			if b.cb != nil {
				cbs = append(cbs, b.cb)
			}
		}
		var cb func(error)
		if !w.allNoop && len(cbs) > 0 {
			cb = func(err error) {
				for _, f := range cbs {
					f(err)
				}
			}
		}
		total := w.length
		w.buffered = w.buffered[:0]
		w.bufferedIndex = 0
		w.allNoop = true
		s.doWrite(total, nil, chunks, cb)
	} else {
		b := buffered[0]
		w.buffered = w.buffered[:0]
		w.bufferedIndex = 0
		w.allNoop = true
		s.doWrite(len(b.chunk), b.chunk, nil, b.cb)
	}
	w.bufferProc = false
}

// Cork buffers writes until Uncork (or End), to send them in one writev.
func (s *Socket) Cork() { s.w.corked++ }

// Uncork undoes one Cork; when none remain the buffered writes are sent.
func (s *Socket) Uncork() {
	w := &s.w
	if w.corked > 0 {
		w.corked--
		if !w.writing {
			s.clearBuffer()
		}
	}
}

func (s *Socket) needFinish() bool {
	w := &s.w
	return w.ending && !w.destroyed && !w.finished && !w.writing && !w.errorEmitted &&
		!w.closeEmitted && w.errored == nil && len(w.buffered) == w.bufferedIndex && w.length == 0
}

func (s *Socket) onFinal(err error) {
	w := &s.w
	if w.prefinished {
		if err == nil {
			err = errMultipleCallback()
		}
		s.errorOrDestroy(err, false)
		return
	}
	w.pendingcb--
	if err != nil {
		s.callFinishedCallbacks(err)
		s.errorOrDestroy(err, w.sync)
	} else if s.needFinish() {
		w.prefinished = true
		events.Emit0(&s.Emitter, "prefinish")
		w.pendingcb++
		s.loop.NextTick(s.finish)
	}
}

func (s *Socket) prefinish() {
	w := &s.w
	if w.prefinished || w.finalCalled {
		return
	}
	if !w.destroyed {
		w.finalCalled = true
		w.sync = true
		w.pendingcb++
		s.final(s.onFinal)
		w.sync = false
	} else {
		w.finalCalled = true
		w.prefinished = true
		events.Emit0(&s.Emitter, "prefinish")
	}
}

func (s *Socket) finishMaybe(sync bool) {
	if !s.needFinish() {
		return
	}
	s.prefinish()
	w := &s.w
	if w.pendingcb == 0 {
		if sync {
			w.pendingcb++
			s.loop.NextTick(func() {
				if s.needFinish() {
					s.finish()
				} else {
					w.pendingcb--
				}
			})
		} else if s.needFinish() {
			w.pendingcb++
			s.finish()
		}
	}
}

func (s *Socket) finish() {
	w := &s.w
	w.pendingcb--
	w.finished = true
	s.callFinishedCallbacks(nil)
	events.Emit0(&s.Emitter, "finish")
	if s.r.endEmitted || !s.r.readable {
		s.Destroy(nil)
	}
}

func (s *Socket) callFinishedCallbacks(err error) {
	cbs := s.w.onFinished
	if len(cbs) == 0 {
		return
	}
	s.w.onFinished = nil
	for _, cb := range cbs {
		cb(err)
	}
}

// ---- destroy ----------------------------------------------------------------

// errorOrDestroy is destroy.js's errorOrDestroy; sockets auto-destroy.
func (s *Socket) errorOrDestroy(err error, sync bool) {
	if s.w.destroyed || s.r.destroyed {
		return
	}
	s.Destroy(err)
}

// Destroy closes the socket at once (Node's socket.destroy([err])): pending
// writes are dropped, 'error' is emitted if err is not nil, then 'close'
// with hadError. Destroying twice does nothing.
func (s *Socket) Destroy(err error) *Socket {
	if s.w.destroyed || s.r.destroyed {
		return s
	}
	if err != nil {
		if s.w.errored == nil {
			s.w.errored = err
		}
		if s.r.errored == nil {
			s.r.errored = err
		}
	}
	s.w.destroyed = true
	s.r.destroyed = true
	called := false
	s.destroyImpl(err, func(err error) {
		if called {
			return
		}
		called = true
		if err != nil {
			if s.w.errored == nil {
				s.w.errored = err
			}
			if s.r.errored == nil {
				s.r.errored = err
			}
		}
		s.w.closed = true
		s.r.closed = true
		if err != nil {
			s.loop.NextTick(func() {
				s.emitErrorNT(err)
				s.emitCloseNT()
			})
		} else {
			s.loop.NextTick(s.emitCloseNT)
		}
	})
	return s
}

func (s *Socket) emitErrorNT(err error) {
	if s.w.errorEmitted || s.r.errorEmitted {
		return
	}
	s.w.errorEmitted = true
	s.r.errorEmitted = true
	events.Emit1(&s.Emitter, "error", err)
}

// emitCloseNT marks the close emitted; sockets emit 'close' themselves from
// the handle's close callback (emitClose is false for net.Socket).
func (s *Socket) emitCloseNT() {
	s.w.closeEmitted = true
	s.r.closeEmitted = true
}
