//go:build darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists to give Darwin and the BSDs their readiness backend:
// kqueue, with one EVFILT_READ and/or EVFILT_WRITE knote per descriptor.
// How a blocked Wait is woken differs by system and lives in
// wake_kqueue_user.go and wake_kqueue_pipe.go.
//
// Knotes are level-triggered (no EV_CLEAR), for the same reasons as on
// epoll: the loop reads with a fairness budget and relies on the next Wait
// to report leftover data, and pausing/resuming reading is one EV_DELETE or
// EV_ADD of the read filter.
//
// Tokens are kept in a slice indexed by descriptor rather than in the
// kevent's udata, because udata is a pointer on some systems (and an
// integer on others) and must not carry non-pointer bits.

package poller

import (
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// fdEntry is what the poller remembers about one registered descriptor.
type fdEntry struct {
	token      uint64
	in         Interest // filters currently in the kqueue
	registered bool
	// gen and idx merge a READ and a WRITE kevent for the same descriptor
	// into one Event: gen is the Wait generation that last reported this
	// descriptor and idx is where its Event went.
	gen uint64
	idx int
}

// Poller watches descriptors for readiness with kqueue. Create it with New.
// Only Wake may be called from a goroutine other than the owner's.
type Poller struct {
	kq int

	fds    []fdEntry        // indexed by descriptor; owner-only
	buf    []unix.Kevent_t  // reused by Wait; owner-only
	change [1]unix.Kevent_t // reused by Add/Modify/Remove; owner-only
	ts     unix.Timespec    // reused by Wait; owner-only
	gen    uint64           // Wait generation; owner-only

	wk wakeState // system-specific wake mechanism

	// woken is set by the Wake that signals the kqueue and cleared by
	// Wait once it has consumed the signal, so a storm of Wakes costs one
	// system call.
	woken atomic.Bool
	// closed is set by Close. Wake holds mu for reading while it signals,
	// and Close holds it for writing while it closes, so a Wake never
	// touches a closed (or reused) descriptor.
	closed atomic.Bool
	mu     sync.RWMutex
}

// New creates a close-on-exec kqueue and registers its wake mechanism.
func New() (*Poller, error) {
	kq, err := unix.Kqueue()
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(kq)
	p := &Poller{kq: kq}
	if err := p.wk.init(kq); err != nil {
		unix.Close(kq)
		return nil, err
	}
	return p, nil
}

// Add starts watching fd for the kinds in in, reporting token with each
// Event. If fd is already registered, Add behaves like Modify (kqueue
// cannot tell a live registration from one dropped by close, so it does
// not fail with EEXIST as epoll does).
func (p *Poller) Add(fd int, in Interest, token uint64) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if fd < 0 || p.wk.owns(fd) {
		return unix.EBADF
	}
	if fd >= len(p.fds) {
		p.grow(fd)
	}
	e := &p.fds[fd]
	if e.registered {
		// Either a double Add or a descriptor number reused after a close
		// without Remove, which silently dropped the old knotes. Delete
		// unwanted filters (ignoring ones already gone), then re-add every
		// wanted one: EV_ADD on a live knote merely updates it.
		p.apply(fd, e, e.in&in, true)
		e.in = 0
	} else {
		*e = fdEntry{}
	}
	if err := p.apply(fd, e, in, false); err != nil {
		// Undo a half-done registration (say Read added, Write failed).
		p.apply(fd, e, 0, true)
		*e = fdEntry{}
		return err
	}
	e.token, e.registered = token, true
	return nil
}

// Modify replaces the interest set and token of a registered fd, adding
// and deleting filters as needed (for example Modify(fd, Write, tok)
// pauses reading). With interest 0 the fd has no filters and reports
// nothing at all, not even EOF (epoll still reports errors and hang-ups).
// An fd that is not registered fails with ENOENT.
func (p *Poller) Modify(fd int, in Interest, token uint64) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if fd < 0 || fd >= len(p.fds) || !p.fds[fd].registered {
		return unix.ENOENT
	}
	e := &p.fds[fd]
	if err := p.apply(fd, e, in, false); err != nil {
		return err
	}
	e.token = token
	return nil
}

// apply adds and deletes filters so that fd's knotes match in, one change
// per kevent call so that e.in always records exactly what the kernel has.
func (p *Poller) apply(fd int, e *fdEntry, in Interest, ignoreMissing bool) error {
	for _, f := range [...]struct {
		in     Interest
		filter int
	}{{Read, unix.EVFILT_READ}, {Write, unix.EVFILT_WRITE}} {
		want, have := in&f.in != 0, e.in&f.in != 0
		if want == have {
			continue
		}
		flags := unix.EV_ADD
		if !want {
			flags = unix.EV_DELETE
		}
		if err := p.kevent1(fd, f.filter, flags); err != nil {
			if want || !(ignoreMissing && (err == unix.ENOENT || err == unix.EBADF)) {
				return err
			}
		}
		e.in ^= f.in
	}
	return nil
}

// kevent1 submits one change and collects no events.
func (p *Poller) kevent1(fd, filter, flags int) error {
	p.change[0] = unix.Kevent_t{}
	unix.SetKevent(&p.change[0], fd, filter, flags)
	for {
		_, err := unix.Kevent(p.kq, p.change[:], nil, nil)
		if err != unix.EINTR {
			return err
		}
	}
}

// grow makes p.fds long enough to index fd.
func (p *Poller) grow(fd int) { p.fds = growTable(p.fds, fd) }

// Remove stops watching fd. Call it before closing fd. If fd was already
// closed the kernel's error (EBADF, or ENOENT) is returned, but the poller
// forgets fd either way.
func (p *Poller) Remove(fd int) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if fd < 0 || fd >= len(p.fds) || !p.fds[fd].registered {
		return unix.ENOENT
	}
	e := &p.fds[fd]
	var first error
	for _, f := range [...]struct {
		in     Interest
		filter int
	}{{Read, unix.EVFILT_READ}, {Write, unix.EVFILT_WRITE}} {
		if e.in&f.in != 0 {
			if err := p.kevent1(fd, f.filter, unix.EV_DELETE); err != nil && first == nil {
				first = err
			}
		}
	}
	*e = fdEntry{}
	return first
}

// Wait blocks until at least one watched descriptor is ready, Wake is
// called, or timeout passes, then fills events and returns how many it
// filled (at most len(events)). A negative timeout waits forever, zero
// polls without blocking, and a positive timeout is rounded up to whole
// milliseconds (so it is never shorter than 1 ms). A Wake ends the wait but
// is not itself reported, so Wait may return 0 with a nil error; so does an
// interrupted system call (EINTR). A descriptor appears at most once per
// call: its READ and WRITE kevents are merged into one Event. EV_EOF on
// either filter sets HangUp and Readable, so that the owner reads the EOF
// (or the error); EV_EOF with a pending socket error also sets Err. Wait
// allocates nothing once its internal buffer has grown to len(events).
func (p *Poller) Wait(events []Event, timeout time.Duration) (int, error) {
	if p.closed.Load() {
		return 0, ErrClosed
	}
	if len(events) == 0 {
		return 0, errNoRoom
	}
	if cap(p.buf) < len(events) {
		p.buf = make([]unix.Kevent_t, len(events))
	}
	buf := p.buf[:len(events)]
	var ts *unix.Timespec
	if ms := waitMillis(timeout); ms >= 0 {
		p.ts = unix.NsecToTimespec(int64(ms) * int64(time.Millisecond))
		ts = &p.ts
	}
	n, err := unix.Kevent(p.kq, nil, buf, ts)
	if err != nil {
		if err == unix.EINTR {
			return 0, nil
		}
		return 0, err
	}
	p.gen++
	k := 0
	for i := range buf[:n] {
		kev := &buf[i]
		if p.wk.is(kev) {
			// Consume, then allow the next Wake to signal. A Wake that
			// lands between the two finds woken still set and skips its
			// signal, which is fine: this Wait is returning anyway.
			p.wk.drain()
			p.woken.Store(false)
			continue
		}
		fd := int(kev.Ident)
		if fd < 0 || fd >= len(p.fds) || !p.fds[fd].registered {
			continue
		}
		e := &p.fds[fd]
		var ev *Event
		if e.gen == p.gen && e.idx < k && events[e.idx].FD == fd {
			ev = &events[e.idx]
		} else {
			e.gen, e.idx = p.gen, k
			events[k] = Event{Token: e.token, FD: fd}
			ev = &events[k]
			k++
		}
		switch int(kev.Filter) {
		case unix.EVFILT_READ:
			ev.Readable = true
		case unix.EVFILT_WRITE:
			ev.Writable = true
		}
		if kev.Flags&unix.EV_EOF != 0 {
			ev.HangUp, ev.Readable = true, true
			if kev.Fflags != 0 { // pending socket error, as errno
				ev.Err = true
			}
		}
		if kev.Flags&unix.EV_ERROR != 0 {
			ev.Err = true
		}
	}
	return k, nil
}

// SetBlockThread is a no-op here: a blocking Wait always blocks its
// thread in kevent (see the Linux backend, where it can park instead).
func (p *Poller) SetBlockThread(block bool) {}

// Wake makes a blocked (or the next) Wait return. It is safe from any
// goroutine; concurrent Wakes before the owner's next Wait cost one system
// call in total. After Close it returns ErrClosed.
func (p *Poller) Wake() error {
	if p.closed.Load() {
		return ErrClosed
	}
	if !p.woken.CompareAndSwap(false, true) {
		return nil // a wake is already pending
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed.Load() {
		return ErrClosed
	}
	if err := p.wk.signal(p.kq); err != nil {
		p.woken.Store(false)
		return err
	}
	return nil
}

// Close releases the kqueue and the wake mechanism. It does not close the
// watched descriptors. Every later call, including a second Close,
// returns ErrClosed.
func (p *Poller) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Load() {
		return ErrClosed
	}
	p.closed.Store(true)
	err1 := p.wk.close()
	err2 := unix.Close(p.kq)
	p.fds, p.buf = nil, nil
	if err1 != nil {
		return err1
	}
	return err2
}
