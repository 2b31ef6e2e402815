// This file exists for handles that are not sockets (named pipes): the
// poller cannot ask the AFD driver about them, so their owner emulates
// readiness from completions of its own overlapped operations on the
// poller's port (see the header of poller_windows.go).

package poller

import (
	"sync"

	"golang.org/x/sys/windows"
)

// Emulated is a handle whose readiness its owner computes. Its methods are
// called on the poller's owner goroutine.
type Emulated interface {
	// Attach associates the handle with the completion port (with key)
	// and starts the operations readiness depends on. It is called by
	// Add; a source added again (to the same port) must accept it.
	Attach(port windows.Handle, key uintptr) error
	// Complete is called with each completion packet of an Op of the
	// source: the bytes transferred and the operation's error (nil on
	// success). It runs even after Remove (for a cancelled operation).
	Complete(op *Op, bytes uint32, err error)
	// Ready reports the source's readiness now.
	Ready() (readable, writable, hangUp, failed bool)
}

// Op is the OVERLAPPED of an operation of an Emulated source. The owner
// keeps the Op reachable until its packet has been handed to Complete;
// Kind is the owner's.
type Op struct {
	windows.Overlapped
	Owner Emulated
	Kind  int
}

// err is the operation's result from the status the kernel left in the
// OVERLAPPED.
func (o *Op) err() error {
	st := windows.NTStatus(uint32(o.Internal))
	if st == 0 {
		return nil
	}
	return st.Errno()
}

// registry maps the descriptors of emulated sources to them, for Add.
var registry struct {
	sync.RWMutex
	m map[int]Emulated
}

// Emulate registers src as the source of descriptor fd: an Add of fd
// watches src. Unregister it with Forget before fd is reused.
func Emulate(fd int, src Emulated) {
	registry.Lock()
	if registry.m == nil {
		registry.m = make(map[int]Emulated)
	}
	registry.m[fd] = src
	registry.Unlock()
}

// Forget removes the registration of fd.
func Forget(fd int) {
	registry.Lock()
	delete(registry.m, fd)
	registry.Unlock()
}

func emulated(fd int) Emulated {
	registry.RLock()
	src := registry.m[fd]
	registry.RUnlock()
	return src
}

// emuState is a watched emulated source.
type emuState struct {
	src   Emulated
	token uint64
	want  Interest
}

// event is the readiness of e as an Event under its interest, and whether
// there is any.
func (e *emuState) event() (Event, bool) {
	r, w, hup, failed := e.src.Ready()
	var ev Event
	ev.Readable = r && e.want&Read != 0
	ev.Writable = w && e.want&Write != 0
	if hup || failed {
		ev.HangUp, ev.Err = hup, failed
		ev.Readable = true
		if failed && e.want&Write != 0 {
			ev.Writable = true
		}
	}
	return ev, ev.Readable || ev.Writable || ev.HangUp || ev.Err
}

// anyEmulatedReady reports whether a watched emulated source is ready.
func (p *Poller) anyEmulatedReady() bool {
	for _, e := range p.emus {
		if _, ok := e.event(); ok {
			return true
		}
	}
	return false
}

// emulatedEvents appends the ready emulated sources to events[:k], as many
// as fit, and returns the new count. Those that do not fit stay ready and
// are reported by a later Wait.
func (p *Poller) emulatedEvents(events []Event, k int) int {
	for fd, e := range p.emus {
		if k == len(events) {
			break
		}
		if ev, ok := e.event(); ok {
			ev.Token, ev.FD = e.token, fd
			events[k] = ev
			k++
		}
	}
	return k
}
