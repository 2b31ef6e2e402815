package eventloop

import (
	"strconv"
	"time"
)

// TimeoutMax is the longest delay a timer accepts (2^31-1 ms, as Node); a
// longer one becomes 1 ms with a TimeoutOverflowWarning.
const TimeoutMax = 2147483647 * time.Millisecond

// Timer is a timeout or an interval created by SetTimeout or SetInterval.
// Its methods belong to the loop goroutine.
//
// Timers are kept the way Node keeps them (lib/internal/timers.js), so that
// they run in exactly Node's order: one list per duration, each list in
// arming order (which, for one duration, is expiry order), and a binary heap
// of lists ordered by (list expiry, list id). Arming, re-arming and
// cancelling a timer is O(1) on its list; creating or dropping a list is
// O(log n) on the heap. In the timers phase the loop takes the list with
// the earliest expiry and runs every timer of it that is due before it
// looks at the next list, as Node does. That is the order of (expiry,
// creation) whenever the loop is on time; when it is late (a callback
// blocked it) the timers of one duration run together, as in Node.
type Timer struct {
	loop       *Loop
	fn         func()
	fa         func(any) // with arg, instead of fn (SetTimeoutArg)
	arg        any
	delay      time.Duration // whole milliseconds, >= 1 ms
	start      time.Duration // loop time the timer was (re)armed at (_idleStart)
	list       *timerList    // the list it is linked in, nil when not armed
	prev, next *Timer
	id         int  // numeric id (Node's async id), assigned lazily
	hasID      bool // ID was called: the id is registered (Node's kHasPrimitive)
	repeat     bool
	unref      bool
	destroyed  bool // fired without re-arming, or cleared: not counted for liveness
	cleared    bool // ClearTimeout/Close was called: it runs nothing any more (_onTimeout = null)
	closed     bool // Refresh does nothing any more (_idleTimeout = -1)
}

// timerList holds the armed timers of one duration in arming order.
type timerList struct {
	msecs      time.Duration
	expiry     time.Duration // when the list's head is due (may be stale-early, as Node's)
	id         uint64        // breaks ties of expiry: list creation/re-scheduling order
	pos        int           // index in the heap, -1 when not in it
	head, tail *Timer
}

func (tl *timerList) append(t *Timer) {
	t.list = tl
	t.prev = tl.tail
	t.next = nil
	if tl.tail != nil {
		tl.tail.next = t
	} else {
		tl.head = t
	}
	tl.tail = t
}

func (tl *timerList) unlink(t *Timer) {
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		tl.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		tl.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
}

// SetTimeout arranges for fn to run once, d from now, in the timers phase.
// Like Node, a d below 1 ms means 1 ms, a d above TimeoutMax means 1 ms and
// emits a TimeoutOverflowWarning, a negative d also emits (once per loop) a
// TimeoutNegativeWarning, and fractions of a millisecond are dropped. "Now"
// is read from the clock at the call, as Node's getLibuvNow.
func (l *Loop) SetTimeout(fn func(), d time.Duration) *Timer {
	return l.newTimer(fn, d, false)
}

// SetInterval arranges for fn to run every d (same rules as SetTimeout); the
// interval is re-armed after its callback, from the time at which the
// callback started.
func (l *Loop) SetInterval(fn func(), d time.Duration) *Timer {
	return l.newTimer(fn, d, true)
}

// ClearTimeout cancels t (nil is ignored), like Node's clearTimeout.
func (l *Loop) ClearTimeout(t *Timer) {
	if t != nil {
		t.Close()
	}
}

// ClearInterval cancels t, like Node's clearInterval (the same as ClearTimeout).
func (l *Loop) ClearInterval(t *Timer) { l.ClearTimeout(t) }

// ClearTimeoutID cancels the timer whose ID is id, like Node's
// clearTimeout(+timer). Unknown ids are ignored. As in Node, the id of a
// timeout stops working once it has fired (or been cleared), even if the
// timeout is later refreshed.
func (l *Loop) ClearTimeoutID(id int) {
	if t, ok := l.timerIDs[id]; ok {
		t.cleared = true
		l.unenroll(t)
	}
}

// TimerByID returns the live timer whose ID is id (as ClearTimeoutID finds
// it), or nil.
func (l *Loop) TimerByID(id int) *Timer { return l.timerIDs[id] }

// NewTimerID hands out a fresh timer id that no timer has (for a host
// whose timer object outlived its timer and is asked for its id).
func (l *Loop) NewTimerID() int {
	l.lastID++
	return l.lastID
}

// SetTimeoutArg arranges for fn(arg) to run once, d from now, as
// SetTimeout does (SetIntervalArg: every d, as SetInterval). With fn a
// package-level function and arg a pointer the timer needs no closure: for
// hosts that arm a timer per object, such as a script's setTimeout.
func (l *Loop) SetTimeoutArg(fn func(any), arg any, d time.Duration) *Timer {
	return l.newTimerArg(fn, arg, d, false)
}

// SetIntervalArg is SetInterval with fn(arg), as SetTimeoutArg.
func (l *Loop) SetIntervalArg(fn func(any), arg any, d time.Duration) *Timer {
	return l.newTimerArg(fn, arg, d, true)
}

func (l *Loop) newTimer(fn func(), d time.Duration, repeat bool) *Timer {
	t := &Timer{loop: l, fn: fn, delay: l.normalizeDelay(d), repeat: repeat}
	l.refTimers++
	l.updateTime()
	l.insert(t, l.now)
	return t
}

func (l *Loop) newTimerArg(fn func(any), arg any, d time.Duration, repeat bool) *Timer {
	t := &Timer{loop: l, fa: fn, arg: arg, delay: l.normalizeDelay(d), repeat: repeat}
	l.refTimers++
	l.updateTime()
	l.insert(t, l.now)
	return t
}

func (l *Loop) normalizeDelay(d time.Duration) time.Duration {
	if d >= time.Millisecond && d <= TimeoutMax {
		return d.Truncate(time.Millisecond) // insert() truncates, as Node's MathTrunc
	}
	switch {
	case d > TimeoutMax:
		l.Warn("TimeoutOverflowWarning", formatMillis(d)+
			" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
	case d < 0 && !l.warnedNegative:
		l.warnedNegative = true
		l.Warn("TimeoutNegativeWarning", formatMillis(d)+
			" is a negative number.\nTimeout duration was set to 1.")
	}
	return time.Millisecond
}

// formatMillis prints d in milliseconds the way JavaScript prints a number.
func formatMillis(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', -1, 64)
}

// insert links t at the tail of the list for its duration, armed at start
// (Node's insert).
func (l *Loop) insert(t *Timer, start time.Duration) {
	t.start = start
	tl := l.timerLists[t.delay]
	if tl == nil {
		tl = l.newTimerList(t.delay, start+t.delay)
	}
	if t.list != nil {
		t.list.unlink(t)
	} else {
		l.armedTimers++
	}
	tl.append(t)
}

func (l *Loop) newTimerList(msecs, expiry time.Duration) *timerList {
	// Lists are never recycled: listOnTimeout may still hold one that a
	// callback dropped.
	l.timerListSeq++
	tl := &timerList{msecs: msecs, expiry: expiry, id: l.timerListSeq}
	if l.timerLists == nil {
		l.timerLists = make(map[time.Duration]*timerList)
	}
	l.timerLists[msecs] = tl
	l.timerQueue.push(tl)
	return tl
}

// dropTimerList forgets an empty list that is still the list of its
// duration.
func (l *Loop) dropTimerList(tl *timerList) {
	delete(l.timerLists, tl.msecs)
	if tl.pos >= 0 {
		l.timerQueue.remove(tl.pos)
	}
}

// unlinkTimer takes an armed timer off its list.
func (l *Loop) unlinkTimer(t *Timer) {
	if t.list != nil {
		t.list.unlink(t)
		l.armedTimers--
	}
}

// unenroll is Node's unenroll: it disarms and destroys the timer.
func (l *Loop) unenroll(t *Timer) {
	if t.destroyed {
		return
	}
	t.destroyed = true
	if t.hasID {
		delete(l.timerIDs, t.id)
	}
	l.unlinkTimer(t)
	// Like Node, only a ref'd timer's list is dropped at once when it
	// empties; an unref'd one is dropped when the timers phase reaches it.
	if !t.unref {
		if tl := l.timerLists[t.delay]; tl != nil && tl.head == nil {
			l.dropTimerList(tl)
		}
		l.refTimers--
	}
	t.closed = true
}

// Close cancels the timer, like clearTimeout(timer): it never runs its
// callback again and Refresh has no effect. (As in Node, a timeout that has
// already fired can still be refreshed after Close: it is then armed again
// but runs nothing when it expires.)
func (t *Timer) Close() {
	if t.cleared {
		return
	}
	t.cleared = true
	t.loop.unenroll(t)
}

// Refresh re-arms the timer with its delay from the current time, even if
// it already fired (as Node's timeout.refresh()); it does nothing after
// Close. A refreshed timer moves to the end of its duration's list.
func (t *Timer) Refresh() *Timer {
	if t.closed {
		return t
	}
	l := t.loop
	l.updateTime()
	l.insert(t, l.now)
	if t.destroyed {
		// Node gives the revived timer a new async id; an id handed
		// out before stays dead.
		t.destroyed = false
		if t.hasID {
			l.lastID++
			t.id = l.lastID
		}
		if !t.unref {
			l.refTimers++
		}
	}
	return t
}

// Ref makes the timer keep the loop alive while armed (the default).
func (t *Timer) Ref() *Timer {
	if t.unref {
		t.unref = false
		if !t.destroyed {
			t.loop.refTimers++
		}
	}
	return t
}

// Unref lets the loop end while the timer is still armed.
func (t *Timer) Unref() *Timer {
	if !t.unref {
		t.unref = true
		if !t.destroyed {
			t.loop.refTimers--
		}
	}
	return t
}

// HasRef reports whether the timer would keep the loop alive when armed.
func (t *Timer) HasRef() bool { return !t.unref }

// Destroyed reports whether the timer is done: it fired without being
// re-armed, or it was cleared. Refresh can still revive a timer that fired
// (see Refresh).
func (t *Timer) Destroyed() bool { return t.destroyed }

// Repeat reports whether the timer is an interval.
func (t *Timer) Repeat() bool { return t.repeat }

// Arg returns the argument given to SetTimeoutArg or SetIntervalArg (nil
// for a timer made by SetTimeout or SetInterval).
func (t *Timer) Arg() any { return t.arg }

// Closed reports whether the timer was cleared while armed, after which
// Refresh does nothing.
func (t *Timer) Closed() bool { return t.closed }

// Start returns the loop time at which the timer was last armed (Node's
// _idleStart), counted from the loop's creation.
func (t *Timer) Start() time.Duration { return t.start }

// Armed reports whether the timer is waiting to fire.
func (t *Timer) Armed() bool { return t.list != nil }

// Delay returns the normalized delay (whole milliseconds, at least 1 ms).
func (t *Timer) Delay() time.Duration { return t.delay }

// ID returns the timer's numeric id (Node's +timeout), unique within the
// loop; ClearTimeoutID accepts it.
func (t *Timer) ID() int {
	if !t.hasID {
		t.hasID = true
		l := t.loop
		if t.id == 0 {
			l.lastID++
			t.id = l.lastID
		}
		if l.timerIDs == nil {
			l.timerIDs = make(map[int]*Timer)
		}
		l.timerIDs[t.id] = t
	}
	return t.id
}

// runTimers runs the due timers, as Node's processTimers: lists in order of
// (expiry, id), and within a list every timer due at the phase's loop time.
// A timer armed during this phase starts at a time >= that loop time, so it
// waits for a later pass.
func (l *Loop) runTimers() {
	now := l.now
	for len(l.timerQueue) > 0 && !l.stopping {
		tl := l.timerQueue[0]
		if tl.expiry > now {
			return
		}
		l.listOnTimeout(tl, now)
	}
}

// listOnTimeout is Node's listOnTimeout.
func (l *Loop) listOnTimeout(tl *timerList, now time.Duration) {
	for {
		t, start := l.dueTimer(tl, now)
		if t == nil {
			break
		}
		if l.runner != nil {
			l.runnerTimer, l.runnerStart = t, start
			l.runnerList, l.runnerNow = tl, now
			l.viaRunner(l.runnerTimerFn)
			continue
		}
		ok := l.protectTimer(t)
		l.afterTimer(t, start)
		if ok && (l.ticks.n > 0 || l.microtasks.n > 0) {
			l.drain()
		}
	}
	if tl.head == nil && l.timerLists[tl.msecs] == tl {
		l.dropTimerList(tl)
	}
}

// dueTimer unlinks and returns the next timer of tl that is due at now,
// with the time an interval is re-armed from; nil when none is (the list's
// expiry then waits for its head) or the loop is stopping.
func (l *Loop) dueTimer(tl *timerList, now time.Duration) (*Timer, time.Duration) {
	for !l.stopping {
		t := tl.head
		if t == nil {
			return nil, 0
		}
		if now-t.start < tl.msecs {
			// Too early for the rest of this list: it waits for its head.
			tl.expiry = max(t.start+tl.msecs, now+time.Millisecond)
			l.timerListSeq++
			tl.id = l.timerListSeq
			if tl.pos >= 0 {
				l.timerQueue.fix(tl.pos)
			}
			return nil, 0
		}
		l.unlinkTimer(t)
		if t.cleared {
			// Refreshed after it fired and was cleared: runs nothing.
			l.destroyFired(t)
			continue
		}
		var start time.Duration
		if t.repeat {
			l.updateTime()
			start = l.now
		}
		return t, start
	}
	return nil, 0
}

// protectTimer runs t's callback as protect does.
func (l *Loop) protectTimer(t *Timer) bool {
	if t.fa != nil {
		return l.protectTask(t.fa, t.arg)
	}
	return l.protect(t.fn)
}

// afterTimer re-inserts an interval after its callback (Node does it in a
// finally, so timers armed by the callback come first) or retires a timeout.
func (l *Loop) afterTimer(t *Timer, start time.Duration) {
	if t.repeat && !t.closed {
		l.insert(t, start)
	} else if t.list == nil {
		l.destroyFired(t)
	}
}

// destroyFired retires a timeout that fired and was not re-armed by its
// callback.
func (l *Loop) destroyFired(t *Timer) {
	if t.destroyed {
		return
	}
	t.destroyed = true
	if t.hasID {
		delete(l.timerIDs, t.id)
	}
	if !t.unref {
		l.refTimers--
	}
}

// nextTimeout returns how long until the earliest timer list is due, or -1
// if there is none.
func (l *Loop) nextTimeout() time.Duration {
	if len(l.timerQueue) == 0 {
		return -1
	}
	d := l.timerQueue[0].expiry - l.now
	if d < 0 {
		return 0
	}
	return d
}

// listHeap is a binary min-heap of timer lists ordered by (expiry, id);
// each list keeps its index for O(log n) removal and re-scheduling.
type listHeap []*timerList

func (h listHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	return a.expiry < b.expiry || (a.expiry == b.expiry && a.id < b.id)
}

func (h listHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].pos = i
	h[j].pos = j
}

func (h *listHeap) push(tl *timerList) {
	tl.pos = len(*h)
	*h = append(*h, tl)
	h.up(tl.pos)
}

func (h *listHeap) remove(i int) {
	old := *h
	n := len(old) - 1
	tl := old[i]
	if i != n {
		old.swap(i, n)
	}
	old[n] = nil
	*h = old[:n]
	if i != n {
		h.fix(i)
	}
	tl.pos = -1
}

func (h listHeap) fix(i int) {
	if !h.down(i) {
		h.up(i)
	}
}

func (h listHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.swap(i, p)
		i = p
	}
}

func (h listHeap) down(i int) bool {
	start := i
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			break
		}
		h.swap(i, m)
		i = m
	}
	return i > start
}
