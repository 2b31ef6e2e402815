// Package poller reports descriptor readiness: epoll on Linux, kqueue on
// Darwin and the BSDs, and on Windows readiness of sockets emulated on an
// I/O completion port. It knows nothing of loops, timers or sockets; it only
// watches descriptors, waits, and can be woken from any goroutine.
//
// Windows has no readiness call that scales (select and WSAPoll copy every
// socket each time), and its native model is completion-based I/O. This
// package keeps readiness there too: each watched socket has a poll request
// to the AFD driver (IOCTL_AFD_POLL, the way wepoll and Rust's mio do it)
// pending on the poller's completion port, and the request's completion
// is the readiness event; Wake posts a packet to the port
// (PostQueuedCompletionStatus). The alternative, completion-based sockets
// as libuv builds them (AcceptEx, ConnectEx, overlapped WSARecv and
// WSASend, zero-byte reads for idle sockets), would give netmod and
// internal/sys a second data path beside the Unix one, with buffers the
// kernel owns until completion, and pause, backpressure, half-close and
// Node's event order to prove twice; with readiness, the layers above run
// the same code on every system: non-blocking recv, send, accept and
// connect, which fail with WSAEWOULDBLOCK as Unix calls fail with EAGAIN.
// poller_windows.go has the details. On Windows a descriptor is a SOCKET
// handle as an int, or the descriptor of an Emulated source (Windows
// only: a handle the AFD driver does not know, such as a named pipe, whose
// owner computes its readiness from its own overlapped operations
// completing on the poller's port; see emulate_windows.go).
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
// On other platforms (Solaris, wasm...) New returns ErrUnsupported.
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
