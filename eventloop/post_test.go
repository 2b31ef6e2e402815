package eventloop

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestPostFromManyGoroutines posts 8 × 100 000 functions from 8 goroutines
// while the loop runs. Every function must run exactly once, on the loop
// goroutine, and the functions of one goroutine in the order it posted
// them. The counters are plain ints touched only by the posted functions:
// if any ran off the loop goroutine (or two at once), the race detector
// would flag it. With WithLockOSThread, post_linux_test.go also checks the
// OS thread.
func TestPostFromManyGoroutines(t *testing.T) {
	t.Run("default", func(t *testing.T) { testPostFromManyGoroutines(t, false) })
	t.Run("WithLockOSThread", func(t *testing.T) { testPostFromManyGoroutines(t, true) })
}

func testPostFromManyGoroutines(t *testing.T, locked bool) {
	const goroutines, perGoroutine = 8, 100_000
	var opts []Option
	if locked {
		opts = append(opts, WithLockOSThread())
	}
	l := newLoop(t, opts...)
	var h Handle
	h.Init(l)
	h.Start() // keeps the loop alive while the posts arrive

	var (
		total int             // loop-only
		next  [goroutines]int // loop-only: next sequence number expected from each goroutine
		seen  = make([]uint8, goroutines*perGoroutine)
		tid   int // the loop's OS thread (0 where threadID is not available)
	)
	remove := l.AddPrepare(func() { tid = threadID() })
	done := make(chan error, 1)
	go func() { done <- l.Run() }()

	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perGoroutine; i++ {
				err := l.Post(func() {
					if next[g] != i {
						panic("posts of one goroutine ran out of order")
					}
					if locked && threadID() != tid {
						panic("a posted function ran off the loop's thread")
					}
					next[g]++
					seen[g*perGoroutine+i]++
					total++
					if total == goroutines*perGoroutine {
						h.Close(nil)
						remove()
					}
				})
				if err != nil {
					panic(err)
				}
			}
		}()
	}
	wg.Wait()
	require.NoError(t, <-done)
	require.Equal(t, goroutines*perGoroutine, total)
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("posted function %d ran %d times", i, n)
		}
	}
	require.Zero(t, l.nposted.Load())
}

func TestPostsQueuedBeforeRunAreCoalesced(t *testing.T) {
	l := newLoop(t)
	var iters []uint64
	for i := 0; i < 1000; i++ {
		require.NoError(t, l.Post(func() { iters = append(iters, l.iter) }))
	}
	run(t, l)
	require.Len(t, iters, 1000)
	require.Equal(t, iters[0], iters[999], "one wake-up, one poll phase for the whole burst")
	require.Equal(t, uint64(1), l.Stats().Iterations)
}

func TestPostWakesALoopBlockedInPoll(t *testing.T) {
	l := newLoop(t)
	var h Handle
	h.Init(l)
	h.Start()
	polling := make(chan struct{})
	var once sync.Once
	remove := l.AddPrepare(func() { once.Do(func() { close(polling) }) })
	done := make(chan error, 1)
	go func() { done <- l.Run() }()
	<-polling
	ran := make(chan struct{})
	require.NoError(t, l.Post(func() {
		close(ran)
		remove()
		h.Close(nil)
	}))
	<-ran
	require.NoError(t, <-done)
}

func TestPostRacingWithCloseNeverDeadlocks(t *testing.T) {
	for round := 0; round < 20; round++ {
		l, err := New()
		require.NoError(t, err)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for i := 0; i < 100; i++ {
					if err := l.Post(func() {}); err != nil {
						if !errors.Is(err, ErrClosed) {
							panic(err)
						}
						return
					}
				}
			}()
		}
		close(start)
		err = l.Close()
		var leak *LeakError
		if err != nil {
			require.ErrorAs(t, err, &leak) // posts accepted before Close are reported
			require.Equal(t, LeakError{Callbacks: leak.Callbacks}, *leak)
		}
		wg.Wait()
		require.ErrorIs(t, l.Post(func() {}), ErrClosed)
	}
}

func TestPostedFunctionsLeftWhenTheLoopStops(t *testing.T) {
	var tr trace
	l := newLoop(t)
	require.NoError(t, l.Post(func() { tr.add("p1"); panic("stop here") }))
	require.NoError(t, l.Post(tr.fn("p2")))
	require.NoError(t, l.Post(tr.fn("p3")))
	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, []string{"p1"}, tr.ev)
	require.NoError(t, l.Post(tr.fn("p4, posted after the stop")))
	run(t, l)
	require.Equal(t, []string{"p1", "p2", "p3", "p4, posted after the stop"}, tr.ev)
}

func TestOffload(t *testing.T) {
	l := newLoop(t)
	var tr trace
	release := make(chan struct{})
	require.NoError(t, l.Offload(func() func() {
		<-release // blocking work
		return func() { tr.add("done on the loop in iteration %d", l.iter) }
	}))
	require.NoError(t, l.Offload(func() func() { <-release; return nil })) // no result
	require.NoError(t, OffloadValue(l, func() (int, error) { <-release; return 42, nil }, func(v int, err error) {
		tr.add("value %d %v", v, err)
	}))
	require.Equal(t, 3, l.CurrentStats().Requests)
	l.SetImmediate(func() {
		tr.add("requests in flight: %d", l.CurrentStats().Requests)
		close(release)
	})
	run(t, l) // kept alive until every result was delivered
	require.Contains(t, tr.ev, "value 42 <nil>")
	require.Equal(t, "requests in flight: 3", tr.ev[0])
	require.Len(t, tr.ev, 3)
	require.Equal(t, 0, l.CurrentStats().Requests)
	require.Equal(t, 0, l.Stats().Requests)
}

func TestOffloadWithAPanicInWork(t *testing.T) {
	t.Run("default", func(t *testing.T) {
		l := newLoop(t)
		require.NoError(t, l.Offload(func() func() { panicInOffloadedWork(); return nil }))
		err := l.Run()
		var pe *PanicError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, "work failed", pe.Value)
		require.Contains(t, string(pe.Stack), "panicInOffloadedWork", "the stack of the goroutine that ran the work")
		require.Equal(t, 0, l.CurrentStats().Requests, "the request ended")
	})
	t.Run("handled", func(t *testing.T) {
		var tr trace
		l := newLoop(t, WithPanicHandler(func(v any, _ []byte) { tr.add("handled %v", v) }))
		require.NoError(t, OffloadValue(l, func() (int, error) { panic("work failed") }, func(int, error) {
			tr.add("never")
		}))
		run(t, l)
		require.Equal(t, []string{"handled work failed"}, tr.ev)
	})
}

//go:noinline
func panicInOffloadedWork() { panic("work failed") }

func TestOffloadKeepsTheLoopAliveOverTimers(t *testing.T) {
	l := newLoop(t)
	var tr trace
	release := make(chan struct{})
	require.NoError(t, l.Offload(func() func() {
		<-release
		return tr.fn("offloaded result")
	}))
	l.SetTimeout(func() { tr.add("timer"); close(release) }, time.Millisecond)
	run(t, l)
	require.Equal(t, []string{"timer", "offloaded result"}, tr.ev)
}
