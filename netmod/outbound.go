package netmod

import (
	"unsafe"

	"github.com/nodenet/nodenet/events"
)

// finishPhase is how far the writable half is on its way to 'finish'.
type finishPhase uint8

const (
	writeOpen      finishPhase = iota // End not called
	writeEnding                       // End called: the queue drains first
	writeShutdown                     // the queue drained: the shutdown is in flight
	writeFinishing                    // 'prefinish' emitted, 'finish' queued
	writeFinished                     // 'finish' emitted
)

// pendingWrite is a write waiting in the queue: its bytes, what they count
// for the high-water mark, and its callback.
type pendingWrite struct {
	chunk []byte
	n     int
	cb    func(error)
}

// writableState is the writable half of a Socket.
type writableState struct {
	hwm int
	// length counts the bytes queued and in flight (writableLength)
	length int
	// the writes waiting for the one in flight, queue[head:]
	queue []pendingWrite
	head  int
	// the write in flight: what it counts and its callback
	flightN  int
	flightCb func(error)
	// the callback of the completions queued for the next tick (see
	// completed), and how many completions it stands for
	batchCb    func(error)
	batchCount int32
	corked     int32
	phase      finishPhase
	inFlight   bool // a write is at the handle
	dispatched bool // the write in flight was handed over in this very call
	flushing   bool // flushQueue is running
	needDrain  bool // a write returned false: 'drain' is owed
	// batchQueued: the inline batch's tick is queued; batchCurrent: new
	// completions join the inline batch
	batchQueued, batchCurrent bool
}

// queued is the number of writes waiting in the queue.
func (w *writableState) queued() int { return len(w.queue) - w.head }

// doneBatch holds completions queued while the inline batch was busy.
type doneBatch struct {
	s     *Socket
	cb    func(error)
	count int
}

// write is a Write of data, counting n for the high-water mark: at once to
// the handle when nothing is in flight, corked or failed; else queued.
func (s *Socket) write(data []byte, n int, cb func(error)) (bool, error) {
	w := &s.w
	var err error
	if w.phase != writeOpen {
		err = errWriteAfterEnd()
	} else if s.life.destroyed {
		err = errStreamDestroyed("write")
	}
	if err != nil {
		if cb != nil {
			s.loop.NextTick(func() { cb(err) })
		}
		s.failWith(err)
		return false, err
	}
	w.length += n
	if w.inFlight || w.corked > 0 || s.life.errored != nil {
		w.queue = append(w.queue, pendingWrite{chunk: data, n: n, cb: cb})
	} else {
		s.dispatch(data, nil, n, cb)
	}
	// the mark is checked after the dispatch: what the kernel took at
	// once no longer counts (and with a mark of 0 nothing left is no
	// reason to wait for 'drain')
	ok := w.length < w.hwm || w.length == 0
	if !ok {
		w.needDrain = true
	}
	return ok && s.life.errored == nil && !s.life.destroyed, nil
}

// dispatch hands one write (chunk, or chunks for writev) to the handle.
func (s *Socket) dispatch(chunk []byte, chunks [][]byte, n int, cb func(error)) {
	w := &s.w
	w.flightN, w.flightCb = n, cb
	w.inFlight, w.dispatched = true, true
	if s.life.destroyed {
		s.writeDone(errStreamDestroyed("write"))
	} else {
		s.sendWrite(chunk, chunks)
	}
	w.dispatched = false
}

// writeDone completes the write in flight; the handle calls it.
func (s *Socket) writeDone(err error) {
	w := &s.w
	if !w.inFlight {
		return
	}
	sync, cb := w.dispatched, w.flightCb
	w.inFlight, w.flightCb = false, nil
	w.length -= w.flightN
	w.flightN = 0
	if err != nil {
		if s.life.errored == nil {
			s.life.errored = err
		}
		if sync {
			s.loop.NextTick(func() { s.writeFailed(cb, err) })
		} else {
			s.writeFailed(cb, err)
		}
		return
	}
	if w.queued() > 0 {
		s.flushQueue()
	}
	if sync {
		s.completed(cb)
	} else {
		s.afterWrites(1, cb)
	}
}

// writeFailed reports a failed write to its callback, fails the queue and
// destroys the socket with the error.
func (s *Socket) writeFailed(cb func(error), err error) {
	if cb != nil {
		cb(err)
	}
	s.failQueued()
	s.failWith(err)
}

// sameFunc reports whether a and b are the same function value.
func sameFunc(a, b func(error)) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&a)) == *(*unsafe.Pointer)(unsafe.Pointer(&b))
}

// completed queues the callback of a write the kernel took at once for
// the next tick. Consecutive completions with the same callback (nil
// included) share one tick; the inline batch serves them without
// allocating.
func (s *Socket) completed(cb func(error)) {
	w := &s.w
	if w.batchCurrent && sameFunc(w.batchCb, cb) {
		w.batchCount++
		return
	}
	if x := s.x; x != nil && x.batch != nil {
		if sameFunc(x.batch.cb, cb) {
			x.batch.count++
			return
		}
		x.batch = nil
	}
	if !w.batchQueued {
		w.batchCb, w.batchCount = cb, 1
		w.batchQueued, w.batchCurrent = true, true
		s.loop.NextTickArg(tickWritesDone, s)
		return
	}
	b := &doneBatch{s: s, cb: cb, count: 1}
	w.batchCurrent = false
	s.extra().batch = b
	s.loop.NextTickArg(tickHeapBatch, b)
}

// runInlineBatch is the tick of the inline batch.
func (s *Socket) runInlineBatch() {
	w := &s.w
	cb, n := w.batchCb, int(w.batchCount)
	w.batchCb, w.batchCount = nil, 0
	w.batchQueued, w.batchCurrent = false, false
	if s.x != nil {
		s.x.batch = nil
	}
	s.afterWrites(n, cb)
}

// runHeapBatch is the tick of a batch that did not fit inline.
func (s *Socket) runHeapBatch(b *doneBatch) {
	s.w.batchCurrent = false
	if s.x != nil {
		s.x.batch = nil
	}
	s.afterWrites(b.count, b.cb)
}

// afterWrites runs after count writes completed with callback cb: 'drain'
// if it is owed and everything is out, the callbacks, then the end of the
// writable half if it is due.
func (s *Socket) afterWrites(count int, cb func(error)) {
	w := &s.w
	if w.needDrain && w.phase == writeOpen && !s.life.destroyed && w.length == 0 {
		w.needDrain = false
		events.Emit0(&s.Emitter, "drain")
	}
	for ; count > 0; count-- {
		if cb != nil {
			cb(nil)
		}
	}
	if s.life.destroyed {
		s.failQueued()
	}
	s.maybeFinish()
}

// flushQueue sends the queued writes, several at once with writev.
func (s *Socket) flushQueue() {
	w := &s.w
	if w.corked > 0 || w.flushing || s.life.destroyed {
		return
	}
	k := w.queued()
	if k == 0 {
		return
	}
	w.flushing = true
	if k == 1 {
		e := w.queue[w.head]
		w.resetQueue()
		s.dispatch(e.chunk, nil, e.n, e.cb)
	} else {
		chunks := make([][]byte, k)
		n := 0
		withCb := false
		for i, e := range w.queue[w.head:] {
			chunks[i] = e.chunk
			n += e.n
			withCb = withCb || e.cb != nil
		}
		// one callback for them all: nil (which batches with other
		// completions) when none has one
		var cb func(error)
		if withCb {
			cbs := make([]func(error), k)
			for i, e := range w.queue[w.head:] {
				cbs[i] = e.cb
			}
			cb = func(err error) {
				for _, c := range cbs {
					if c != nil {
						c(err)
					}
				}
			}
		}
		w.resetQueue()
		s.dispatch(nil, chunks, n, cb)
	}
	w.flushing = false
}

// resetQueue empties the queue, keeping its array.
func (w *writableState) resetQueue() {
	clear(w.queue)
	w.queue, w.head = w.queue[:0], 0
}

// failQueued fails the queued writes and the callbacks of End, once
// nothing is in flight: the socket was destroyed or failed.
func (s *Socket) failQueued() {
	w := &s.w
	if w.inFlight {
		return
	}
	err := s.life.errored
	for i := w.head; i < len(w.queue); i++ {
		e := w.queue[i]
		w.queue[i] = pendingWrite{}
		w.head = i + 1
		w.length -= e.n
		if e.cb != nil {
			if err != nil {
				e.cb(err)
			} else {
				e.cb(errStreamDestroyed("write"))
			}
		}
	}
	if err == nil {
		err = errStreamDestroyed("end")
	}
	s.endCallbacks(err)
	w.resetQueue()
}

// endCallbacks calls the callbacks End registered, once.
func (s *Socket) endCallbacks(err error) {
	if s.x == nil || len(s.x.onFinished) == 0 {
		return
	}
	cbs := s.x.onFinished
	s.x.onFinished = nil
	for _, cb := range cbs {
		cb(err)
	}
}

// readyToFinish reports whether the writable half can finish: End was
// called, nothing is queued or in flight, and the socket did not fail.
func (s *Socket) readyToFinish() bool {
	w := &s.w
	return w.phase >= writeEnding && w.phase < writeFinished && !s.life.destroyed &&
		w.length == 0 && s.life.errored == nil && w.queued() == 0 && !w.inFlight &&
		!s.life.errorEmitted && !s.life.closeEmitted
}

// maybeFinish sends the shutdown once the writable half is ready to finish.
func (s *Socket) maybeFinish() {
	if s.w.phase == writeEnding && s.readyToFinish() {
		s.w.phase = writeShutdown
		s.sendShutdown()
	}
}

// shutdownDone is the completion of the shutdown: 'prefinish' now,
// 'finish' on the next tick.
func (s *Socket) shutdownDone(err error) {
	if err != nil {
		s.endCallbacks(err)
		s.failWith(err)
		return
	}
	if s.readyToFinish() {
		s.w.phase = writeFinishing
		events.Emit0(&s.Emitter, "prefinish")
		s.loop.NextTickArg(tickFinish, s)
	}
}

// finishNow emits 'finish' after the callbacks of End; a socket whose
// readable half ended too is destroyed.
func (s *Socket) finishNow() {
	s.w.phase = writeFinished
	s.endCallbacks(nil)
	events.Emit0(&s.Emitter, "finish")
	if s.r.end == endDone {
		s.Destroy(nil)
	}
}

// Cork buffers writes until Uncork (or End), to send them with one writev.
func (s *Socket) Cork() { s.w.corked++ }

// Uncork undoes one Cork; when none remain the buffered writes are sent.
func (s *Socket) Uncork() {
	w := &s.w
	if w.corked > 0 {
		w.corked--
		if !w.inFlight {
			s.flushQueue()
		}
	}
}

// WritableCorked is the number of Cork calls not yet undone.
func (s *Socket) WritableCorked() int { return int(s.w.corked) }
