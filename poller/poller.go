// Package poller reports descriptor readiness: epoll on Linux, kqueue on
// Darwin and the BSDs. It knows nothing of loops, timers or sockets; it only
// watches descriptors, waits, and can be woken from any goroutine.
//
// Every backend defines the same names:
//
//	New() (*Poller, error)
//	(*Poller).Add(fd int, in Interest, token uint64) error
//	(*Poller).Modify(fd int, in Interest, token uint64) error
//	(*Poller).Remove(fd int) error
//	(*Poller).Wait(events []Event, timeout time.Duration) (int, error)
//	(*Poller).Wake() error
//	(*Poller).SetBlockThread(block bool)
//	(*Poller).Close() error
//
// Only Wake may be called from a goroutine other than the one that owns the
// Poller; every other method belongs to the owner (the loop goroutine).
//
// On other platforms New returns ErrUnsupported.
package poller

import "errors"

// Interest is the set of readiness kinds a descriptor is watched for.
type Interest uint8

const (
	// Read asks for readable (and peer-closed) events.
	Read Interest = 1 << iota
	// Write asks for writable events.
	Write
)

// Event is one readiness report for a watched descriptor.
type Event struct {
	// Token is the value given to Add or Modify for the descriptor.
	Token uint64
	// FD is the descriptor.
	FD int
	// Readable: data (or EOF) can be read, or a listener has a connection.
	Readable bool
	// Writable: data can be written, or a non-blocking connect completed.
	Writable bool
	// HangUp: the peer closed (both directions, or the read side on kqueue EOF).
	HangUp bool
	// Err: an error is pending on the descriptor (read it with SO_ERROR).
	Err bool
}

// ErrUnsupported is returned by New on platforms without a backend.
var ErrUnsupported = errors.New("poller: no readiness backend for this platform")

// ErrClosed is returned by every method called after Close.
var ErrClosed = errors.New("poller: closed")
