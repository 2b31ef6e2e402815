package netmod

// Destroying a Socket: Node's lib/internal/streams/destroy.js, shared by
// both sides (see stream.go).

import (
	"github.com/nodenet/nodenet/events"
)

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
