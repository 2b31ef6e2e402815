package netmod

import (
	"context"

	"github.com/nodenet/nodenet/nodeerr"
)

// Cancellation. Node takes an AbortSignal (the signal option of
// net.connect, new net.Socket and server.listen); netmod takes a
// context.Context in its place:
//
//   - the AbortError a socket is destroyed with has the context's cause as
//     its Cause, mapped as nodeerr.AbortReason maps it: a plain cancel is
//     Node's default reason (a DOMException AbortError), a deadline that
//     of AbortSignal.timeout (a DOMException TimeoutError), and a cause
//     given to context.WithCancelCause is the reason itself;
//   - AbortSignal.abort() runs its listeners synchronously, inside the call;
//     a context has no such hook (context.AfterFunc runs on a goroutine),
//     so a cancellation reaches the loop through Post, a moment later. To
//     keep Node's order wherever the loop would otherwise act on a
//     connection that was already cancelled, the connect path checks the
//     context itself before each of its steps (the connect after a lookup
//     or on the next tick, the completion of connect(2)) and destroys the
//     socket there, as the abort would have; listen does the same before
//     binding and before 'listening'. What a callback observes right after
//     calling cancel (Destroyed, Listening) still shows the state before
//     the abort.

// abortError is Node's new AbortError(undefined, {cause: signal.reason})
// for a done ctx.
func abortError(ctx context.Context) *nodeerr.Error {
	return nodeerr.Abort(nodeerr.AbortReason(context.Cause(ctx)))
}

// signalState is a socket's signal (kept in its connectState: accepted
// sockets have none).
type signalState struct {
	ctx     context.Context
	stop    func() bool
	aborted bool // the abort reached the socket
}

// watchSignal watches the signal option of a new socket: a done context
// destroys the socket with an AbortError. Already done, it destroys it at
// once and then undestroys it, as Node's constructor ends up doing: the
// socket looks alive (not destroyed, readyState "open") but its 'error'
// and 'close' are queued, and a later Connect goes ahead, as in Node. The
// watch ends when the socket closes.
func (s *Socket) watchSignal(ctx context.Context) {
	c := s.connState()
	if ctx.Err() != nil {
		c.signal = &signalState{ctx: ctx, aborted: true}
		s.Destroy(abortError(ctx))
		// The rest of the constructor then undestroys it: the
		// 'error' and 'close' already queued still come.
		s.undestroy()
		return
	}
	sig := &signalState{ctx: ctx}
	c.signal = sig
	sig.stop = context.AfterFunc(ctx, func() {
		_ = s.loop.Post(func() { s.deliverAbort(sig) })
	})
	s.Emitter.Once("close", func(bool) {
		sig.stop()
		sig.aborted = true // nothing more to deliver
	})
}

// deliverAbort destroys the socket with the AbortError of sig, once.
func (s *Socket) deliverAbort(sig *signalState) {
	if sig.aborted {
		return
	}
	sig.aborted = true
	s.Destroy(abortError(sig.ctx))
}

// abortPending reports whether the socket's signal is done but its abort
// has not reached the socket yet; if so it delivers it now (the socket is
// then destroyed) and returns true. The connect path calls it before each
// step, so that a cancellation made on the loop takes effect before the
// loop acts on it, as AbortController.abort() would.
func (s *Socket) abortPending() bool {
	if s.conn == nil || s.conn.signal == nil {
		return false
	}
	sig := s.conn.signal
	if sig.aborted || sig.ctx.Err() == nil {
		return false
	}
	s.deliverAbort(sig)
	return true
}

// watchSignal watches the signal option of a listen: a done ctx closes the
// server (on the next tick when it is already done at listen). The watch
// ends when the server closes. Each listen's signal is watched on its own,
// as each adds its own abort listener in Node.
func (srv *Server) watchSignal(ctx context.Context) {
	if ctx.Err() != nil {
		srv.loop.NextTick(func() { srv.Close(nil) })
		return
	}
	w := &serverSignal{ctx: ctx}
	srv.signal = w
	w.stop = context.AfterFunc(ctx, func() {
		_ = srv.loop.Post(func() { srv.deliverAbort(w) })
	})
	srv.Once("close", func() {
		w.stop()
		w.done = true
		if srv.signal == w {
			srv.signal = nil
		}
	})
}

// serverSignal is the watch of one listen's signal.
type serverSignal struct {
	ctx  context.Context
	stop func() bool
	done bool // fired, or the server closed
}

// deliverAbort closes the server for w, once.
func (srv *Server) deliverAbort(w *serverSignal) {
	if w.done {
		return
	}
	w.done = true
	if srv.signal == w {
		srv.signal = nil
	}
	srv.Close(nil)
}

// abortPending is the server's counterpart of Socket.abortPending: when
// the signal of the listen in progress is done but its abort has not
// reached the loop yet, it closes the server now and returns true. Listen
// calls it before binding (after the lookup or on the next tick) and
// before emitting 'listening'.
func (srv *Server) abortPending() bool {
	w := srv.signal
	if w == nil || w.done || w.ctx.Err() == nil {
		return false
	}
	srv.deliverAbort(w)
	return true
}
