package netmod

import "github.com/nodenet/nodenet/events"

// Destroy closes the socket at once (Node's socket.destroy([err])): pending
// writes fail, 'error' is emitted if err is not nil, then 'close' with
// hadError. Destroying twice does nothing.
func (s *Socket) Destroy(err error) *Socket {
	if !s.life.destroyed && (s.w.queued() > 0 || (s.x != nil && len(s.x.onFinished) > 0)) {
		// the queued writes and End's callbacks fail on the next tick
		s.loop.NextTickArg(tickFailQueued, s)
	}
	if s.life.destroyed {
		return s
	}
	if err != nil && s.life.errored == nil {
		s.life.errored = err
	}
	s.life.destroyed = true
	s.releaseHandle(err)
	return s
}

// failWith destroys the socket with err, unless it is destroyed already.
func (s *Socket) failWith(err error) {
	if !s.life.destroyed {
		s.Destroy(err)
	}
}

// afterDestroy is the last step of Destroy, once the handle is closed:
// 'error' (for an error) on the next tick, after which the stream emits
// nothing more.
func (s *Socket) afterDestroy(err error) {
	if err == nil {
		s.loop.NextTickArg(tickClosed, s)
		return
	}
	if s.life.errored == nil {
		s.life.errored = err
	}
	s.loop.NextTick(func() {
		s.emitDestroyError(err)
		s.markCloseEmitted()
	})
}

// emitDestroyError emits 'error' once per life of the socket.
func (s *Socket) emitDestroyError(err error) {
	if s.life.errorEmitted {
		return
	}
	s.life.errorEmitted = true
	events.Emit1[error](&s.Emitter, "error", err)
}

// markCloseEmitted records that the destroyed stream is done emitting.
func (s *Socket) markCloseEmitted() { s.life.closeEmitted = true }

// undestroy gives a destroyed socket a new life, as connecting again does:
// both halves are open again and the error is forgotten.
func (s *Socket) undestroy() {
	s.life = lifecycle{}
	s.r.pulling = false
	s.r.end = endOpen
	s.w.phase = writeOpen
}
