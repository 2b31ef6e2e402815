// Package testutil holds what the tests of several packages need again and
// again: a loop the test must leave clean, running a loop under a watchdog,
// and a trace of what callbacks did, to compare whole. Only test files
// import it: test/layers ranks it with test/, above every package it
// serves, so no package can depend on it. (eventloop's own tests cannot
// use it, as it imports eventloop: they keep their in-package helpers.)
package testutil

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
)

// Loop returns a new loop that the test must leave clean: at cleanup its
// Close must succeed (unless the test closed it already), which proves
// that no handle, timer, immediate, request, watcher or queued callback
// was left behind. Goroutine leaks are the package's TestMain's to check
// (goleak.VerifyTestMain), so that tests may run in parallel.
func Loop(t testing.TB, opts ...eventloop.Option) *eventloop.Loop {
	t.Helper()
	l, err := eventloop.New(opts...)
	if err != nil {
		t.Fatalf("eventloop.New: %v", err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil && !errors.Is(err, eventloop.ErrClosed) {
			t.Errorf("loop.Close at the end of the test (leaked handles, watchers or requests): %v", err)
		}
	})
	return l
}

// Run runs loop and fails the test if Run returns an error or does not
// return within d: a watchdog stops the loop at d, so a test that would
// hang fails instead.
func Run(t testing.TB, loop *eventloop.Loop, d time.Duration) {
	t.Helper()
	guard := time.AfterFunc(d, loop.Stop)
	defer guard.Stop()
	start := time.Now()
	if err := loop.Run(); err != nil {
		t.Fatalf("loop.Run: %v", err)
	}
	if took := time.Since(start); took >= d {
		t.Fatalf("the loop did not finish within %v: the watchdog stopped it", d)
	}
}

// Trace records what callbacks did, in order, to compare with the whole
// expected sequence. The zero Trace is empty and ready to use.
type Trace struct {
	Events []string
}

// Add records one event, formatted as fmt.Sprintf does.
func (tr *Trace) Add(format string, a ...any) {
	tr.Events = append(tr.Events, fmt.Sprintf(format, a...))
}

// Fn returns a callback that records s.
func (tr *Trace) Fn(s string) func() {
	return func() { tr.Events = append(tr.Events, s) }
}

// String is the trace, one event a line.
func (tr *Trace) String() string { return strings.Join(tr.Events, "\n") }
