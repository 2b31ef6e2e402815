package eventloop

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestDelayMonitorPercentilesOnASyntheticHistogram(t *testing.T) {
	l := newLoop(t)
	m := l.MonitorDelay(0)
	require.Equal(t, time.Millisecond, m.resolution, "at least 1 ms")
	require.Zero(t, m.Percentile(50))
	require.Zero(t, m.Mean())
	for v := int64(1); v <= 1000; v++ {
		m.hist.record(v * int64(time.Microsecond))
	}
	require.Equal(t, int64(1000), m.Count())
	require.Equal(t, time.Microsecond, m.Min())
	require.Equal(t, time.Millisecond, m.Max())
	require.Equal(t, 500500*time.Nanosecond, m.Mean())
	require.InEpsilon(t, float64(500*time.Microsecond), float64(m.Percentile(50)), 1.0/32)
	require.InEpsilon(t, float64(990*time.Microsecond), float64(m.Percentile(99)), 1.0/32)
	require.Equal(t, time.Millisecond, m.Percentile(100))
	require.Equal(t, time.Microsecond, m.Percentile(0))
	m.Reset()
	require.Zero(t, m.Count())
	require.Zero(t, m.Max())

	// Small values are exact; a skewed distribution.
	for i := 0; i < 98; i++ {
		m.hist.record(7)
	}
	m.hist.record(1 << 40)
	m.hist.record(-5) // clamped to 0
	require.Equal(t, time.Duration(7), m.Percentile(50))
	require.Equal(t, time.Duration(7), m.Percentile(98))
	require.InEpsilon(t, float64(1<<40), float64(m.Percentile(99.5)), 1.0/32)
	require.Equal(t, time.Duration(0), m.Min())
}

func TestHistogramBuckets(t *testing.T) {
	for _, v := range []int64{0, 1, 31, 32, 33, 63, 64, 65, 1000, 1 << 20, 1<<62 + 12345, 1<<63 - 1} {
		b := bucketOf(v)
		lo := bucketValue(b)
		require.LessOrEqual(t, lo, v, "value %d", v)
		if v >= subBuckets {
			require.Less(t, float64(v-lo)/float64(v), 1.0/subBuckets, "value %d", v)
		} else {
			require.Equal(t, v, lo)
		}
		require.Less(t, b, len(histogram{}.counts))
		if b > 0 {
			require.Less(t, bucketValue(b-1), lo)
		}
	}
}

func TestDelayMonitorOnTheFakeClock(t *testing.T) {
	t.Parallel()
	l, c := newFakeLoop(t)
	m := l.MonitorDelay(10 * time.Millisecond)
	require.True(t, m.Enable())
	require.False(t, m.Enable(), "already enabled")
	l.SetTimeout(func() { c.Advance(20 * time.Millisecond) }, 12*time.Millisecond) // blocks the loop for 20 ms
	l.SetTimeout(func() {}, 35*time.Millisecond)
	run(t, l) // the monitor's timer is unref'd: the loop ends with the last ref'd timer
	// At 10 the sample is on time; the blocked loop wakes at 40 for the
	// sample due at 20.
	require.Equal(t, int64(2), m.Count())
	require.Equal(t, time.Duration(1), m.Min(), "Node records at least 1 ns")
	require.Equal(t, 20*time.Millisecond+1, m.Max())
	require.True(t, m.Disable())
	require.False(t, m.Disable(), "already disabled")
}

func TestStatsCounts(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var h Handle
	h.Init(l)
	h.Start()
	l.BeginRequest()
	tm := l.SetTimeout(func() {}, time.Hour)
	l.SetInterval(func() {}, time.Hour).Unref().Close()
	u := l.SetTimeout(func() {}, time.Hour).Unref()
	im := l.SetImmediate(func() {})
	require.Equal(t, Stats{ActiveHandles: 1, OpenHandles: 1, Requests: 1, Timers: 2, RefTimers: 1, Immediates: 1}, l.CurrentStats())
	require.Equal(t, Stats{}, l.Stats(), "nothing published yet")

	var inside Stats
	l.SetImmediate(func() {
		inside = l.CurrentStats()
		h.Stop()
		l.EndRequest()
		tm.Close()
		u.Close()
	})
	l.ClearImmediate(im)
	run(t, l)
	require.Equal(t, Stats{Iterations: 1, ActiveHandles: 1, OpenHandles: 1, Requests: 1, Timers: 2, RefTimers: 1, Immediates: 0}, inside)
	require.Equal(t, Stats{Iterations: 1, OpenHandles: 1}, l.Stats(), "published when Run returned")
	h.Close(nil)
	run(t, l)
}

func TestStatsFromAnotherGoroutineWhileRunning(t *testing.T) {
	l := newLoop(t)
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	var last Stats
	go func() {
		defer wg.Done()
		for !stop.Load() {
			last = l.Stats() // must not race with the loop
		}
	}()
	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		if n == 20 {
			iv.Close()
		}
	}, time.Millisecond)
	run(t, l)
	stop.Store(true)
	wg.Wait()
	require.LessOrEqual(t, last.Iterations, l.Stats().Iterations)
	require.GreaterOrEqual(t, l.Stats().Iterations, uint64(20))
	require.Positive(t, l.Stats().Idle, "the loop waited in poll for its timer")
}
