package eventloop

import (
	"errors"
	"runtime/debug"

	"github.com/nodenet/nodenet/poller"
)

// Post queues fn to run on the loop goroutine, in the poll phase, and wakes
// the loop. It is safe from any goroutine; wake-ups are coalesced, so a burst
// of posts costs one wake. A posted function that has not run yet keeps the
// loop alive; one posted while the loop is not running waits for the next
// Run. Post returns ErrClosed once the loop is closed.
func (l *Loop) Post(fn func()) error {
	l.postMu.Lock()
	if l.state.Load() == stateClosed {
		l.postMu.Unlock()
		return ErrClosed
	}
	l.posted = append(l.posted, fn)
	l.nposted.Add(1)
	l.postMu.Unlock()
	if !l.postSeen.Swap(true) {
		if err := l.poll.Wake(); err != nil {
			if errors.Is(err, poller.ErrClosed) {
				// Close won the race: fn was dropped with the queue.
				return ErrClosed
			}
			return err
		}
	}
	return nil
}

// runPosted runs every function posted so far, each as one callback.
func (l *Loop) runPosted() {
	if !l.postSeen.Load() {
		return
	}
	l.postSeen.Store(false)
	l.postMu.Lock()
	batch := l.posted
	l.posted = l.spare[:0]
	l.postMu.Unlock()
	for i, fn := range batch {
		if l.stopping {
			// Put the rest back in front of anything posted meanwhile.
			l.postMu.Lock()
			l.posted = append(batch[i:len(batch):len(batch)], l.posted...)
			l.postMu.Unlock()
			l.postSeen.Store(true)
			return
		}
		batch[i] = nil
		l.nposted.Add(-1)
		l.call(fn)
	}
	l.spare = batch[:0]
}

// Offload runs work on a new goroutine and then runs the function it returns
// (if not nil) on the loop, as one callback. Until then the work counts as a
// request in flight and keeps the loop alive, as libuv's thread-pool
// requests do. A panic in work is delivered to the loop as an uncaught
// panic of that callback, with the stack of the goroutine that ran work.
// Offload is safe from any goroutine; it returns ErrClosed once the loop is
// closed.
func (l *Loop) Offload(work func() (done func())) error {
	if l.state.Load() == stateClosed {
		return ErrClosed
	}
	// The request is counted with an atomic so that Offload is safe off
	// the loop; the count keeps the loop alive until the result has been
	// delivered.
	l.offloads.Add(1)
	go func() {
		var done func()
		func() {
			defer func() {
				if v := recover(); v != nil {
					p := &offloadPanic{value: v, stack: debug.Stack()}
					done = func() { panic(p) }
				}
			}()
			done = work()
		}()
		if err := l.Post(func() {
			l.offloads.Add(-1)
			if done != nil {
				done()
			}
		}); err != nil {
			l.offloads.Add(-1)
		}
	}()
	return nil
}

// OffloadValue runs work on a goroutine and hands its result to done on the
// loop; see Offload.
func OffloadValue[T any](l *Loop, work func() (T, error), done func(T, error)) error {
	return l.Offload(func() func() {
		v, err := work()
		return func() { done(v, err) }
	})
}
