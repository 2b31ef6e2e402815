//go:build darwin || freebsd || dragonfly

// This file exists to wake a kqueue Wait with an EVFILT_USER event, which
// needs no extra descriptor, on the systems whose kqueue (and whose
// golang.org/x/sys/unix) has it. OpenBSD and NetBSD use wake_kqueue_pipe.go.

package poller

import "golang.org/x/sys/unix"

// wakeIdent is the ident of the EVFILT_USER knote. Knotes are keyed by
// (ident, filter), so it cannot collide with a descriptor's READ or WRITE
// knote.
const wakeIdent = 1

// wakeState triggers a user event registered with EV_CLEAR, so the kernel
// resets it as soon as it has been reported.
type wakeState struct {
	trigger [1]unix.Kevent_t // built once; only read by signal
}

// init registers the user event with kq.
func (w *wakeState) init(kq int) error {
	var reg [1]unix.Kevent_t
	unix.SetKevent(&reg[0], wakeIdent, unix.EVFILT_USER, unix.EV_ADD|unix.EV_CLEAR)
	if _, err := unix.Kevent(kq, reg[:], nil, nil); err != nil {
		return err
	}
	unix.SetKevent(&w.trigger[0], wakeIdent, unix.EVFILT_USER, 0)
	w.trigger[0].Fflags = unix.NOTE_TRIGGER
	return nil
}

// owns reports whether fd belongs to the wake mechanism (never, here).
func (w *wakeState) owns(fd int) bool { return false }

// is reports whether kev is the wake event.
func (w *wakeState) is(kev *unix.Kevent_t) bool {
	return int(kev.Filter) == unix.EVFILT_USER && kev.Ident == wakeIdent
}

// drain consumes a reported wake; EV_CLEAR already did.
func (w *wakeState) drain() {}

// signal triggers the user event; safe from any goroutine.
func (w *wakeState) signal(kq int) error {
	for {
		_, err := unix.Kevent(kq, w.trigger[:], nil, nil)
		if err != unix.EINTR {
			return err
		}
	}
}

// close releases nothing: the knote goes with the kqueue.
func (w *wakeState) close() error { return nil }
