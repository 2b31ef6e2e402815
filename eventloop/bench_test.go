package eventloop

import (
	"sync"
	"testing"
	"time"
)

func benchLoop(b *testing.B, opts ...Option) *Loop {
	b.Helper()
	l, err := New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	return l
}

func closeBench(b *testing.B, l *Loop) {
	b.Helper()
	if err := l.Close(); err != nil {
		b.Fatal(err)
	}
}

// benchTimers schedules 1e6 timers per op on a FakeClock (so nothing waits
// for real time) and runs the loop until all have fired. The custom metric
// timers/s counts timers scheduled and fired per second.
func benchTimers(b *testing.B, delay func(i int) time.Duration) {
	const n = 1_000_000
	b.ReportAllocs()
	fired := 0
	fn := func() { fired++ }
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		l := benchLoop(b, WithClock(NewFakeClock()))
		fired = 0
		start := time.Now()
		b.StartTimer()
		for j := 0; j < n; j++ {
			l.SetTimeout(fn, delay(j))
		}
		if err := l.Run(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		elapsed += time.Since(start)
		if fired != n {
			b.Fatalf("%d timers fired, want %d", fired, n)
		}
		closeBench(b, l)
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/elapsed.Seconds(), "timers/s")
}

func BenchmarkTimers1e6SameDelay(b *testing.B) {
	benchTimers(b, func(int) time.Duration { return 10 * time.Millisecond })
}

func BenchmarkTimers1e6MixedDelays(b *testing.B) {
	// 1000 distinct durations: 1000 lists in the heap.
	benchTimers(b, func(i int) time.Duration { return time.Duration(1+i*7919%1000) * time.Millisecond })
}

// BenchmarkTimerRefresh is the socket idle-timeout pattern: re-arm an
// armed timer.
func BenchmarkTimerRefresh(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	timers := make([]*Timer, 1000)
	for i := range timers {
		timers[i] = l.SetTimeout(func() {}, time.Minute)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		timers[i%len(timers)].Refresh()
	}
	b.StopTimer()
	for _, t := range timers {
		t.Close()
	}
	closeBench(b, l)
}

func BenchmarkSetTimeoutAndClear(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	keep := l.SetTimeout(func() {}, time.Second) // keeps the 1 s list alive
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.SetTimeout(fn, time.Second).Close()
	}
	b.StopTimer()
	keep.Close()
	closeBench(b, l)
}

// BenchmarkPost measures posts/s from one goroutine to a running loop.
func BenchmarkPost(b *testing.B) {
	benchPost(b, 1)
}

// BenchmarkPostParallel measures posts/s from GOMAXPROCS goroutines.
func BenchmarkPostParallel(b *testing.B) {
	benchPost(b, 0)
}

func benchPost(b *testing.B, goroutines int) {
	l := benchLoop(b)
	b.ReportAllocs()
	var h Handle
	h.Init(l)
	h.Start()
	ran := 0 // loop-only
	fn := func() { ran++ }
	done := make(chan error, 1)
	go func() { done <- l.Run() }()
	b.ResetTimer()
	start := time.Now()
	if goroutines == 1 {
		for i := 0; i < b.N; i++ {
			if err := l.Post(fn); err != nil {
				b.Fatal(err)
			}
		}
	} else {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := l.Post(fn); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	var wg sync.WaitGroup
	wg.Add(1)
	if err := l.Post(func() { h.Close(nil); wg.Done() }); err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	if ran != b.N {
		b.Fatalf("%d posted functions ran, want %d", ran, b.N)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "posts/s")
	closeBench(b, l)
}

// BenchmarkLoopIteration measures one loop iteration (all six phases, a
// non-blocking poll included) of a loop kept alive by a setImmediate chain;
// the op is one iteration (and one SetImmediate, its one allocation).
func BenchmarkLoopIteration(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	n := 0
	var step func()
	step = func() {
		n++
		if n < b.N {
			l.SetImmediate(step)
		}
	}
	l.SetImmediate(step)
	b.ResetTimer()
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	iters := l.Stats().Iterations
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(iters), "ns/iteration")
	closeBench(b, l)
}

// BenchmarkNextTickDrain measures one callback that queues a nextTick and a
// microtask, with the drain that runs them.
func BenchmarkNextTickDrain(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	fn := func() {}
	cb := func() {
		l.NextTick(fn)
		l.QueueMicrotask(fn)
	}
	for i := 0; i < b.N; i++ {
		l.Call(cb)
	}
	b.StopTimer()
	closeBench(b, l)
}

// BenchmarkSetImmediate measures SetImmediate plus running the immediate
// in the check phase (the loop runs every 1024 immediates).
func BenchmarkSetImmediate(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.SetImmediate(fn)
		if i%1024 == 1023 {
			if err := l.Run(); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	closeBench(b, l)
}

// BenchmarkCall measures the panic guard and drain check around one
// callback.
func BenchmarkCall(b *testing.B) {
	l := benchLoop(b)
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.call(fn)
	}
	b.StopTimer()
	closeBench(b, l)
}
