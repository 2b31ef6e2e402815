package netmod

// The writable side of a Socket: Node's lib/internal/streams/writable.js
// for a byte stream, function for function with Node's names (see
// stream.go).

import (
	"github.com/nodenet/nodenet/events"
)

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
