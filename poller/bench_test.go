//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to measure the three hot paths the loop takes on every
// iteration (an idle poll, a cross-goroutine wake, an interest change) and
// to show that Wait allocates nothing.

package poller

import (
	"testing"

	"golang.org/x/sys/unix"
)

func benchPoller(b *testing.B) *Poller {
	b.Helper()
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { p.Close() })
	return p
}

// BenchmarkWaitNoEvents polls an idle poller without blocking.
func BenchmarkWaitNoEvents(b *testing.B) {
	p := benchPoller(b)
	events := make([]Event, 128)
	b.ReportAllocs()
	for b.Loop() {
		if n, err := p.Wait(events, 0); err != nil || n != 0 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkWakeWait wakes the poller and collects the wake, as a loop does
// when another goroutine hands it work.
func BenchmarkWakeWait(b *testing.B) {
	p := benchPoller(b)
	events := make([]Event, 128)
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Wake(); err != nil {
			b.Fatal(err)
		}
		if n, err := p.Wait(events, -1); err != nil || n != 0 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkModify toggles write interest on a socket, as a loop does when
// a write would block and again when the backlog drains.
func BenchmarkModify(b *testing.B) {
	p := benchPoller(b)
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { unix.Close(fds[0]); unix.Close(fds[1]) })
	if err := p.Add(fds[0], Read, 1); err != nil {
		b.Fatal(err)
	}
	in := [2]Interest{Read | Write, Read}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Modify(fds[0], in[i&1], 1); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
