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
	hwm     int
	buffer  [][]byte // chunks not yet delivered (decoded text as UTF-8)
	length  int
	errored error
	decoder *decoder
	pipe    *pipeGroup // pipe() destinations; nil until the first Pipe

	// flags, kept together so the struct packs tightly
	flowing         bool
	hasFlowing      bool // flowing !== null
	ended           bool
	endEmitted      bool
	endScheduled    bool
	reading         bool
	sync            bool
	needReadable    bool
	emittedReadable bool
	readableListen  bool
	eofReadablePend bool
	readingMore     bool
	resumeScheduled bool
	paused          bool
	hasPaused       bool
	dataListening   bool
	dataEmitted     bool
	destroyed       bool
	closed          bool
	closeEmitted    bool
	errorEmitted    bool
	readable        bool // false when the socket was created non-readable
}

// writableState mirrors Node's WritableState for a byte stream.
type writableState struct {
	hwm       int
	length    int
	errored   error
	writelen  int
	writecb   func(error)
	buffered  []bufferedWrite
	afterTick *afterWriteTickInfo
	tickInfo  afterWriteTickInfo // the pending tick's info while tickInfoBusy

	// counts (of writes and callbacks: they fit 32 bits) and flags, kept
	// together so the struct packs tightly
	corked        int32
	pendingcb     int32
	bufferedIndex int32
	writing       bool
	sync          bool
	needDrain     bool
	ending        bool
	ended         bool
	finished      bool
	finalCalled   bool
	prefinished   bool
	destroyed     bool
	errorEmitted  bool
	closed        bool
	closeEmitted  bool
	expectWriteCb bool
	allNoop       bool
	afterPending  bool
	bufferProc    bool
	writable      bool
	tickInfoBusy  bool
}

type bufferedWrite struct {
	chunk []byte
	n     int         // its length for the Writable (string length for text)
	cb    func(error) // nil for none
}

type afterWriteTickInfo struct {
	count int
	cb    func(error)
}

// The callbacks the stream queues with NextTickArg (or QueuePendingArg):
// package-level functions of the socket, so that queueing one allocates
// nothing and a socket holds no prebound closures.
func tickMaybeReadMore(a any)     { a.(*Socket).maybeReadMoreNow() }
func tickEmitReadable(a any)      { a.(*Socket).emitReadableNow() }
func tickResume(a any)            { a.(*Socket).resumeNT() }
func tickEndReadable(a any)       { a.(*Socket).endReadableNT() }
func tickEndWritable(a any)       { a.(*Socket).endWritableNT() }
func tickAfterWriteNoCb(a any)    { a.(*Socket).afterWrite(1, nil) }
func tickAfterWriteInfo(a any)    { a.(*Socket).afterWriteTick() }
func tickFinish(a any)            { a.(*Socket).finish() }
func tickFinishMaybe(a any)       { a.(*Socket).finishIfNeeded() }
func tickErrorBuffer(a any)       { a.(*Socket).errorBuffer() }
func tickEmitClose(a any)         { a.(*Socket).emitCloseNT() }
func tickEmitCloseNoHandle(a any) { a.(*Socket).emitCloseNoHandle() }
func pendingFeed(a any)           { a.(*Socket).onFeed() }

func (s *Socket) initStreams(hwm int, allowHalfOpen bool) {
	if hwm <= 0 {
		hwm = DefaultHighWaterMark
	}
	s.r = readableState{hwm: hwm, readable: true, sync: true}
	s.w = writableState{hwm: hwm, allNoop: true, writable: true, sync: true}
	s.allowHalfOpen = allowHalfOpen
}

// ---- Readable -------------------------------------------------------------

// push is Readable.prototype.push for a non-empty byte chunk
// (readableAddChunkPushByteMode).
func (s *Socket) push(chunk []byte) bool {
	r := &s.r
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

// pushEOF is push(null).
func (s *Socket) pushEOF() {
	s.r.reading = false
	s.onEofChunk()
}

func (s *Socket) canPushMore() bool {
	r := &s.r
	return !r.ended && (r.length < r.hwm || r.length == 0)
}

func (s *Socket) addChunk(chunk []byte) {
	r := &s.r
	if r.flowing && !r.sync && r.dataListening && r.length == 0 {
		s.clearAwaitDrain()
		r.dataEmitted = true
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

func (s *Socket) clearAwaitDrain() {
	r := s.r.pipe
	if r == nil {
		return
	}
	if r.multi != nil {
		clear(r.multi.set)
		r.multi.set = r.multi.set[:0]
	} else {
		r.awaitDrainWriter = nil
	}
}

// emitData delivers a chunk to 'data' listeners, as a string once an
// encoding is set.
func (s *Socket) emitData(chunk []byte) {
	// Pipes read the chunk from the loop's readBuffer (pipe's ondata is
	// a func()).
	var rb *readBuffer
	var prev []byte
	if s.r.pipe != nil {
		rb = s.readBuffer()
		prev = rb.dataChunk
		rb.dataChunk = chunk
	}
	if s.r.decoder != nil {
		events.Emit1(&s.Emitter, "data", string(chunk))
	} else {
		events.Emit1(&s.Emitter, "data", chunk)
	}
	if rb != nil {
		rb.dataChunk = prev
	}
}

// IsPaused reports whether the socket was paused (Readable.prototype.isPaused).
func (s *Socket) IsPaused() bool {
	return s.r.paused || (s.r.hasFlowing && !s.r.flowing)
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
		} else {
			r.eofReadablePend = true
		}
		return
	}
	r.needReadable = false
	r.emittedReadable = true
	s.emitReadableNow()
}

func (s *Socket) emitReadable() {
	r := &s.r
	r.needReadable = false
	if !r.emittedReadable {
		r.emittedReadable = true
		s.loop.NextTickArg(tickEmitReadable, s)
	}
}

// emitReadableNow is Node's emitReadable_.
func (s *Socket) emitReadableNow() {
	r := &s.r
	if !r.destroyed && r.errored == nil && (r.length > 0 || r.ended) {
		events.Emit0(&s.Emitter, "readable")
		r.emittedReadable = false
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
		s.loop.NextTickArg(tickMaybeReadMore, s)
	}
}

// maybeReadMoreNow is Node's maybeReadMore_.
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

// read is Socket.prototype.read and Readable.prototype.read(n); n < 0
// stands for read() with no argument. It returns the chunk read, or nil.
func (s *Socket) read(n int) []byte {
	if s.onread != nil && !s.connecting && s.hasHandle && !s.reading {
		s.tryReadStart()
	}
	r := &s.r
	nOrig := n
	if n > r.hwm {
		r.hwm = nextPow2(n)
	}
	if n != 0 {
		r.emittedReadable = false
		r.eofReadablePend = false
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
		s.clearAwaitDrain()
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
		r.dataEmitted = true
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
		// One chunk at a time for buffers and in flowing mode; with a
		// decoder, in paused mode, the whole buffer joined.
		if r.length > 0 && (r.decoder == nil || r.flowing) {
			return len(r.buffer[0])
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
	if r.length == 0 || len(r.buffer) == 0 {
		return nil
	}
	first := r.buffer[0]
	if n == len(first) {
		r.buffer[0] = nil
		r.buffer = r.buffer[1:]
		if len(r.buffer) == 0 {
			r.buffer = r.buffer[:0:0]
		}
		return first
	}
	if n < len(first) {
		r.buffer[0] = first[n:]
		return first[:n:n]
	}
	out := make([]byte, 0, n)
	for len(out) < n && len(r.buffer) > 0 {
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
	if len(r.buffer) == 0 {
		r.buffer = r.buffer[:0:0]
	}
	return out
}

func (s *Socket) endReadable() {
	r := &s.r
	if !r.endEmitted && !r.endScheduled {
		r.ended = true
		r.endScheduled = true
		s.loop.NextTickArg(tickEndReadable, s)
	}
}

func (s *Socket) endReadableNT() {
	r := &s.r
	r.endScheduled = false
	if r.errored == nil && !r.closeEmitted && !r.endEmitted && r.length == 0 {
		r.endEmitted = true
		events.Emit0(&s.Emitter, "end")
		if s.Writable() && !s.allowHalfOpen {
			s.loop.NextTickArg(tickEndWritable, s)
		} else if s.w.finished || !s.w.writable {
			s.Destroy(nil)
		}
	}
}

func (s *Socket) endWritableNT() {
	if s.Writable() && !s.w.ending && !s.Destroyed() {
		s.End(nil, nil)
	}
}

// Resume switches the socket into flowing mode (Socket.prototype.resume and
// Readable.prototype.resume): 'data' events follow and reading from the
// kernel restarts.
func (s *Socket) Resume() *Socket {
	if s.onread != nil && !s.connecting && s.hasHandle && !s.reading {
		s.tryReadStart()
	}
	r := &s.r
	if r.destroyed {
		return s
	}
	if !r.flowing {
		r.hasFlowing = true
		r.flowing = !r.readableListen
		if !r.resumeScheduled {
			r.resumeScheduled = true
			s.loop.NextTickArg(tickResume, s)
		}
	}
	r.hasPaused = true
	r.paused = false
	return s
}

// resumeNT is Node's resume_.
func (s *Socket) resumeNT() {
	r := &s.r
	if !r.reading {
		s.read(0)
	}
	r.resumeScheduled = false
	events.Emit0(&s.Emitter, "resume")
	s.flow()
	if r.flowing && !r.reading {
		s.read(0)
	}
}

// Pause stops 'data' events (Socket.prototype.pause and
// Readable.prototype.pause). Reading from the kernel stops once
// highWaterMark bytes are buffered (at once with OnRead), so the peer
// feels backpressure.
func (s *Socket) Pause() *Socket {
	if s.onread != nil && !s.connecting && s.hasHandle && s.reading {
		s.reading = false
		if !s.Destroyed() {
			s.readStop()
		}
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

func (s *Socket) flow() {
	for s.r.flowing && s.read(-1) != nil {
	}
}

// Read pulls up to n bytes in paused mode (readable.read(n)); n < 0 reads
// what is buffered (one chunk at a time without an encoding). It returns
// nil when nothing is available. The chunk is also emitted as 'data'.
func (s *Socket) Read(n int) []byte { return s.read(n) }

// updateReadableListening is Node's updateReadableListening.
func (s *Socket) updateReadableListening() {
	r := &s.r
	r.readableListen = s.ListenerCount("readable") > 0
	if r.hasPaused && !r.paused && r.resumeScheduled {
		r.hasFlowing = true
		r.flowing = true
	} else if r.dataListening {
		s.Resume()
	} else if !r.readableListen {
		r.hasFlowing = false
		r.flowing = false
	}
}

// ---- Writable -------------------------------------------------------------

// write is Writable's _write: the common path of Write and End. n is the
// chunk's length as the Writable counts it: its byte length, or for text
// written with WriteString the string's length (UTF-16 units), as a
// net.Socket keeps strings (decodeStrings false). It returns the error it
// reported (write after end, destroyed) as Node's _write does.
func (s *Socket) write(chunk []byte, n int, cb func(error)) (bool, error) {
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
	return s.writeOrBuffer(chunk, n, cb), nil
}

func (s *Socket) writeOrBuffer(chunk []byte, n int, cb func(error)) bool {
	w := &s.w
	w.length += n
	if w.writing || w.errored != nil || w.corked > 0 {
		w.buffered = append(w.buffered, bufferedWrite{chunk: chunk, n: n, cb: cb})
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

// doWrite hands a buffered write (or, with chunks, all of them: _writev)
// to the handle.
func (s *Socket) doWrite(n int, chunk []byte, chunks [][]byte, cb func(error)) {
	w := &s.w
	w.writelen = n
	w.writecb = cb
	w.writing, w.sync, w.expectWriteCb = true, true, true
	if w.destroyed {
		s.onwrite(errStreamDestroyed("write"))
	} else {
		s.writeGeneric(chunk, chunks)
	}
	w.sync = false
}

// onwrite is the Writable's state.onwrite: the handle calls it when the
// current write request is done.
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
	if len(w.buffered) > int(w.bufferedIndex) {
		s.clearBuffer()
	}
	if !sync {
		s.afterWrite(1, cb)
		return
	}
	// Node's test reads (state & kDestroyed !== 0), which is the object
	// mode bit: destroyed does not count, only a drain or a callback.
	needDrain := w.needDrain && w.length == 0
	needTick := needDrain || cb != nil
	switch {
	case cb == nil:
		if !w.afterPending && needTick {
			w.afterPending = true
			s.loop.NextTickArg(tickAfterWriteNoCb, s)
		} else {
			w.pendingcb--
			if w.ending {
				s.finishMaybe(true)
			}
		}
	case w.afterTick != nil && events.Same(w.afterTick.cb, cb):
		w.afterTick.count++
	case needTick && !w.tickInfoBusy:
		// The socket's own info record, free again once its tick has
		// run: no allocation per write.
		w.tickInfo = afterWriteTickInfo{count: 1, cb: cb}
		w.tickInfoBusy = true
		w.afterTick = &w.tickInfo
		w.afterPending = true
		s.loop.NextTickArg(tickAfterWriteInfo, s)
	case needTick:
		// A tick for another callback is still pending with the
		// socket's record: this one gets its own.
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
}

// afterWriteTick is Node's afterWriteTick for the socket's own info record.
func (s *Socket) afterWriteTick() {
	w := &s.w
	info := w.tickInfo
	w.tickInfo = afterWriteTickInfo{}
	w.tickInfoBusy = false
	w.afterTick = nil
	s.afterWrite(info.count, info.cb)
}

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

// errorBuffer fails the buffered writes and the end callbacks.
func (s *Socket) errorBuffer() {
	w := &s.w
	if w.writing {
		return
	}
	for i := int(w.bufferedIndex); i < len(w.buffered); i++ {
		b := w.buffered[i]
		w.length -= b.n
		if b.cb != nil {
			e := w.errored
			if e == nil {
				e = errStreamDestroyed("write")
			}
			b.cb(e)
		}
	}
	e := w.errored
	if e == nil {
		e = errStreamDestroyed("end")
	}
	s.callFinishedCallbacks(e)
	s.resetBuffer()
}

func (s *Socket) resetBuffer() {
	w := &s.w
	clear(w.buffered)
	w.buffered = w.buffered[:0]
	w.bufferedIndex = 0
	w.allNoop = true
}

func (s *Socket) clearBuffer() {
	w := &s.w
	if w.destroyed || w.bufferProc || w.corked > 0 || len(w.buffered) == int(w.bufferedIndex) {
		return
	}
	i := int(w.bufferedIndex)
	buffered := w.buffered[i:]
	w.bufferProc = true
	if len(buffered) > 1 {
		// Socket has _writev: everything buffered goes in one request.
		w.pendingcb -= int32(len(buffered) - 1)
		chunks := make([][]byte, len(buffered))
		for k, b := range buffered {
			chunks[k] = b.chunk
		}
		var cb func(error)
		if !w.allNoop {
			cbs := make([]func(error), 0, len(buffered))
			for _, b := range buffered {
				if b.cb != nil {
					cbs = append(cbs, b.cb)
				}
			}
			cb = func(err error) {
				for _, f := range cbs {
					f(err)
				}
			}
		}
		total := w.length
		s.resetBuffer()
		s.doWrite(total, nil, chunks, cb)
	} else {
		for i < len(w.buffered) && !w.writing {
			b := w.buffered[i]
			w.buffered[i] = bufferedWrite{}
			i++
			s.doWrite(b.n, b.chunk, nil, b.cb)
		}
		if i >= len(w.buffered) {
			s.resetBuffer()
		} else {
			w.bufferedIndex = int32(i)
		}
	}
	w.bufferProc = false
}

// Cork buffers writes until Uncork (or End), to send them with one writev.
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

// WritableCorked is the number of Cork calls not yet undone.
func (s *Socket) WritableCorked() int { return int(s.w.corked) }

func (s *Socket) needFinish() bool {
	w := &s.w
	return w.ending && !w.destroyed && !w.finished && !w.writing && !w.errorEmitted &&
		!w.closeEmitted && w.errored == nil && len(w.buffered) == int(w.bufferedIndex) && w.length == 0
}

// onFinish is the callback the Writable gives _final.
func (s *Socket) onFinish(err error) {
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
		s.loop.NextTickArg(tickFinish, s)
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
		s.final()
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
			s.loop.NextTickArg(tickFinishMaybe, s)
		} else if s.needFinish() {
			w.pendingcb++
			s.finish()
		}
	}
}

// finishIfNeeded is finishMaybe's nextTick callback.
func (s *Socket) finishIfNeeded() {
	if s.needFinish() {
		s.finish()
	} else {
		s.w.pendingcb--
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
	if s.x == nil || len(s.x.onFinished) == 0 {
		return
	}
	cbs := s.x.onFinished
	s.x.onFinished = nil
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
// writes fail, 'error' is emitted if err is not nil, then 'close' with
// hadError. Destroying twice does nothing.
func (s *Socket) Destroy(err error) *Socket {
	w := &s.w
	// Writable.prototype.destroy: invoke the pending callbacks.
	if (len(w.buffered) > int(w.bufferedIndex) || s.x != nil && len(s.x.onFinished) > 0) && !w.destroyed {
		s.loop.NextTickArg(tickErrorBuffer, s)
	}
	if w.destroyed || s.r.destroyed {
		return s
	}
	s.checkError(err)
	w.destroyed = true
	s.r.destroyed = true
	s.destroyImpl(err)
	return s
}

// onDestroy is the callback destroy.js gives _destroy (destroyImpl calls
// it once, synchronously).
func (s *Socket) onDestroy(err error) {
	s.checkError(err)
	s.w.closed = true
	s.r.closed = true
	if err != nil {
		s.loop.NextTick(func() {
			s.emitErrorNT(err)
			s.emitCloseNT()
		})
	} else {
		s.loop.NextTickArg(tickEmitClose, s)
	}
}

func (s *Socket) checkError(err error) {
	if err != nil {
		if s.w.errored == nil {
			s.w.errored = err
		}
		if s.r.errored == nil {
			s.r.errored = err
		}
	}
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

// undestroy is destroy.js's undestroy, for a socket connected again.
func (s *Socket) undestroy() {
	r, w := &s.r, &s.w
	r.closed, r.closeEmitted, r.destroyed, r.errored, r.errorEmitted, r.reading = false, false, false, nil, false, false
	r.ended = !r.readable
	r.endEmitted = !r.readable
	w.destroyed, w.closed, w.closeEmitted, w.errored, w.errorEmitted = false, false, false, nil, false
	w.finalCalled, w.prefinished = false, false
	w.ended = !w.writable
	w.ending = !w.writable
	w.finished = !w.writable
}
