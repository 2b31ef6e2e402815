//go:build openbsd || netbsd

// This file exists because OpenBSD's kqueue has no EVFILT_USER (and
// golang.org/x/sys/unix does not define it for NetBSD, whose support only
// arrived in NetBSD 10): there a kqueue Wait is woken by writing a byte to a
// non-blocking pipe whose read end is in the kqueue.

package poller

import "golang.org/x/sys/unix"

// wakeState is a non-blocking, close-on-exec pipe; r is watched for
// EVFILT_READ.
type wakeState struct {
	r, w int
	one  [1]byte  // written by signal; read-only
	rbuf [16]byte // owner-only read buffer
}

// init creates the pipe and registers its read end with kq.
func (w *wakeState) init(kq int) error {
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		return err
	}
	w.r, w.w = fds[0], fds[1]
	var reg [1]unix.Kevent_t
	unix.SetKevent(&reg[0], w.r, unix.EVFILT_READ, unix.EV_ADD)
	if _, err := unix.Kevent(kq, reg[:], nil, nil); err != nil {
		unix.Close(w.r)
		unix.Close(w.w)
		return err
	}
	return nil
}

// owns reports whether fd is one of the pipe's ends.
func (w *wakeState) owns(fd int) bool { return fd == w.r || fd == w.w }

// is reports whether kev is the pipe becoming readable.
func (w *wakeState) is(kev *unix.Kevent_t) bool {
	return int(kev.Filter) == unix.EVFILT_READ && int(kev.Ident) == w.r
}

// drain empties the pipe (the woken flag keeps it to one byte).
func (w *wakeState) drain() {
	for {
		n, err := unix.Read(w.r, w.rbuf[:])
		if n < len(w.rbuf) && err != unix.EINTR {
			return
		}
	}
}

// signal writes one byte; a full pipe (EAGAIN) already holds a wake.
func (w *wakeState) signal(kq int) error {
	for {
		_, err := unix.Write(w.w, w.one[:])
		switch err {
		case nil, unix.EAGAIN:
			return nil
		case unix.EINTR:
			continue
		default:
			return err
		}
	}
}

// close closes both ends of the pipe.
func (w *wakeState) close() error {
	err1 := unix.Close(w.r)
	err2 := unix.Close(w.w)
	if err1 != nil {
		return err1
	}
	return err2
}
