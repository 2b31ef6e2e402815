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
type Timer struct {
	loop   *Loop
	fn     func()
	delay  time.Duration // whole milliseconds, >= 1 ms
	when   time.Duration // expiry in loop time
	seq    uint64        // creation (arming) order, breaks ties of when
	index  int           // position in the heap, -1 when not armed
	id     int           // numeric id, assigned on first ID call
	repeat bool
	unref  bool
	closed bool // cleared: Refresh does nothing any more
}

// SetTimeout arranges for fn to run once, d from now, in the timers phase.
// Like Node, a d below 1 ms means 1 ms and a d above TimeoutMax means 1 ms and
// emits a TimeoutOverflowWarning; fractions of a millisecond round up.
func (l *Loop) SetTimeout(fn func(), d time.Duration) *Timer {
	return l.newTimer(fn, d, false)
}

// SetInterval arranges for fn to run every d (same rules as SetTimeout); the
// interval is re-armed from the loop time at which its callback starts.
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
// clearTimeout(+timer). Unknown ids are ignored.
func (l *Loop) ClearTimeoutID(id int) {
	if t, ok := l.timerIDs[id]; ok {
		t.Close()
	}
}

func (l *Loop) newTimer(fn func(), d time.Duration, repeat bool) *Timer {
	t := &Timer{loop: l, fn: fn, delay: l.normalizeDelay(d), index: -1, repeat: repeat}
	l.arm(t, l.now)
	return t
}

func (l *Loop) normalizeDelay(d time.Duration) time.Duration {
	if d > TimeoutMax {
		l.warn("TimeoutOverflowWarning", strconv.FormatInt(int64(d/time.Millisecond), 10)+
			" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
		return time.Millisecond
	}
	if d < time.Millisecond {
		return time.Millisecond
	}
	if r := d % time.Millisecond; r != 0 {
		d += time.Millisecond - r
	}
	return d
}

// arm (re)inserts t into the heap to expire delay after start.
func (l *Loop) arm(t *Timer, start time.Duration) {
	if t.index >= 0 {
		l.timers.remove(t.index)
	} else if !t.unref {
		l.refTimers++
	}
	if t.id != 0 {
		l.timerIDs[t.id] = t
	}
	l.timerSeq++
	t.seq = l.timerSeq
	t.when = start + t.delay
	l.timers.push(t)
}

// disarm removes t from the heap if it is armed.
func (l *Loop) disarm(t *Timer) {
	if t.index < 0 {
		return
	}
	l.timers.remove(t.index)
	if !t.unref {
		l.refTimers--
	}
}

// Close cancels the timer; it never runs again and Refresh has no effect.
func (t *Timer) Close() {
	t.closed = true
	t.loop.disarm(t)
	if t.id != 0 {
		delete(t.loop.timerIDs, t.id)
	}
}

// Refresh re-arms the timer with its delay from the current loop time, even
// if it already fired (as Node's timeout.refresh()); it does nothing after
// Close.
func (t *Timer) Refresh() *Timer {
	if !t.closed {
		t.loop.arm(t, t.loop.now)
	}
	return t
}

// Ref makes the armed timer keep the loop alive (the default).
func (t *Timer) Ref() *Timer {
	if t.unref {
		t.unref = false
		if t.index >= 0 {
			t.loop.refTimers++
		}
	}
	return t
}

// Unref lets the loop end while the timer is still armed.
func (t *Timer) Unref() *Timer {
	if !t.unref {
		t.unref = true
		if t.index >= 0 {
			t.loop.refTimers--
		}
	}
	return t
}

// HasRef reports whether the timer would keep the loop alive when armed.
func (t *Timer) HasRef() bool { return !t.unref }

// Armed reports whether the timer is waiting to fire.
func (t *Timer) Armed() bool { return t.index >= 0 }

// Delay returns the normalized delay (at least 1 ms).
func (t *Timer) Delay() time.Duration { return t.delay }

// ID returns the timer's numeric id (Node's +timeout), unique within the
// loop; ClearTimeoutID accepts it.
func (t *Timer) ID() int {
	if t.id == 0 {
		t.loop.lastID++
		t.id = t.loop.lastID
		if !t.closed {
			if t.loop.timerIDs == nil {
				t.loop.timerIDs = make(map[int]*Timer)
			}
			t.loop.timerIDs[t.id] = t
		}
	}
	return t.id
}

// runTimers runs every timer due at the cached loop time, in order of
// (expiry, arming sequence). A timer armed during this phase expires at least
// 1 ms after the cached time, so it waits for a later pass.
func (l *Loop) runTimers() {
	for len(l.timers) > 0 && !l.stopping {
		t := l.timers[0]
		if t.when > l.now {
			return
		}
		l.timers.remove(0)
		if !t.unref {
			l.refTimers--
		}
		if !t.repeat {
			if t.id != 0 {
				delete(l.timerIDs, t.id)
			}
			l.call(t.fn)
			continue
		}
		start := l.now
		l.call(t.fn)
		// Node re-inserts an interval after its callback (in a finally), so
		// timers armed by the callback with the same expiry run before it.
		if !t.closed {
			l.arm(t, start)
		}
	}
}

// nextTimeout returns how long until the nearest timer, or -1 if none.
func (l *Loop) nextTimeout() time.Duration {
	if len(l.timers) == 0 {
		return -1
	}
	d := l.timers[0].when - l.now
	if d < 0 {
		return 0
	}
	return d
}

// timerHeap is a binary min-heap of armed timers ordered by (when, seq); each
// timer keeps its index for O(log n) removal and re-arming.
type timerHeap []*Timer

func (h timerHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	return a.when < b.when || (a.when == b.when && a.seq < b.seq)
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(t *Timer) {
	t.index = len(*h)
	*h = append(*h, t)
	h.up(t.index)
}

func (h *timerHeap) remove(i int) {
	old := *h
	n := len(old) - 1
	t := old[i]
	if i != n {
		old.swap(i, n)
	}
	old[n] = nil
	*h = old[:n]
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
	t.index = -1
}

func (h timerHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.swap(i, p)
		i = p
	}
}

func (h timerHeap) down(i int) bool {
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
