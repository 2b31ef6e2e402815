package eventloop

import (
	"sync"
	"time"

	"github.com/nodenet/nodenet/internal/sys"
)

// Clock is the loop's source of monotonic time. The loop reads it once per
// phase that needs it and caches the value (like libuv's loop->time), in
// whole milliseconds.
type Clock interface {
	// Now returns the time elapsed since an arbitrary, fixed origin.
	Now() time.Duration
}

// Sleeper is implemented by clocks that replace waiting. When the loop's
// clock is a Sleeper and the loop would block waiting for a timer, it polls
// without blocking and calls Sleep with the time to the next timer instead.
// FakeClock is one.
type Sleeper interface {
	Sleep(d time.Duration)
}

// realClock reads sys.HRTime: Go's monotonic clock, except on Windows,
// where that moves in timer ticks (up to 15.6 ms) and the loop reads the
// performance counter instead, as libuv does there (a 1 ms timer set
// before the loop starts is due in its first iteration when 1 ms passed).
type realClock struct{ origin int64 }

func (c realClock) Now() time.Duration { return time.Duration(sys.HRTime() - c.origin) }

// FakeClock is a Clock under the caller's control, for deterministic timer
// tests: time moves only through Advance, Set, or (as a Sleeper) when the loop
// would otherwise wait for a timer, so a test with only timers runs instantly
// and in exact order. It is safe for concurrent use.
type FakeClock struct {
	mu  sync.Mutex
	now time.Duration
}

// NewFakeClock returns a FakeClock at time 0.
func NewFakeClock() *FakeClock { return &FakeClock{} }

// Now returns the fake time.
func (c *FakeClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the fake time forward by d (negative d is ignored).
func (c *FakeClock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// Sleep advances the clock by d; the loop calls it instead of waiting.
func (c *FakeClock) Sleep(d time.Duration) { c.Advance(d) }
