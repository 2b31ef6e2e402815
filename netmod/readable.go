package netmod

// The readable side of a Socket: Node's lib/internal/streams/readable.js
// for a byte stream, function for function with Node's names (see
// stream.go).

import (
	"github.com/nodenet/nodenet/events"
)

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
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && !s.reading {
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
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && !s.reading {
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
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && s.reading {
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
