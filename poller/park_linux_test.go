//go:build linux

// This file exists to check the two ways a blocking Wait waits on Linux
// (parked in the Go runtime's netpoller, the default, or blocked in
// epoll_wait with SetBlockThread) against each other: the same events,
// the same timeouts, the same wake-ups, and no allocation.

package poller

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func eachWaitMode(t *testing.T, f func(t *testing.T, p *Poller)) {
	t.Run("park", func(t *testing.T) {
		p := newPoller(t)
		p.SetBlockThread(false)
		require.NotNil(t, p.file, "the runtime's netpoller did not take the epoll set")
		f(t, p)
	})
	t.Run("SetBlockThread", func(t *testing.T) {
		p := newPoller(t)
		p.SetBlockThread(true)
		f(t, p)
	})
}

// TestBlockingWaitSeesLaterEvent: an event that arrives while Wait is
// blocked ends the wait, and is reported once.
func TestBlockingWaitSeesLaterEvent(t *testing.T) {
	eachWaitMode(t, func(t *testing.T, p *Poller) {
		a, b := socketPair(t)
		require.NoError(t, p.Add(*a, Read, 9))
		type result struct {
			n   int
			ev  Event
			err error
		}
		done := make(chan result, 1)
		go func() {
			events := make([]Event, 4)
			n, err := p.Wait(events, -1)
			done <- result{n, events[0], err}
		}()
		write(t, *b, "x")
		select {
		case r := <-done:
			require.NoError(t, r.err)
			require.Equal(t, 1, r.n)
			require.Equal(t, Event{Token: 9, FD: *a, Readable: true}, r.ev)
		case <-time.After(patience):
			t.Fatal("the write did not end Wait")
		}
	})
}

// TestBlockingWaitTimeout: a Wait with nothing to report returns no
// earlier than its timeout (rounded up to a millisecond).
func TestBlockingWaitTimeout(t *testing.T) {
	eachWaitMode(t, func(t *testing.T, p *Poller) {
		a, _ := socketPair(t)
		require.NoError(t, p.Add(*a, Read, 1))
		events := make([]Event, 4)
		for _, d := range []time.Duration{time.Nanosecond, 1500 * time.Microsecond, 3 * time.Millisecond} {
			start := time.Now()
			n, err := p.Wait(events, d)
			require.NoError(t, err)
			require.Zero(t, n)
			require.GreaterOrEqual(t, time.Since(start), max(d, time.Millisecond), "timeout %v", d)
		}
		// An infinite wait after a timed one is not cut short by the
		// old deadline.
		go func() {
			time.Sleep(5 * time.Millisecond)
			_ = p.Wake()
		}()
		start := time.Now()
		n, err := p.Wait(events, -1)
		require.NoError(t, err)
		require.Zero(t, n)
		require.GreaterOrEqual(t, time.Since(start), 5*time.Millisecond)
	})
}

// TestBlockingWaitWake: Wake ends a blocked Wait in both modes.
func TestBlockingWaitWake(t *testing.T) {
	eachWaitMode(t, func(t *testing.T, p *Poller) {
		done := make(chan error, 1)
		go func() {
			events := make([]Event, 4)
			_, err := p.Wait(events, -1)
			done <- err
		}()
		require.NoError(t, p.Wake())
		select {
		case err := <-done:
			require.NoError(t, err)
		case <-time.After(patience):
			t.Fatal("Wake did not end Wait")
		}
		requireQuiet(t, p)
	})
}

// TestBlockingWaitAllocatesNothing: a Wait that blocks and times out
// allocates nothing, parked or not.
func TestBlockingWaitAllocatesNothing(t *testing.T) {
	eachWaitMode(t, func(t *testing.T, p *Poller) {
		events := make([]Event, 8)
		_, _ = p.Wait(events, time.Millisecond)
		allocs := testing.AllocsPerRun(20, func() {
			if n, err := p.Wait(events, time.Millisecond); err != nil || n != 0 {
				panic("unexpected Wait result")
			}
		})
		require.Zero(t, allocs)
	})
}
