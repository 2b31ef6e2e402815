// Package eventloop is Node.js's event loop for Go: one Loop runs on one
// goroutine (locked to its OS thread with WithLockOSThread) and runs
// timers, pending I/O callbacks, prepare hooks, I/O readiness callbacks,
// immediates and close callbacks in libuv's phase order, draining the
// nextTick queue and then the microtask queue after every callback.
//
// Every method of a Loop, and of the timers, immediates, handles and watchers
// it creates, belongs to the loop goroutine (or to the goroutine that set the
// loop up before Run, which plays the part of Node's main script). The only
// calls that are safe from any goroutine are Post, Offload, OffloadValue,
// Stop and Stats.
//
// The order in which callbacks run is Node's, down to the details that
// scripts can observe: timers are kept in Node's per-duration lists (see
// Timer), a timer's start time is read from the clock when it is armed,
// warnings are emitted on the nextTick queue, and after a panic handled by
// WithPanicHandler the loop goes on the way Node goes on after an
// 'uncaughtException' handler (see WithPanicHandler). The scenarios in
// test/conformance/loop compare traces with real Node.
package eventloop

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/poller"
)

// Errors returned by the loop's methods.
var (
	// ErrClosed is returned by calls into a loop that has been closed.
	ErrClosed = errors.New("eventloop: loop is closed")
	// ErrRunning is returned by Run when the loop is already running.
	ErrRunning = errors.New("eventloop: loop is already running")
)

// PanicError is what Run returns when a callback panicked and no panic
// handler was configured: the panic value and the stack of the panicking
// goroutine. Like an uncaught exception in Node it ends the run; the loop's
// queues stay consistent, so Run may be called again.
type PanicError struct {
	Value any
	Stack []byte
	// Reason names the kind of uncaught exception when the panic value
	// said it (see UncaughtReason), for example "unhandled 'error'
	// event"; Value is then the error it carried.
	Reason string
}

// UncaughtReason is implemented by panic values that wrap the error a
// layer above threw, to say what kind of uncaught exception it is (Node's
// words): events.UnhandledError, an 'error' event nobody listened to. The
// loop unwraps such a value: the panic handler gets the error itself, and a
// *PanicError keeps the reason.
type UncaughtReason interface {
	error
	UncaughtReason() string
	Unwrap() error
}

// Error describes the panic: "eventloop: uncaught panic: <value>", or
// "eventloop: <reason>: <error>" (for example "eventloop: unhandled 'error'
// event: connect ECONNREFUSED 127.0.0.1:1").
func (e *PanicError) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("eventloop: %s: %v", e.Reason, e.Value)
	}
	return fmt.Sprintf("eventloop: uncaught panic: %v", e.Value)
}

// Unwrap returns the panic value when it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Option configures a Loop.
type Option func(*Loop)

// WithClock makes the loop read time from c instead of the monotonic clock.
// With a Sleeper such as FakeClock, waits for timers take no real time.
func WithClock(c Clock) Option { return func(l *Loop) { l.clock = c } }

// WithLogger gives the loop a zap logger (the default logs nothing).
func WithLogger(lg *zap.Logger) Option { return func(l *Loop) { l.log = lg } }

// Logger returns the loop's logger (see WithLogger), never nil: the layers
// above log through it what Node would drop silently.
func (l *Loop) Logger() *zap.Logger { return l.log }

// WithPanicHandler installs the equivalent of process.on('uncaughtException'):
// a callback's panic is handed to h (with the stack) and the loop goes on. A
// panic inside h itself ends Run with a *PanicError.
//
// The loop then behaves as Node does after a handled exception: the
// nextTick and microtask queues are not drained after the callback that
// panicked; a panicking nextTick callback ends that drain (the ticks and
// microtasks left run after the next callback that completes), while a
// panicking microtask does not stop the microtasks after it; the remaining
// timers and immediates of the phase still run; and an empty immediate is
// queued so that the queues left behind are drained in the next check phase
// at the latest.
func WithPanicHandler(h func(value any, stack []byte)) Option {
	return func(l *Loop) { l.onPanic = h }
}

// WithWarningHandler receives process warnings such as
// TimeoutOverflowWarning (see Warn), on the loop goroutine. The default
// prints them to standard error in Node's form "(node:PID) Name: message".
func WithWarningHandler(h func(name, message string)) Option {
	return func(l *Loop) { l.onWarning = h }
}

// WithLockOSThread makes Run lock the loop's goroutine to its OS thread
// (runtime.LockOSThread) while it runs, so that every callback runs on one
// OS thread: for callbacks that use thread-bound state (cgo libraries with
// thread-local state, per-thread CPU accounting). It costs speed: a
// locked goroutine cannot park in the Go runtime's netpoller without
// extra thread switches, so the loop blocks its thread in the poller's
// system call instead, and the runtime hands its P to another thread
// around each such block. By default the loop's goroutine is not locked:
// it still runs every callback, one at a time, but the Go scheduler may
// move it between threads while it waits for I/O. A program that calls Run
// from a goroutine it locked itself (runtime.LockOSThread) should pass
// this option too, so that the loop waits in the system call.
func WithLockOSThread() Option { return func(l *Loop) { l.lockThread = true } }

// WithNetpollerPark makes an unlocked loop wait for I/O by parking its
// goroutine in the Go runtime's netpoller instead of blocking its thread
// in epoll_wait (Linux): fewer context switches and futex calls per
// message, but ready descriptors may be reported in another order than
// the kernel's (the runtime re-scans the loop's epoll set), so event
// traces can differ from Node's. Off by default.
func WithNetpollerPark() Option { return func(l *Loop) { l.park = true } }

// WithEventBuffer sets how many readiness events one poll can return
// (default 1024).
func WithEventBuffer(n int) Option {
	return func(l *Loop) {
		if n > 0 {
			l.events = make([]poller.Event, n)
		}
	}
}

const (
	stateIdle int32 = iota
	stateRunning
	stateClosed
)

// Loop is one event loop. Create it with New; run it with Run.
type Loop struct {
	poll   *poller.Poller
	events []poller.Event
	clock  Clock
	now    time.Duration // cached loop time, whole milliseconds

	timerLists     map[time.Duration]*timerList // the list of each duration
	timerQueue     listHeap                     // lists by (expiry, id)
	timerListSeq   uint64
	armedTimers    int
	refTimers      int // ref'd timers not destroyed (Node's timeoutInfo[0])
	lastID         int
	timerIDs       map[int]*Timer
	warnedNegative bool

	immediates       fifo[*Immediate]
	refImmediates    int
	queuedImmediates int

	ticks      fifo[task]
	microtasks fifo[func()]
	draining   bool
	runnerState

	pending      fifo[task]
	closing      []closeTask // a stack: the close phase walks it last in, first out
	closingSpare []closeTask // the other buffer of runClosing's swap
	prepare      []*hook

	watchers   []*Watcher       // indexed by descriptor
	dirty      []*Watcher       // watchers whose interest changed since the last poll
	watchErrs  map[uint64]error // refused interest changes by watch token (see Watcher.Err)
	generation uint32

	refHandles  int
	openHandles int
	requests    int

	stopping bool
	runErr   error
	iter     uint64

	locals map[any]any // per-loop values of the layers above (see Local)

	lockThread bool          // WithLockOSThread
	park       bool          // WithNetpollerPark
	lastYield  time.Duration // loop time of the last yield (see pollIO)

	onPanic   func(any, []byte)
	onWarning func(name, message string)
	log       *zap.Logger

	state    atomic.Int32
	stopReq  atomic.Bool
	stats    atomicStats
	postMu   sync.Mutex
	posted   []func()
	spare    []func()
	nposted  atomic.Int64 // functions posted and not yet run
	offloads atomic.Int64 // offloaded work not yet delivered
	postSeen atomic.Bool  // a Post happened since the loop last looked
}

// New creates a loop with its poller. Release it with Close.
func New(opts ...Option) (*Loop, error) {
	p, err := poller.New()
	if err != nil {
		return nil, err
	}
	l := &Loop{poll: p, log: zap.NewNop()}
	for _, o := range opts {
		o(l)
	}
	if l.log == nil {
		l.log = zap.NewNop()
	}
	if l.clock == nil {
		l.clock = realClock{origin: sys.HRTime()}
	}
	if l.events == nil {
		l.events = make([]poller.Event, 1024)
	}
	p.SetBlockThread(l.lockThread || !l.park)
	l.updateTime()
	return l, nil
}

// Now returns the cached loop time (whole milliseconds since the clock's
// origin), as libuv's uv_now: it is refreshed before the timers phase, after
// each poll and whenever a timer is armed (as Node's getLibuvNow), not on
// every call.
func (l *Loop) Now() time.Duration { return l.now }

// UpdateTime refreshes the cached loop time from the clock.
func (l *Loop) UpdateTime() { l.updateTime() }

func (l *Loop) updateTime() {
	l.now = l.clock.Now().Truncate(time.Millisecond)
}

// Run runs the loop until nothing ref'd remains (no ref'd active handle,
// armed ref'd timer, ref'd immediate, request in flight or posted function),
// until Stop, or until a callback panics with no panic handler (then it
// returns a *PanicError). Before the first iteration it drains the tick and
// microtask queues filled by the code that ran before Run (Node's main
// script). Run runs on the calling goroutine; with WithLockOSThread it
// locks that goroutine to its OS thread while it runs.
//
// Run returns ErrClosed after Close and ErrRunning while another Run is
// running. After Run returns (for any reason) the loop is consistent: Run
// may be called again and picks up whatever is still queued or armed.
func (l *Loop) Run() error {
	if !l.state.CompareAndSwap(stateIdle, stateRunning) {
		if l.state.Load() == stateClosed {
			return ErrClosed
		}
		return ErrRunning
	}
	if l.lockThread {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
	}
	defer l.state.Store(stateIdle)
	// As uv_run, the stop flag is cleared when Run ends, not when it
	// starts, so that a Stop racing with the start of Run is not lost.
	defer l.stopReq.Store(false)

	// A panic in a callback run by Call before Run (Node's main script)
	// left l.stopping set: Run then returns its error at once.
	l.drain()
	alive := l.alive()
	if alive && !l.stopping && !l.stopReq.Load() {
		l.updateTime()
		l.runTimers()
	}
	for alive && !l.stopping && !l.stopReq.Load() {
		l.iter++
		l.runPending()
		l.runPrepare()
		l.pollIO(l.pollTimeout())
		for i := 0; i < 8 && l.pending.len() > 0 && !l.stopping; i++ {
			l.runPending()
		}
		l.runCheck()
		l.runClosing()
		l.updateTime()
		l.runTimers()
		alive = l.alive()
		l.publishStats()
	}
	l.publishStats()
	err := l.runErr
	l.runErr = nil
	l.stopping = false
	return err
}

// Stop makes Run return at the end of the current iteration, like uv_stop:
// the phases of the iteration still run, the poll does not block, and Run
// returns before the next iteration. A Stop while the loop is not running
// makes the next Run return after draining the tick and microtask queues
// (again as uv_stop before uv_run). Safe from any goroutine.
func (l *Loop) Stop() {
	l.stopReq.Store(true)
	if l.state.Load() == stateRunning {
		_ = l.poll.Wake()
	}
}

// alive reports whether anything ref'd remains (libuv's uv__loop_alive plus
// Node's timer and immediate reference counts).
func (l *Loop) alive() bool {
	return l.refHandles > 0 || l.requests > 0 || l.refTimers > 0 || l.refImmediates > 0 ||
		len(l.closing) > 0 || l.pending.len() > 0 || l.nposted.Load() > 0 || l.offloads.Load() > 0
}

// pollTimeout is libuv's uv__backend_timeout: 0 when there is work that must
// not wait, else the time to the nearest timer, else forever (-1).
func (l *Loop) pollTimeout() time.Duration {
	if l.stopping || l.stopReq.Load() {
		return 0
	}
	if l.refHandles == 0 && l.requests == 0 && l.refTimers == 0 && l.refImmediates == 0 && l.nposted.Load() == 0 && l.offloads.Load() == 0 {
		return 0
	}
	if l.refImmediates > 0 || l.pending.len() > 0 || len(l.closing) > 0 {
		return 0
	}
	if l.postSeen.Load() {
		// Posted functions wait; their wake-up may already have been
		// consumed (a Run that stopped in the middle of a batch).
		return 0
	}
	return l.nextTimeout()
}

// call runs fn as one loop callback: a panic is handled as an uncaught
// exception; when fn completes, the nextTick and microtask queues are
// drained (as Node's InternalCallbackScope, not after a failed callback).
func (l *Loop) call(fn func()) {
	if l.runner != nil {
		l.viaRunner(fn)
		return
	}
	if l.protect(fn) && (l.ticks.n > 0 || l.microtasks.n > 0) {
		l.drain()
	}
}

// Call runs fn the way the loop runs its own callbacks: a panic is handled as
// an uncaught exception (see WithPanicHandler) and the nextTick and
// microtask queues are drained afterwards. Layers above use it to run a
// callback that did not come from the loop (for example a script's main
// body). Without a panic handler, a panic in fn before Run makes the next
// Run return its *PanicError at once.
func (l *Loop) Call(fn func()) { l.call(fn) }

// protect runs fn, handling a panic as an uncaught exception; it reports
// whether fn completed.
func (l *Loop) protect(fn func()) (ok bool) {
	defer func() {
		if !ok {
			// recover is nil when fn called runtime.Goexit: let it go.
			if v := recover(); v != nil {
				l.handlePanic(v, debug.Stack())
			}
		}
	}()
	fn()
	return true
}

// offloadPanic carries a panic of offloaded work, with the stack of the
// goroutine that ran it, to the loop.
type offloadPanic struct {
	value any
	stack []byte
}

func (l *Loop) handlePanic(v any, stack []byte) {
	if op, ok := v.(*offloadPanic); ok {
		v, stack = op.value, op.stack
	}
	var reason string
	if u, ok := v.(UncaughtReason); ok && u.Unwrap() != nil {
		reason, v = u.UncaughtReason(), u.Unwrap()
	}
	if l.onPanic == nil {
		l.fail(&PanicError{Value: v, Stack: stack, Reason: reason})
		return
	}
	if l.callPanicHandler(v, stack) {
		// As Node after a handled uncaught exception
		// (setImmediate(noop)): the tick and microtask queues that the
		// failed callback left behind drain in the next check phase at
		// the latest.
		l.SetImmediate(noop)
	}
}

func noop() {}

func (l *Loop) callPanicHandler(v any, stack []byte) (ok bool) {
	defer func() {
		if !ok {
			if v2 := recover(); v2 != nil {
				l.fail(&PanicError{Value: v2, Stack: debug.Stack()})
			}
		}
	}()
	l.onPanic(v, stack)
	return true
}

func (l *Loop) fail(err error) {
	if l.runErr == nil {
		l.runErr = err
	}
	l.log.Error("uncaught panic in loop callback", zap.Error(err))
	l.stopping = true
}

// Warn emits a process warning through the loop's warning handler (see
// WithWarningHandler). As Node's process.emitWarning, the handler runs on the
// nextTick queue, after the current callback.
func (l *Loop) Warn(name, message string) {
	l.NextTick(func() {
		if l.onWarning != nil {
			l.onWarning(name, message)
			return
		}
		fmt.Fprintf(os.Stderr, "(node:%d) %s: %s\n", os.Getpid(), name, message)
	})
}

// Close releases the loop's poller. It returns ErrRunning while Run is
// running, ErrClosed when already closed, and a *LeakError (after releasing
// everything it can) when handles, requests, timers, immediates or watchers
// remain: tests end with Close to prove they leaked nothing.
func (l *Loop) Close() error {
	if !l.state.CompareAndSwap(stateIdle, stateClosed) {
		if l.state.Load() == stateClosed {
			return ErrClosed
		}
		return ErrRunning
	}
	leak := l.leaks()
	l.publishStats()
	for _, v := range l.locals {
		if c, ok := v.(interface{ Close() error }); ok {
			_ = c.Close()
		}
	}
	l.locals = nil
	l.postMu.Lock()
	l.posted = nil
	l.postMu.Unlock()
	err := l.poll.Close()
	if leak != nil {
		return leak
	}
	return err
}

// LeakError reports what was still open when a loop was closed.
type LeakError struct {
	Handles, Requests, Timers, Immediates, Watchers, Callbacks int
}

// Error lists what was left open.
func (e *LeakError) Error() string {
	return fmt.Sprintf("eventloop: closed with %d open handles, %d requests, %d armed timers, %d immediates, %d watchers and %d queued callbacks",
		e.Handles, e.Requests, e.Timers, e.Immediates, e.Watchers, e.Callbacks)
}

func (l *Loop) leaks() error {
	e := &LeakError{
		Handles:    l.openHandles,
		Requests:   l.requests + int(l.offloads.Load()),
		Timers:     l.armedTimers,
		Immediates: l.queuedImmediates,
		Callbacks:  l.ticks.len() + l.microtasks.len() + l.pending.len() + len(l.closing) + int(l.nposted.Load()),
	}
	for _, w := range l.watchers {
		if w != nil {
			e.Watchers++
		}
	}
	if *e == (LeakError{}) {
		return nil
	}
	return e
}
