package netmod

import "github.com/nodenet/nodenet/events"

// endPhase is how far the readable half is on its way to 'end'.
type endPhase uint8

const (
	endOpen   endPhase = iota // more data may arrive
	endEOF                    // the peer's EOF arrived; data may still be queued
	endQueued                 // 'end' waits for the next tick
	endDone                   // 'end' was emitted
)

// pauseRequest is the last of Pause and Resume the user called.
type pauseRequest uint8

const (
	pauseNone pauseRequest = iota
	pauseAsked
	resumeAsked
)

// readableState is the readable half of a Socket.
type readableState struct {
	hwm int
	// the queued chunks, chunks[head:], holding length bytes
	chunks [][]byte
	head   int
	length int
	// with SetEncoding the chunks are text (UTF-8) from the decoder
	decoder *decoder
	// the pipes out of this socket, nil when it never piped
	pipes *pipeSet

	// flowing with hasFlowing is readableFlowing: unset (hasFlowing
	// false), flowing, or paused
	flowing, hasFlowing bool
	// listening: a 'readable' listener put the socket in readable mode
	listening bool
	// dataListening: a 'data' listener was added and not removed
	dataListening bool
	pause         pauseRequest
	end           endPhase
	// pulling: the handle was asked for data that has not come yet
	pulling bool
	// pushIsSync: a chunk delivered now arrives inside the call that
	// asked for it (or before anything asked), not on its own
	pushIsSync bool
	// wantNotice: the next arrival should be announced with 'readable';
	// noticeQueued: an announcement is queued or not consumed yet
	wantNotice, noticeQueued bool
	// resumeQueued, topUpQueued: the tick of Resume, of topUp, is queued
	resumeQueued, topUpQueued bool
	// dataEmitted: some 'data' was emitted
	dataEmitted bool
}

// ended reports whether the EOF arrived.
func (r *readableState) ended() bool { return r.end != endOpen }

// flowingNow reports readableFlowing === true.
func (r *readableState) flowingNow() bool { return r.hasFlowing && r.flowing }

// amount is how much a read(n) takes now (n < 0: read() without a size).
func (r *readableState) amount(n int) int {
	switch {
	case n == 0 || (r.length == 0 && r.ended()):
		return 0
	case n < 0:
		if r.flowingNow() && r.length > 0 {
			return len(r.chunks[r.head])
		}
		return r.length
	case n <= r.length:
		return n
	case r.ended():
		return r.length
	}
	return 0
}

// add queues a chunk.
func (r *readableState) add(b []byte) {
	if r.head > 0 && r.head == len(r.chunks) {
		r.chunks, r.head = r.chunks[:0], 0
	}
	r.chunks = append(r.chunks, b)
	r.length += len(b)
}

// take removes n bytes (0 < n <= length) from the front of the queue.
func (r *readableState) take(n int) []byte {
	first := r.chunks[r.head]
	var out []byte
	switch {
	case n == len(first):
		out = first
		r.chunks[r.head] = nil
		r.head++
	case n < len(first):
		out = first[:n:n]
		r.chunks[r.head] = first[n:]
	default:
		out = make([]byte, 0, n)
		for len(out) < n {
			c := r.chunks[r.head]
			if k := n - len(out); k < len(c) {
				out = append(out, c[:k]...)
				r.chunks[r.head] = c[k:]
				break
			}
			out = append(out, c...)
			r.chunks[r.head] = nil
			r.head++
		}
	}
	r.length -= n
	if r.head == len(r.chunks) {
		r.chunks, r.head = r.chunks[:0], 0
	}
	return out
}

// grownHWM is the high-water mark a read of n bytes (n above the mark)
// raises it to: the next power of two.
func grownHWM(n int) int {
	h := 1
	for h < n {
		h <<= 1
	}
	return h
}

// deliver takes a chunk the handle read. It reports whether the handle
// should go on reading.
func (s *Socket) deliver(b []byte) bool {
	r := &s.r
	if r.ended() {
		// the handle stops reading at the EOF: this is a bug below
		s.failWith(errPushAfterEOF())
		return false
	}
	if s.life.destroyed || s.life.errored != nil {
		return false
	}
	r.pulling = false
	if r.decoder != nil {
		b = r.decoder.write(b)
	}
	if len(b) > 0 {
		if r.flowingNow() && r.length == 0 && !r.pushIsSync && r.dataListening {
			s.forgetDrainWaits()
			r.dataEmitted = true
			s.emitData(b)
		} else {
			r.add(b)
			if r.wantNotice {
				s.announce()
			}
		}
	}
	s.scheduleTopUp()
	return r.end == endOpen && (r.length < r.hwm || r.length == 0)
}

// deliverEOF records the peer's EOF.
func (s *Socket) deliverEOF() {
	r := &s.r
	r.pulling = false
	if r.ended() {
		return
	}
	if r.decoder != nil {
		if rest := r.decoder.end(); len(rest) > 0 {
			r.add(rest)
		}
	}
	r.end = endEOF
	if r.pushIsSync {
		s.announce()
		return
	}
	r.wantNotice, r.noticeQueued = false, true
	s.announceNow()
}

// emitData emits one chunk as 'data': text after SetEncoding. A chunk
// emitted while the socket pipes is kept in the loop's read buffer for the
// pipes' listeners (piping.go).
func (s *Socket) emitData(b []byte) {
	text := s.r.decoder != nil
	if s.r.pipes != nil {
		rb := s.readBuffer()
		prev, prevText := rb.dataChunk, rb.dataText
		rb.dataChunk, rb.dataText = b, text
		if text {
			events.Emit1(&s.Emitter, "data", string(b))
		} else {
			events.Emit1(&s.Emitter, "data", b)
		}
		rb.dataChunk, rb.dataText = prev, prevText
		return
	}
	if text {
		events.Emit1(&s.Emitter, "data", string(b))
		return
	}
	events.Emit1(&s.Emitter, "data", b)
}

// read is the consumer's pull: it takes up to n bytes (n < 0: what read()
// without a size takes), asks the handle for more when the queue runs
// under the high-water mark, emits what it took as 'data' and returns it.
// read(0) takes nothing: it only asks for more, or settles 'readable' and
// 'end'.
func (s *Socket) read(n int) []byte {
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && !s.reading {
		s.readStart()
	}
	r := &s.r
	asked := n
	if n > r.hwm {
		r.hwm = grownHWM(n)
	}
	if n != 0 {
		r.noticeQueued = false
	}
	if n == 0 && r.wantNotice && ((r.hwm != 0 && r.length >= r.hwm) || (r.hwm == 0 && r.length > 0) || r.ended()) {
		if r.length == 0 && r.ended() {
			s.queueEnd()
		} else {
			s.announce()
		}
		return nil
	}
	n = r.amount(n)
	if n == 0 && r.ended() {
		if r.length == 0 {
			s.queueEnd()
		}
		return nil
	}
	if (r.wantNotice || r.length == 0 || r.length-n < r.hwm) &&
		!r.ended() && !r.pulling && !s.life.destroyed && s.life.errored == nil {
		r.pulling, r.pushIsSync = true, true
		if r.length == 0 {
			r.wantNotice = true
		}
		s.startReading()
		r.pushIsSync = false
		if !r.pulling {
			n = r.amount(asked)
		}
	}
	var out []byte
	if n > 0 {
		out = r.take(n)
		s.forgetDrainWaits()
	} else {
		r.wantNotice = r.length <= r.hwm
		n = 0
	}
	if r.length == 0 {
		if !r.ended() {
			r.wantNotice = true
		}
		if asked != n && r.ended() {
			s.queueEnd()
		}
	}
	if out != nil && !s.life.errorEmitted && !s.life.closeEmitted {
		r.dataEmitted = true
		s.emitData(out)
	}
	return out
}

// flow emits the queue as 'data' while the socket flows.
func (s *Socket) flow() {
	for s.r.flowingNow() && s.read(-1) != nil {
	}
}

// announce queues a 'readable' announcement, unless one is pending.
func (s *Socket) announce() {
	r := &s.r
	r.wantNotice = false
	if !r.noticeQueued {
		r.noticeQueued = true
		s.loop.NextTickArg(tickAnnounce, s)
	}
}

// announceNow emits 'readable' when there is something to read (or the
// end), then lets a flowing socket flow.
func (s *Socket) announceNow() {
	r := &s.r
	if !s.life.destroyed && s.life.errored == nil && (r.length > 0 || r.ended()) {
		events.Emit0(&s.Emitter, "readable")
		r.noticeQueued = false
	}
	r.wantNotice = !r.flowingNow() && !r.ended() && r.length <= r.hwm
	s.flow()
}

// scheduleTopUp queues topUp, unless it is queued.
func (s *Socket) scheduleTopUp() {
	if !s.r.topUpQueued {
		s.r.topUpQueued = true
		s.loop.NextTickArg(tickTopUp, s)
	}
}

// topUp asks the handle for more while the queue is under the high-water
// mark (or empty while flowing) and asking brings something at once.
func (s *Socket) topUp() {
	r := &s.r
	for !r.pulling && !r.ended() && (r.length < r.hwm || (r.flowingNow() && r.length == 0)) {
		before := r.length
		s.read(0)
		if before == r.length {
			break
		}
	}
	r.topUpQueued = false
}

// queueEnd queues 'end' once the EOF arrived and the queue is empty.
func (s *Socket) queueEnd() {
	if s.r.end == endEOF {
		s.r.end = endQueued
		s.loop.NextTickArg(tickEnd, s)
	}
}

// emitEndNow emits 'end', unless the socket failed or data came back into
// the queue; then, as the socket's two halves are done, the writable half
// is ended (allowHalfOpen false) or the socket destroyed (both done).
func (s *Socket) emitEndNow() {
	r := &s.r
	if r.end == endDone {
		return
	}
	if s.life.errored != nil || s.life.closeEmitted || r.length != 0 {
		if r.end == endQueued {
			r.end = endEOF
		}
		return
	}
	r.end = endDone
	events.Emit0(&s.Emitter, "end")
	if s.Writable() && !s.allowHalfOpen {
		s.loop.NextTickArg(tickEndWritable, s)
	} else if s.w.phase == writeFinished {
		s.Destroy(nil)
	}
}

// endAfterPeer ends the writable half after the readable half ended, for
// a socket that does not allow half-open connections.
func (s *Socket) endAfterPeer() {
	if s.Writable() && s.w.phase == writeOpen && !s.life.destroyed {
		s.End(nil, nil)
	}
}

// resumeNow is the tick of Resume: it asks for data, emits 'resume' and
// flows.
func (s *Socket) resumeNow() {
	r := &s.r
	if !r.pulling {
		s.read(0)
	}
	r.resumeQueued = false
	events.Emit0(&s.Emitter, "resume")
	s.flow()
	if r.flowingNow() && !r.pulling {
		s.read(0)
	}
}

// recheckReadableMode runs on the tick after a 'readable' listener was
// removed: without one the socket flows again if 'data' is listened to.
func (s *Socket) recheckReadableMode() {
	r := &s.r
	r.listening = s.ListenerCount("readable") > 0
	switch {
	case r.resumeQueued && r.pause == resumeAsked:
		r.hasFlowing, r.flowing = true, true
	case s.ListenerCount("data") > 0:
		s.Resume()
	case !r.listening:
		r.hasFlowing, r.flowing = false, false
	}
}

// startPaused makes a socket that has not read yet start in paused mode
// (the server's PauseOnConnect): no 'data' flows and nothing is read until
// Resume. No 'pause' is emitted.
func (r *readableState) startPaused() {
	r.hasFlowing, r.flowing = true, false
}

// IsPaused reports whether the socket was paused (readable.isPaused()):
// Pause was called, or the socket is not flowing (a 'readable' listener,
// the server's PauseOnConnect).
func (s *Socket) IsPaused() bool {
	r := &s.r
	return r.pause == pauseAsked || (r.hasFlowing && !r.flowing)
}

// Resume switches the socket into flowing mode (socket.resume()): 'data'
// events follow and reading from the kernel restarts.
func (s *Socket) Resume() *Socket {
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && !s.reading {
		s.readStart()
	}
	if s.life.destroyed {
		return s // a destroyed socket neither flows nor pauses
	}
	r := &s.r
	if !r.flowingNow() {
		r.hasFlowing, r.flowing = true, !r.listening
		if !r.resumeQueued {
			r.resumeQueued = true
			s.loop.NextTickArg(tickResume, s)
		}
	}
	r.pause = resumeAsked
	return s
}

// Pause stops 'data' events (socket.pause()). Reading from the kernel
// stops once highWaterMark bytes are buffered (at once with OnRead), so
// the peer feels backpressure.
func (s *Socket) Pause() *Socket {
	if s.onread != nil && !s.isConnecting() && s.hasHandle() && s.reading {
		s.reading = false
		if !s.life.destroyed {
			s.readStop()
		}
	}
	if s.life.destroyed {
		return s
	}
	r := &s.r
	if !r.hasFlowing || r.flowing {
		r.hasFlowing, r.flowing = true, false
		events.Emit0(&s.Emitter, "pause")
	}
	r.pause = pauseAsked
	return s
}

// Read pulls up to n bytes in paused mode (readable.read(n)); n < 0 reads
// what is buffered. It returns nil when nothing is available. The chunk is
// also emitted as 'data'.
func (s *Socket) Read(n int) []byte { return s.read(n) }
