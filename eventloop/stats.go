package eventloop

import (
	"math"
	"math/bits"
	"sync/atomic"
	"time"
)

// Stats is a snapshot of the loop's counters.
type Stats struct {
	// Iterations of the loop so far.
	Iterations uint64
	// ActiveHandles is the number of active ref'd handles (what keeps the
	// loop alive, with requests, timers and immediates).
	ActiveHandles int
	// OpenHandles counts handles initialized and not yet closed.
	OpenHandles int
	// Requests in flight, including offloaded work.
	Requests int
	// Timers armed (ref'd or not) and RefTimers among them.
	Timers, RefTimers int
	// Immediates queued.
	Immediates int
	// Idle is the total time spent blocked in poll.
	Idle time.Duration
}

type atomicStats struct {
	iter      atomic.Uint64
	handles   atomic.Int64
	open      atomic.Int64
	requests  atomic.Int64
	timers    atomic.Int64
	refTimers atomic.Int64
	imm       atomic.Int64
	idle      atomic.Int64
}

func (l *Loop) publishStats() {
	s := &l.stats
	s.iter.Store(l.iter)
	s.handles.Store(int64(l.refHandles))
	s.open.Store(int64(l.openHandles))
	s.requests.Store(int64(l.requests) + l.offloads.Load())
	s.timers.Store(int64(l.armedTimers))
	s.refTimers.Store(int64(l.refTimers))
	s.imm.Store(int64(l.queuedImmediates))
}

// CurrentStats returns the loop's counters as they are now. Like every
// method of the loop it belongs to the loop goroutine (or to the goroutine
// that owns the loop while it is not running); use Stats elsewhere.
func (l *Loop) CurrentStats() Stats {
	return Stats{
		Iterations:    l.iter,
		ActiveHandles: l.refHandles,
		OpenHandles:   l.openHandles,
		Requests:      l.requests + int(l.offloads.Load()),
		Timers:        l.armedTimers,
		RefTimers:     l.refTimers,
		Immediates:    l.queuedImmediates,
		Idle:          time.Duration(l.stats.idle.Load()),
	}
}

// Stats returns a snapshot of the loop's counters that is safe to take from
// any goroutine: the loop publishes its counters at the end of every
// iteration, when Run returns and when the loop is closed. On the loop
// goroutine, CurrentStats gives the counters as they are now.
func (l *Loop) Stats() Stats {
	s := &l.stats
	return Stats{
		Iterations:    s.iter.Load(),
		ActiveHandles: int(s.handles.Load()),
		OpenHandles:   int(s.open.Load()),
		Requests:      int(s.requests.Load()),
		Timers:        int(s.timers.Load()),
		RefTimers:     int(s.refTimers.Load()),
		Immediates:    int(s.imm.Load()),
		Idle:          time.Duration(s.idle.Load()),
	}
}

// DelayMonitor samples the loop's delay like Node's monitorEventLoopDelay:
// an unref'd interval timer at a fixed resolution records, each time it
// fires, how late it fired, read from the loop's clock (so a FakeClock
// gives reproducible samples). Its methods belong to the loop goroutine;
// Disable it before closing the loop.
type DelayMonitor struct {
	loop       *Loop
	resolution time.Duration
	timer      *Timer
	expected   time.Duration
	hist       histogram
}

// MonitorDelay returns a stopped delay monitor sampling every resolution
// (at least 1 ms; Node's default is 10 ms).
func (l *Loop) MonitorDelay(resolution time.Duration) *DelayMonitor {
	if resolution < time.Millisecond {
		resolution = time.Millisecond
	}
	m := &DelayMonitor{loop: l, resolution: resolution}
	m.hist.reset()
	return m
}

// Enable starts sampling; it reports false if already enabled.
func (m *DelayMonitor) Enable() bool {
	if m.timer != nil {
		return false
	}
	clock := m.loop.clock
	m.expected = clock.Now() + m.resolution
	m.timer = m.loop.SetInterval(func() {
		now := clock.Now()
		d := now - m.expected
		if d < 0 {
			d = 0
		}
		m.hist.record(int64(d) + 1) // Node records at least 1 ns
		m.expected = now + m.resolution
	}, m.resolution).Unref()
	return true
}

// Disable stops sampling; it reports false if not enabled.
func (m *DelayMonitor) Disable() bool {
	if m.timer == nil {
		return false
	}
	m.timer.Close()
	m.timer = nil
	return true
}

// Reset forgets every sample.
func (m *DelayMonitor) Reset() { m.hist.reset() }

// Count is the number of samples.
func (m *DelayMonitor) Count() int64 { return m.hist.count }

// Min is the smallest delay sampled.
func (m *DelayMonitor) Min() time.Duration { return time.Duration(m.hist.minV) }

// Max is the largest delay sampled.
func (m *DelayMonitor) Max() time.Duration { return time.Duration(m.hist.maxV) }

// Mean is the mean delay.
func (m *DelayMonitor) Mean() time.Duration {
	if m.hist.count == 0 {
		return 0
	}
	return time.Duration(m.hist.sum / float64(m.hist.count))
}

// Percentile returns the delay at percentile p (0 < p <= 100), to within
// the histogram's 1/32 relative precision.
func (m *DelayMonitor) Percentile(p float64) time.Duration {
	return time.Duration(m.hist.percentile(p))
}

// histogram is a log-linear histogram of positive int64 values: 32 linear
// sub-buckets per power of two, so a value is known to within ~3 %.
type histogram struct {
	counts     [64 * subBuckets]int64
	count      int64
	minV, maxV int64
	sum        float64
}

const subBits = 5
const subBuckets = 1 << subBits

func (h *histogram) reset() {
	*h = histogram{minV: math.MaxInt64}
}

func bucketOf(v int64) int {
	if v < subBuckets {
		return int(v)
	}
	exp := bits.Len64(uint64(v)) - 1 - subBits // >= 0
	sub := int(v>>uint(exp)) - subBuckets      // 0..31
	return (exp+1)*subBuckets + sub
}

func bucketValue(i int) int64 {
	if i < subBuckets {
		return int64(i)
	}
	exp := i/subBuckets - 1
	sub := i % subBuckets
	return int64(subBuckets+sub) << uint(exp)
}

func (h *histogram) record(v int64) {
	if v < 0 {
		v = 0
	}
	h.counts[bucketOf(v)]++
	h.count++
	h.sum += float64(v)
	if v < h.minV {
		h.minV = v
	}
	if v > h.maxV {
		h.maxV = v
	}
}

func (h *histogram) percentile(p float64) int64 {
	if h.count == 0 {
		return 0
	}
	rank := int64(math.Ceil(p / 100 * float64(h.count)))
	if rank < 1 {
		rank = 1
	}
	if rank >= h.count {
		return h.maxV
	}
	var seen int64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			v := bucketValue(i)
			if v > h.maxV {
				v = h.maxV
			}
			if v < h.minV {
				v = h.minV
			}
			return v
		}
	}
	return h.maxV
}
