package eventloop

import (
	"time"

	"github.com/nodenet/nodenet/poller"
)

// A Runner runs the loop's callbacks for a host that has a microtask queue
// of its own, such as a JavaScript engine whose Promise jobs run when its
// outermost call returns. Without a Runner the loop drains its own nextTick
// and microtask queues after every callback; with one, every callback runs
// inside Runner.Run, so that the host's outermost frame encloses the
// callback and the nextTick queue, and the host's microtasks run after both,
// as Node's processTicksAndRejections orders them.
type Runner interface {
	// Run calls fn inside the host's outermost frame and, when fn has
	// returned, runs the host's microtask queue until it is empty.
	Run(fn func())
	// QueueMicrotask adds fn to the host's microtask queue.
	QueueMicrotask(fn func())
}

// An IdleReporter is a Runner that can tell when nothing of its own waits
// after a callback: no microtasks queued and nothing else it runs when its
// frame returns. The loop then runs the next due timer of the same list in
// the same frame, as Node would run it next anyway, which saves the host a
// frame per timer. A host that cannot tell does not implement it.
type IdleReporter interface {
	// Idle reports whether the host's microtask queue is empty and it has
	// no other work of its own to do when its frame returns.
	Idle() bool
}

// WithRunner makes the loop run its callbacks through r (see Runner).
// QueueMicrotask then queues on r.
func WithRunner(r Runner) Option {
	return func(l *Loop) {
		l.runner = r
		l.runnerIdle, _ = r.(IdleReporter)
		l.runnerOne = l.runOneCallback
		l.runnerTicks = l.runTickQueue
		l.runnerEvent = l.runEvent
		l.runnerTimerFn = l.runTimer
		l.runnerTaskFn = l.runTask
		l.runnerImmFn = l.runImmediates
	}
}

// runnerState is the loop's side of a Runner.
type runnerState struct {
	runner      Runner
	runnerFn    func()
	runnerOK    bool
	runnerOne   func()
	runnerTicks func()
	tickFailed  bool
	// the readiness callback and event viaRunner runs (runEvent), without
	// a closure per event
	runnerEvH   IOHandler
	runnerEv    poller.Event
	runnerEvent func()
	// inEvent is set while runEvent's handler runs; eventAgain when
	// that handler asked to be called again (ResultDone)
	inEvent    bool
	eventAgain bool
	// the timer (and its start) and the queued task viaRunner runs,
	// likewise without a closure each
	runnerTimer *Timer
	runnerStart time.Duration
	runnerList  *timerList
	runnerNow   time.Duration
	runnerIdle  IdleReporter
	// the immediate runCheck hands over (runImmediates), and how many of
	// the phase's are left
	runnerImm     *Immediate
	runnerImmFn   func()
	checkLeft     int
	runnerTimerFn func()
	runnerFa      func(any)
	runnerArg     any
	runnerTaskFn  func()
}

// viaRunner runs fn as one callback through the runner: fn and the ticks it
// queued inside one host frame, then the host's microtasks, and again while
// microtasks queue ticks. It reports whether fn returned normally.
func (l *Loop) viaRunner(fn func()) bool {
	l.runnerFn, l.runnerOK = fn, false
	l.runner.Run(l.runnerOne)
	l.drainViaRunner()
	return l.runnerOK
}

// drainViaRunner runs the nextTick queue through the runner until it stays
// empty (the host drains its microtasks after each round).
func (l *Loop) drainViaRunner() {
	for l.ticks.n > 0 && !l.stopping && !l.tickFailed {
		l.runner.Run(l.runnerTicks)
	}
	l.tickFailed = false
}

// runEvent runs the readiness callback dispatch handed over.
func (l *Loop) runEvent() {
	h, ev := l.runnerEvH, l.runnerEv
	l.runnerEvH = nil
	l.inEvent = true
	h.HandleIO(ev)
	l.inEvent = false
}

// runTimer runs the timer listOnTimeout handed over: its callback, then the
// re-insertion of an interval (Node does it in a finally, before the
// ticks), and marks a failed callback so that its ticks wait. When the
// callback left no ticks and the host nothing to run (IdleReporter), the
// next due timer of the same list runs in the same frame, and so on.
func (l *Loop) runTimer() {
	for {
		t, start := l.runnerTimer, l.runnerStart
		l.runnerTimer = nil
		ok := l.protectTimer(t)
		l.afterTimer(t, start)
		if !ok {
			l.tickFailed = true
			return
		}
		if l.runnerIdle == nil || l.ticks.n > 0 || !l.runnerIdle.Idle() {
			return
		}
		l.runnerTimer, l.runnerStart = l.dueTimer(l.runnerList, l.runnerNow)
		if l.runnerTimer == nil {
			return
		}
	}
}

// runTask runs the queued task callTask handed over.
func (l *Loop) runTask() {
	fa, arg := l.runnerFa, l.runnerArg
	l.runnerFa, l.runnerArg = nil, nil
	fa(arg)
}

func (l *Loop) runOneCallback() {
	fn := l.runnerFn
	l.runnerFn = nil
	if l.protect(fn) {
		l.runnerOK = true
		l.runTickQueue()
		return
	}
	// As in Node, the ticks a failed callback queued wait for the next
	// callback that completes.
	l.tickFailed = true
}

// runTickQueue runs the nextTick queue. The host's microtasks run when the
// frame around it returns, so a panicking tick cannot end the drain before
// them as drain does: the ticks after it run at once, which is where Node
// runs them when nothing else is due.
func (l *Loop) runTickQueue() {
	for l.ticks.n > 0 && !l.stopping && !l.tickFailed {
		t := l.ticks.pop()
		l.protectTask(t.fa, t.arg)
	}
}

// SetRunner makes the loop run its callbacks through r, as WithRunner, for
// a host attached to a loop that already exists. Call it on the loop's
// goroutine while no callback is running.
func (l *Loop) SetRunner(r Runner) { WithRunner(r)(l) }

// SetPanicHandler replaces the loop's panic handler (see WithPanicHandler).
func (l *Loop) SetPanicHandler(h func(value any, stack []byte)) { l.onPanic = h }

// SetWarningHandler replaces the loop's warning handler (see
// WithWarningHandler).
func (l *Loop) SetWarningHandler(h func(name, message string)) { l.onWarning = h }

// Alive reports whether the loop has work that keeps it running: ref'd
// handles, requests in flight, ref'd timers or immediates, or callbacks
// queued (libuv's uv_loop_alive). A host asks it after Run returned, as Node
// does after 'beforeExit'.
func (l *Loop) Alive() bool { return l.alive() }

// TicksPending reports whether nextTick callbacks are queued that the loop
// will run before it moves on. A host processes unhandled rejections only
// once there are none, as Node's processTicksAndRejections does: ticks
// that Promise jobs queued run before the rejections are reported.
func (l *Loop) TicksPending() bool { return l.ticks.n > 0 && !l.stopping && !l.tickFailed }

// ResultDone is called by a readiness handler that delivers several
// results from one event, between two of them, so that each result is a
// callback of its own: what one result's listeners queued (nextTicks, then
// microtasks) runs before the next result, as in Node, whose reads each
// come back to JavaScript separately. It reports whether the handler may
// deliver the next result in the same call.
//
// Without a Runner the loop drains its queues here and it returns true.
// With one, the nextTick queue runs here, and the host's microtasks run
// only when its frame returns: when it has any (or cannot tell), it
// returns false, the handler returns at once, and the loop calls it again
// with the same event after the drain (unless its watcher was closed or
// the loop is stopping meanwhile); the handler resumes where it stopped.
// Outside a readiness callback run through the Runner it runs the nextTick
// queue only and returns true.
func (l *Loop) ResultDone() bool {
	if l.runner == nil {
		if l.ticks.n > 0 || l.microtasks.n > 0 {
			l.drain()
		}
		return true
	}
	l.runTickQueue()
	if !l.inEvent {
		return true
	}
	// The ticks ran in this frame; when they left the host nothing to run
	// at its frame's end (no Promise job queued), the next result may
	// follow in the same frame, which saves the host a frame per result.
	if l.ticks.n == 0 && l.runnerIdle != nil && l.runnerIdle.Idle() {
		return true
	}
	l.eventAgain = true
	return false
}
