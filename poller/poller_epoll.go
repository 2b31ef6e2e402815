//go:build linux

// This file exists to give Linux its readiness backend: epoll, plus an
// eventfd so that any goroutine can wake a blocked Wait.
//
// The epoll set is LEVEL-triggered, not edge-triggered. The loop reads each
// socket with a fairness budget and may stop while data is still queued; with
// level triggering the next epoll_wait simply reports that socket again, so
// the loop never has to keep its own "still readable" list or re-read until
// EAGAIN. It also makes interest changes trivial: pausing and resuming
// reading (back-pressure) is exactly one epoll_ctl(EPOLL_CTL_MOD) each way,
// and a resumed socket with buffered data is reported at once.
//
// epoll_data holds one 64-bit value. Event must report both the caller's
// token and the descriptor, so epoll_data carries the descriptor (in the Fd
// field, as epoll(7) intends) and the token lives in a slice indexed by
// descriptor, as on the kqueue backend. Tokens are looked up while Wait
// builds its results, so a batch always carries the token that was current
// when the kernel reported the event, whatever the caller does afterwards.

package poller

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

const (
	epollRead  = unix.EPOLLIN | unix.EPOLLRDHUP
	epollWrite = unix.EPOLLOUT
)

// fdEntry is what the poller remembers about one registered descriptor.
type fdEntry struct {
	token      uint64
	registered bool
}

// Poller watches descriptors for readiness with epoll. Create it with New.
// Only Wake may be called from a goroutine other than the owner's.
type Poller struct {
	epfd   int
	wakefd int // eventfd, registered for EPOLLIN

	fds   []fdEntry         // indexed by descriptor; owner-only
	buf   []unix.EpollEvent // reused by Wait; owner-only
	ctlEv unix.EpollEvent   // reused by epoll_ctl; owner-only
	drain [8]byte           // eventfd read buffer; owner-only
	one   [8]byte           // eventfd increment (native-endian 1); read-only

	// woken is set by the Wake that writes to the eventfd and cleared by
	// Wait once it has drained it, so a storm of Wakes costs one write.
	woken atomic.Bool
	// closed is set by Close. Wake holds mu for reading while it writes
	// to wakefd, and Close holds it for writing while it closes, so a
	// Wake never writes to a closed (or reused) descriptor.
	closed atomic.Bool
	mu     sync.RWMutex
}

// New creates an epoll set and its wake eventfd, both close-on-exec.
func New() (*Poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	wakefd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return nil, err
	}
	p := &Poller{epfd: epfd, wakefd: wakefd}
	binary.NativeEndian.PutUint64(p.one[:], 1)
	p.ctlEv = unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wakefd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wakefd, &p.ctlEv); err != nil {
		unix.Close(wakefd)
		unix.Close(epfd)
		return nil, err
	}
	return p, nil
}

// Add starts watching fd for the kinds in in, reporting token with each
// Event. Adding a descriptor that is already registered fails with EEXIST.
//
// epoll always reports errors and full hang-ups (EPOLLERR, EPOLLHUP), even
// for interest 0 or Write alone, and keeps reporting them on every Wait
// until the descriptor is removed: the owner must act on Err and HangUp
// whatever it asked for. Add a connecting socket only after connect has
// returned EINPROGRESS (an unconnected socket reports HangUp at once).
func (p *Poller) Add(fd int, in Interest, token uint64) error {
	return p.ctl(unix.EPOLL_CTL_ADD, fd, in, token)
}

// Modify replaces the interest set and token of a registered fd (for
// example to pause reading: Modify(fd, Write, tok)); interest 0 silences
// everything but errors and hang-ups. An fd that is not registered fails
// with ENOENT.
func (p *Poller) Modify(fd int, in Interest, token uint64) error {
	return p.ctl(unix.EPOLL_CTL_MOD, fd, in, token)
}

func (p *Poller) ctl(op, fd int, in Interest, token uint64) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if fd < 0 || fd == p.wakefd {
		return unix.EBADF
	}
	var ev uint32
	if in&Read != 0 {
		ev |= epollRead
	}
	if in&Write != 0 {
		ev |= epollWrite
	}
	p.ctlEv = unix.EpollEvent{Events: ev, Fd: int32(fd)}
	if err := unix.EpollCtl(p.epfd, op, fd, &p.ctlEv); err != nil {
		return err
	}
	if fd >= len(p.fds) {
		p.grow(fd)
	}
	p.fds[fd] = fdEntry{token: token, registered: true}
	return nil
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
	if fd < 0 || fd == p.wakefd {
		return unix.EBADF
	}
	if fd < len(p.fds) {
		p.fds[fd] = fdEntry{}
	}
	// A non-nil event keeps pre-2.6.9 kernels happy; it is ignored.
	return unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, &p.ctlEv)
}

// Wait blocks until at least one watched descriptor is ready, Wake is
// called, or timeout passes, then fills events and returns how many it
// filled (at most len(events)). A negative timeout waits forever, zero
// polls without blocking, and a positive timeout is rounded up to whole
// milliseconds (so it is never shorter than 1 ms). A Wake ends the wait but
// is not itself reported, so Wait may return 0 with a nil error; so does an
// interrupted system call (EINTR). A descriptor appears at most once per
// call. HangUp always comes with Readable, so that the owner reads the EOF
// (or the error). Wait allocates nothing once its internal buffer has grown
// to len(events).
func (p *Poller) Wait(events []Event, timeout time.Duration) (int, error) {
	if p.closed.Load() {
		return 0, ErrClosed
	}
	if len(events) == 0 {
		return 0, errNoRoom
	}
	if cap(p.buf) < len(events) {
		p.buf = make([]unix.EpollEvent, len(events))
	}
	buf := p.buf[:len(events)]
	n, err := unix.EpollWait(p.epfd, buf, waitMillis(timeout))
	if err != nil {
		if err == unix.EINTR {
			return 0, nil
		}
		return 0, err
	}
	k := 0
	for i := range buf[:n] {
		e := &buf[i]
		fd := int(e.Fd)
		if fd == p.wakefd {
			// Drain, then allow the next Wake to write. A Wake that
			// lands between the two finds woken still set and skips
			// its write, which is fine: this Wait is returning anyway.
			unix.Read(p.wakefd, p.drain[:])
			p.woken.Store(false)
			continue
		}
		if fd < 0 || fd >= len(p.fds) || !p.fds[fd].registered {
			// Registered by a descriptor that was closed without Remove
			// while another copy of it keeps the registration alive.
			continue
		}
		ev := Event{Token: p.fds[fd].token, FD: fd}
		if e.Events&(unix.EPOLLIN|unix.EPOLLRDHUP|unix.EPOLLHUP) != 0 {
			ev.Readable = true
		}
		if e.Events&unix.EPOLLOUT != 0 {
			ev.Writable = true
		}
		if e.Events&(unix.EPOLLRDHUP|unix.EPOLLHUP) != 0 {
			ev.HangUp = true
		}
		if e.Events&unix.EPOLLERR != 0 {
			ev.Err = true
		}
		events[k] = ev
		k++
	}
	return k, nil
}

// Wake makes a blocked (or the next) Wait return. It is safe from any
// goroutine; concurrent Wakes before the owner's next Wait cost one write
// in total. After Close it returns ErrClosed.
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
	for {
		_, err := unix.Write(p.wakefd, p.one[:])
		switch err {
		case nil, unix.EAGAIN: // EAGAIN: the counter is saturated, so a wake is pending
			return nil
		case unix.EINTR:
			continue
		default:
			p.woken.Store(false)
			return err
		}
	}
}

// Close releases the epoll set and the eventfd. It does not close the
// watched descriptors. Every later call, including a second Close,
// returns ErrClosed.
func (p *Poller) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Load() {
		return ErrClosed
	}
	p.closed.Store(true)
	err1 := unix.Close(p.wakefd)
	err2 := unix.Close(p.epfd)
	p.fds, p.buf = nil, nil
	if err1 != nil {
		return err1
	}
	return err2
}
