package netmod

import (
	"context"
	"time"

	"github.com/nodenet/nodenet/eventloop"
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
//   - AbortSignal.timeout(ms) is a timer of the loop: it fires in the timers
//     phase, in order with the script's other timers, and never before the
//     ticks and callbacks already queued. A context's deadline is watched
//     the same way: a loop timer armed for the deadline delivers the abort,
//     and until it has fired neither the posted cancellation nor the
//     checks of the connect and listen paths act on a deadline that has
//     passed. A loaded machine can delay the loop; it then still runs the
//     abort in the place Node's timer would have had.
//   - An AbortController (below) is a context whose Abort, called on its
//     loop, reaches the sockets and servers of that loop watching it inside
//     the call, as Node's abort listeners run: what the caller observes
//     right after it (Destroyed, Listening) is the state after the abort,
//     and the abort takes effect in the loop phase the caller is in.
//   - A cancellation that reached the loop's post queue is always run
//     there: when the socket or server closes while it is on its way (the
//     loop acted first), a request keeps the loop alive until it has
//     landed, so that Run does not return with it still queued.

// abortError is Node's new AbortError(undefined, {cause: signal.reason})
// for a done ctx.
func abortError(ctx context.Context) *nodeerr.Error {
	return nodeerr.Abort(nodeerr.AbortReason(context.Cause(ctx)))
}

// abortWatch watches one signal context for a socket or a server, on the
// loop: deliver runs once, on the loop, when ctx is done, unless the watch
// has ended first. It is told about ctx in two ways: context.AfterFunc posts
// a cancellation to the loop, and, when ctx has a deadline, a loop timer
// fires at it (see the file comment).
type abortWatch struct {
	ctl     *AbortController // the controller of ctx on this loop, if any
	loop    *eventloop.Loop
	ctx     context.Context
	deliver func()
	stop    func() bool      // context.AfterFunc's stop
	timer   *eventloop.Timer // the deadline's timer, until it has fired
	done    bool             // delivered, or the watch ended
	ended   bool             // end was called
	landed  bool             // the posted cancellation has run
	held    bool             // a request is begun until it lands
}

// start begins watching w.ctx (not done yet).
func (w *abortWatch) start() {
	if ctl, ok := w.ctx.Value(abortControllerKey{}).(*AbortController); ok && ctl.loop == w.loop {
		w.ctl = ctl
		ctl.watches = append(ctl.watches, w)
	}
	w.stop = context.AfterFunc(w.ctx, func() { _ = w.loop.Post(w.posted) })
	if dl, ok := w.ctx.Deadline(); ok {
		w.armDeadline(dl)
	}
}

// armDeadline arms the loop timer for the deadline dl, rounded up to the
// next millisecond (the timers' resolution) so that it does not fire
// before the context is done; a deadline beyond the longest timer is
// approached in steps of it. The timer does not keep the loop alive, as
// AbortSignal.timeout's does not.
func (w *abortWatch) armDeadline(dl time.Time) {
	d := (time.Until(dl) + time.Millisecond - 1).Truncate(time.Millisecond)
	d = min(max(d, time.Millisecond), eventloop.TimeoutMax)
	w.timer = w.loop.SetTimeout(w.deadlineReached, d).Unref()
}

// deadlineReached is the deadline timer's callback.
func (w *abortWatch) deadlineReached() {
	w.timer = nil
	if w.done {
		return
	}
	if w.ctx.Err() == nil {
		// The clocks disagreed by a fraction, or the deadline lies
		// beyond the longest timer: wait for the rest.
		dl, _ := w.ctx.Deadline()
		w.armDeadline(dl)
		return
	}
	w.fire()
}

// deadlineAhead reports whether ctx is done by its deadline while the loop
// has not reached the deadline's timer yet: the timer delivers it then.
func (w *abortWatch) deadlineAhead() bool {
	return w.timer != nil && w.ctx.Err() == context.DeadlineExceeded
}

// posted is the cancellation AfterFunc posts to the loop.
func (w *abortWatch) posted() {
	w.landed = true
	if w.held {
		w.held = false
		w.loop.EndRequest()
	}
	if !w.deadlineAhead() {
		w.fire()
	}
}

// pending delivers the abort now when ctx is done but the abort has not
// been delivered and is not waiting for the deadline's timer; it reports
// whether it did.
func (w *abortWatch) pending() bool {
	if w.done || w.ctx.Err() == nil || w.deadlineAhead() {
		return false
	}
	w.fire()
	return true
}

// fire delivers the abort, once.
func (w *abortWatch) fire() {
	if w.done {
		return
	}
	w.done = true
	w.clearTimer()
	w.deliver()
}

// end ends the watch (the socket or server closed): nothing is delivered
// after it. A cancellation already on its way to the post queue keeps the
// loop alive until it has landed.
func (w *abortWatch) end() {
	if w.ended {
		return
	}
	w.ended = true
	w.done = true
	w.clearTimer()
	if w.ctl != nil {
		w.ctl.forget(w)
	}
	if !w.stop() && !w.landed && !w.held {
		w.held = true
		w.loop.BeginRequest()
	}
}

func (w *abortWatch) clearTimer() {
	if w.timer != nil {
		w.loop.ClearTimeout(w.timer)
		w.timer = nil
	}
}

// signalState is a socket's signal (kept in its connectState: accepted
// sockets have none).
type signalState struct {
	abortWatch
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
		c.signal = &signalState{abortWatch{loop: s.loop, ctx: ctx, done: true, ended: true}}
		s.Destroy(abortError(ctx))
		// The rest of the constructor then undestroys it: the
		// 'error' and 'close' already queued still come.
		s.undestroy()
		return
	}
	sig := &signalState{abortWatch{loop: s.loop, ctx: ctx}}
	sig.deliver = func() { s.Destroy(abortError(ctx)) }
	c.signal = sig
	sig.start()
	s.Emitter.Once("close", func(bool) { sig.end() })
}

// abortPending reports whether the socket's signal is done but its abort
// has not reached the socket yet; if so it delivers it now (the socket is
// then destroyed) and returns true. The connect path calls it before each
// step, so that a cancellation made on the loop takes effect before the
// loop acts on it, as AbortController.abort() would. A deadline waits for
// its timer (see the file comment).
func (s *Socket) abortPending() bool {
	if s.conn == nil || s.conn.signal == nil {
		return false
	}
	return s.conn.signal.pending()
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
	w := &serverSignal{abortWatch{loop: srv.loop, ctx: ctx}}
	w.deliver = func() {
		if srv.signal == w {
			srv.signal = nil
		}
		srv.Close(nil)
	}
	srv.signal = w
	w.start()
	srv.Once("close", func() {
		w.end()
		if srv.signal == w {
			srv.signal = nil
		}
	})
}

// serverSignal is the watch of one listen's signal.
type serverSignal struct {
	abortWatch
}

// abortPending is the server's counterpart of Socket.abortPending: when
// the signal of the listen in progress is done but its abort has not
// reached the loop yet, it closes the server now and returns true. Listen
// calls it before binding (after the lookup or on the next tick) and
// before emitting 'listening'.
func (srv *Server) abortPending() bool {
	w := srv.signal
	return w != nil && w.pending()
}

// AbortController is Node's AbortController for netmod: a context (for
// SocketOptions.Signal and ListenOptions.Signal) that Abort cancels. A
// plain context's cancellation reaches the loop a moment later, through
// its post queue; Abort, called on the controller's loop, also delivers the
// abort to every socket and server of that loop watching the context (or
// a context derived from it) inside the call, in the order they began
// watching, as AbortController.abort() runs its listeners. Those of other
// loops get it through their post queues.
type AbortController struct {
	loop    *eventloop.Loop
	ctx     context.Context
	cancel  context.CancelCauseFunc
	watches []*abortWatch
}

type abortControllerKey struct{}

// NewAbortController returns a controller for loop whose context is
// derived from parent (context.Background() when nil).
func NewAbortController(loop *eventloop.Loop, parent context.Context) *AbortController {
	if parent == nil {
		parent = context.Background()
	}
	a := &AbortController{loop: loop}
	ctx, cancel := context.WithCancelCause(parent)
	a.ctx, a.cancel = context.WithValue(ctx, abortControllerKey{}, a), cancel
	return a
}

// Context returns the controller's context, Node's controller.signal.
func (a *AbortController) Context() context.Context { return a.ctx }

// Abort cancels the context with cause (nil is Node's default reason, a
// DOMException AbortError; context.DeadlineExceeded a TimeoutError) and
// delivers the abort to the loop's sockets and servers watching it. It
// belongs to the loop goroutine; a second Abort does nothing.
func (a *AbortController) Abort(cause error) {
	if a.ctx.Err() != nil {
		return
	}
	a.cancel(cause)
	watches := append([]*abortWatch(nil), a.watches...)
	for _, w := range watches {
		w.pending()
	}
}

// forget drops w from the watches Abort delivers to.
func (a *AbortController) forget(w *abortWatch) {
	for i, x := range a.watches {
		if x == w {
			a.watches = append(a.watches[:i], a.watches[i+1:]...)
			return
		}
	}
}
