package eventloop

import (
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"time"

	"go.uber.org/zap"

	"github.com/nodenet/nodenet/poller"
)

// Watcher delivers readiness events of one descriptor to a callback on the
// loop. Interest changes are recorded and applied in one place, just before
// the loop polls (as libuv's watcher queue), so toggling interest within one
// iteration costs no system call. A watcher does not keep the loop alive: the
// handle that owns it does.
//
// A Watcher is made by Watch or WatchHandler, or lives in its owner's
// storage (WatchInto): 40 bytes, no allocation of its own.
type Watcher struct {
	loop    *Loop
	token   uint64 // the descriptor (high 32 bits) and the watch's generation
	h       IOHandler
	want    poller.Interest // interest asked for
	have    poller.Interest // interest the poller has
	added   bool            // registered with the poller
	inDirty bool
	closed  bool
}

// IOHandler receives the readiness events of a watched descriptor (see
// WatchHandler).
type IOHandler interface {
	HandleIO(ev poller.Event)
}

// ioFunc is a callback given to Watch, seen as an IOHandler.
type ioFunc func(poller.Event)

func (f ioFunc) HandleIO(ev poller.Event) { f(ev) }

// ErrWatched is returned by Watch for a descriptor that already has a watcher.
var ErrWatched = errors.New("eventloop: descriptor is already watched")

// Watch creates a watcher for fd that calls cb, on the loop, for each
// readiness event. It starts with no interest; call SetInterest.
func (l *Loop) Watch(fd int, cb func(ev poller.Event)) (*Watcher, error) {
	return l.WatchHandler(fd, ioFunc(cb))
}

// WatchHandler is Watch with the events delivered to h.HandleIO. An
// owner that is its own handler (a pointer type with a HandleIO method,
// or a pointer converted to a type of its own that has one) needs no
// callback closure.
func (l *Loop) WatchHandler(fd int, h IOHandler) (*Watcher, error) {
	w := new(Watcher)
	if err := l.WatchInto(w, fd, h); err != nil {
		return nil, err
	}
	return w, nil
}

// ErrWatching is returned by WatchInto for a Watcher that is still
// watching (not closed).
var ErrWatching = errors.New("eventloop: the watcher is still watching")

// WatchInto is WatchHandler with the watcher in the caller's storage (a
// field of the owner, say), which it initializes: watching costs no
// allocation. w must be a zero Watcher or a closed one (of this loop); it
// must stay where it is while it watches.
func (l *Loop) WatchInto(w *Watcher, fd int, h IOHandler) error {
	if l.state.Load() == stateClosed {
		return ErrClosed
	}
	if fd < 0 {
		return errors.New("eventloop: negative descriptor")
	}
	if fd > math.MaxInt32 {
		return errors.New("eventloop: descriptor out of range")
	}
	if w.Watching() {
		return ErrWatching
	}
	if w.loop != nil && w.loop != l {
		return errors.New("eventloop: the watcher belongs to another loop")
	}
	if fd < len(l.watchers) && l.watchers[fd] != nil {
		return ErrWatched
	}
	for fd >= len(l.watchers) {
		l.watchers = append(l.watchers, nil)
	}
	l.generation++
	// A closed watcher may still be queued for an interest change: keep
	// the mark so that it is not queued twice.
	*w = Watcher{loop: l, h: h, token: uint64(fd)<<32 | uint64(l.generation), inDirty: w.inDirty}
	l.watchers[fd] = w
	return nil
}

// Watching reports whether the watcher watches a descriptor (it was
// started and not closed).
func (w *Watcher) Watching() bool { return w.loop != nil && !w.closed }

// Token identifies the watch: readiness events carry it, and each watch
// of a descriptor, even in the same storage, gets a new one.
func (w *Watcher) Token() uint64 { return w.token }

// FD returns the watched descriptor.
func (w *Watcher) FD() int { return int(w.token >> 32) }

// Err returns the error of the watcher's last interest change when the
// poller refused it (for example ENOSPC from epoll_ctl past
// max_user_watches), nil otherwise. A refused change is also delivered to
// the handler as an event with Err set, in the pending phase: a handler
// that sees Err checks this first, since reading SO_ERROR would find
// nothing. A later change that succeeds, or Close, clears it.
func (w *Watcher) Err() error {
	if w.loop == nil || w.loop.watchErrs == nil {
		return nil
	}
	return w.loop.watchErrs[w.token]
}

// Interest returns the interest last asked for.
func (w *Watcher) Interest() poller.Interest { return w.want }

// SetInterest asks for the given readiness kinds from the next poll on.
func (w *Watcher) SetInterest(in poller.Interest) {
	if w.closed || w.loop == nil || w.want == in {
		return
	}
	w.want = in
	if !w.inDirty {
		w.inDirty = true
		w.loop.dirty = append(w.loop.dirty, w)
	}
}

// Close stops watching at once (before the caller closes the descriptor).
// Events already collected for it in the current poll are not delivered.
func (w *Watcher) Close() error {
	if w.closed || w.loop == nil {
		return nil
	}
	w.closed = true
	l := w.loop
	if l.watchErrs != nil {
		delete(l.watchErrs, w.token)
	}
	fd := w.FD()
	if fd < len(l.watchers) && l.watchers[fd] == w {
		l.watchers[fd] = nil
	}
	if w.added {
		w.added = false
		if err := l.poll.Remove(fd); err != nil && !errors.Is(err, poller.ErrClosed) {
			return err
		}
	}
	return nil
}

// applyInterest pushes recorded interest changes to the poller.
func (l *Loop) applyInterest() {
	for i, w := range l.dirty {
		l.dirty[i] = nil
		w.inDirty = false
		if w.closed || w.want == w.have && w.added {
			continue
		}
		var err error
		switch {
		case !w.added && w.want == 0:
			continue
		case !w.added:
			err = l.poll.Add(w.FD(), w.want, w.token)
			w.added = err == nil
		case w.want == 0:
			err = l.poll.Remove(w.FD())
			w.added = false
		default:
			err = l.poll.Modify(w.FD(), w.want, w.token)
		}
		if err != nil {
			l.log.Warn("poller interest change failed", zap.Int("fd", w.FD()),
				zap.Uint8("interest", uint8(w.want)), zap.Error(err))
			// Report it as an error event, with the error in Err, so
			// the owner sees the failure.
			w.failed(err)
			continue
		}
		if l.watchErrs != nil {
			delete(l.watchErrs, w.token)
		}
		w.have = w.want
	}
	l.dirty = l.dirty[:0]
}

func (w *Watcher) failed(err error) {
	l := w.loop
	if l.watchErrs == nil {
		l.watchErrs = map[uint64]error{}
	}
	l.watchErrs[w.token] = err
	ev := poller.Event{Token: w.token, FD: w.FD(), Err: true}
	l.QueuePending(func() {
		if !w.closed && w.token == ev.Token { // not closed, nor started again
			w.h.HandleIO(ev)
		}
	})
}

// pollIO waits for readiness up to timeout and runs the callbacks of ready
// descriptors, then the functions posted from other goroutines.
func (l *Loop) pollIO(timeout time.Duration) {
	if l.now != l.lastYield && !l.lockThread {
		// A loop kept busy by I/O never parks, and on Linux its socket
		// system calls do not enter the scheduler: at most once per
		// millisecond of loop time, let the program's other goroutines
		// (offloaded work, Post callers) run even with GOMAXPROCS=1.
		// (A locked loop blocks in a system call, which lets sysmon
		// preempt it; its Gosched would cost two thread switches.)
		l.lastYield = l.now
		runtime.Gosched()
	}
	l.applyInterest()
	if l.pending.len() > 0 {
		// A failed interest change was queued as an error event: it
		// must not wait for an unrelated wake-up.
		timeout = 0
	}
	sleeper, fake := l.clock.(Sleeper)
	if fake && timeout > 0 {
		n, _ := l.poll.Wait(l.events, 0)
		if n == 0 && !l.postSeen.Load() {
			sleeper.Sleep(timeout)
		}
		l.dispatch(n)
		return
	}
	start := time.Time{}
	if timeout != 0 {
		start = time.Now()
	}
	n, err := l.poll.Wait(l.events, timeout)
	if timeout != 0 {
		l.stats.idle.Add(int64(time.Since(start)))
	}
	if err != nil {
		l.log.Warn("poll failed", zap.Error(err))
		n = 0
	}
	l.dispatch(n)
}

func (l *Loop) dispatch(n int) {
	l.updateTime()
	for i := 0; i < n && !l.stopping; i++ {
		ev := l.events[i]
		fd := int(ev.Token >> 32)
		if fd >= len(l.watchers) {
			continue
		}
		w := l.watchers[fd]
		if w == nil || w.token != ev.Token {
			continue // closed (and perhaps reused) during this batch
		}
		if l.runner != nil {
			l.eventViaRunner(fd, w, ev)
			continue
		}
		if l.protectEvent(w.h, ev) && (l.ticks.n > 0 || l.microtasks.n > 0) {
			l.drain()
		}
	}
	l.runPosted()
}

// eventViaRunner runs w's readiness callback through the runner, in a
// frame of its own, and again in a new frame each time the callback
// stopped between two results to let the host run its microtasks
// (ResultDone), while the watcher stays the same.
func (l *Loop) eventViaRunner(fd int, w *Watcher, ev poller.Event) {
	for {
		l.runnerEvH, l.runnerEv = w.h, ev
		l.viaRunner(l.runnerEvent)
		l.inEvent = false
		again := l.eventAgain
		l.eventAgain = false
		if !again || l.stopping || l.watchers[fd] != w || w.token != ev.Token {
			return
		}
	}
}

// protectEvent is protect for readiness callbacks, without a closure
// allocation per event.
func (l *Loop) protectEvent(h IOHandler, ev poller.Event) (ok bool) {
	defer func() {
		if !ok {
			if v := recover(); v != nil {
				l.handlePanic(v, debug.Stack())
			}
		}
	}()
	h.HandleIO(ev)
	return true
}
