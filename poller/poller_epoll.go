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
// A Wait that has to block does not block its thread by default: the epoll
// set is itself a pollable descriptor, handed to the Go runtime's
// netpoller, and Wait polls it without blocking (a raw system call) and
// parks the goroutine until the set is readable. A goroutine blocked in a
// system call keeps its P; after 20 µs the runtime's sysmon thread takes
// the P back and hands it to another thread, and the goroutine must get
// one again when the call returns: with GOMAXPROCS=1 (a server pinned to
// one CPU) every idle moment of the loop cost several futex calls and
// context switches and kept sysmon waking every 20 µs. Parked, the
// goroutine's thread itself waits in the netpoller and runs it again, and
// sysmon sleeps. SetBlockThread restores the blocking system call, for an
// owner locked to its OS thread.
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
	"errors"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

const (
	epollRead  = unix.EPOLLIN | unix.EPOLLRDHUP
	epollWrite = unix.EPOLLOUT
)

// Poller watches descriptors for readiness with epoll. Create it with New.
// Only Wake may be called from a goroutine other than the owner's.
type Poller struct {
	epfd   int
	wakefd int // eventfd, registered for EPOLLIN

	fds   []uint64          // tokens, indexed by descriptor; owner-only
	reg   []uint64          // bit fd: fd is registered; owner-only
	buf   []unix.EpollEvent // reused by Wait; owner-only
	ctlEv unix.EpollEvent   // reused by epoll_ctl; owner-only
	drain [8]byte           // eventfd read buffer; owner-only
	one   [8]byte           // eventfd increment (native-endian 1); read-only

	// woken is set by the Wake that writes to the eventfd and cleared by
	// Wait once it has drained it, so a storm of Wakes costs one write.
	woken atomic.Bool

	// file owns epfd once the Go runtime's netpoller watches it (nil if
	// it would not): a blocking Wait then parks the goroutine there
	// (see park) unless blockThread is set. Owner-only.
	file        *os.File
	rc          syscall.RawConn
	tryFn       func(fd uintptr) bool // p.try, made once
	wbuf        []unix.EpollEvent     // the buffer try fills
	wn          int
	werr        error
	deadline    bool // a read deadline is set on file
	blockThread bool
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
	p.blockThread = true
	return p, nil
}

// register hands epfd to the Go runtime's netpoller: an epoll set is
// itself readable while it has events to report, so a blocking Wait can
// park the goroutine until then instead of blocking its thread. If the
// runtime does not take the descriptor, Wait blocks in epoll_wait.
func (p *Poller) register() {
	// O_NONBLOCK on an epoll set changes nothing for epoll_wait; it is
	// what makes os.NewFile hand the descriptor to the netpoller.
	if unix.SetNonblock(p.epfd, true) != nil {
		return
	}
	dup, err := unix.FcntlInt(uintptr(p.epfd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return
	}
	// The file gets a duplicate, so that if the runtime refuses it,
	// closing the file leaves epfd alone.
	f := os.NewFile(uintptr(dup), "epoll")
	rc, err := f.SyscallConn()
	if err == nil {
		err = f.SetReadDeadline(time.Time{}) // fails unless the netpoller has it
	}
	if err != nil {
		f.Close()
		return
	}
	p.file, p.rc = f, rc
	p.tryFn = p.try
}

// SetBlockThread chooses how a Wait with a non-zero timeout waits when
// nothing is ready. Unblocked (block false), the goroutine parks in the Go
// runtime's netpoller (which watches the epoll set itself), so the thread is free
// and the runtime neither hands the goroutine's P to another thread nor
// keeps its sysmon thread polling; with block set the thread blocks in
// epoll_wait, which suits an owner locked to its OS thread
// (runtime.LockOSThread): a locked goroutine woken from the netpoller
// must be handed back to its own thread, at the cost of extra context
// switches. Both wait for the same events.
//
// The default is to block: an epoll set watched by the runtime's own epoll
// (nested) has its ready list re-scanned by the runtime, which can change
// the order in which ready descriptors are reported, and Node's traces
// depend on that order (libuv reports them in the kernel's order). Parking
// is for owners that value fewer context switches over that order.
func (p *Poller) SetBlockThread(block bool) {
	if !block && p.file == nil {
		p.register()
	}
	p.blockThread = block
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
	if err := epollCtl(p.epfd, op, fd, &p.ctlEv); err != nil {
		return err
	}
	if fd >= len(p.fds) {
		p.grow(fd)
	}
	p.fds[fd] = token
	p.reg[fd>>6] |= 1 << (fd & 63)
	return nil
}

// grow makes p.fds and p.reg long enough to index fd.
func (p *Poller) grow(fd int) {
	p.fds = growTable(p.fds, fd)
	reg := make([]uint64, (len(p.fds)+63)/64)
	copy(reg, p.reg)
	p.reg = reg
}

// registered reports whether fd is registered.
func (p *Poller) registered(fd int) bool {
	return fd >= 0 && fd < len(p.fds) && p.reg[fd>>6]&(1<<(fd&63)) != 0
}

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
		p.fds[fd] = 0
		p.reg[fd>>6] &^= 1 << (fd & 63)
	}
	// A non-nil event keeps pre-2.6.9 kernels happy; it is ignored.
	return epollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, &p.ctlEv)
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
	var n int
	var err error
	switch {
	case timeout == 0:
		n, err = epollWaitNow(p.epfd, buf)
	case p.file != nil && !p.blockThread:
		n, err = p.park(buf, timeout)
	default:
		n, err = unix.EpollWait(p.epfd, buf, waitMillis(timeout))
	}
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
		if !p.registered(fd) {
			// Registered by a descriptor that was closed without Remove
			// while another copy of it keeps the registration alive.
			continue
		}
		ev := Event{Token: p.fds[fd], FD: fd}
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

// epollCtl is epoll_ctl(2), which never blocks: a raw system call, as
// epollWaitNow.
func epollCtl(epfd, op, fd int, ev *unix.EpollEvent) error {
	_, _, e := unix.RawSyscall6(unix.SYS_EPOLL_CTL, uintptr(epfd), uintptr(op), uintptr(fd), uintptr(unsafe.Pointer(ev)), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// epollWaitNow is epoll_wait with a zero timeout. It never blocks, so it
// is a raw system call: the runtime does not hand the goroutine's P to
// another thread around it.
func epollWaitNow(epfd int, buf []unix.EpollEvent) (int, error) {
	r, _, e := syscall.RawSyscall6(unix.SYS_EPOLL_PWAIT, uintptr(epfd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// park polls, and while nothing is ready parks the goroutine in the
// runtime's netpoller until the epoll set is readable or the timeout
// passes. The netpoller watches the set edge-triggered: an event that
// arrives between the poll and the park marks the set ready, so the park
// returns at once and the poll is retried (RawConn.Read's contract).
func (p *Poller) park(buf []unix.EpollEvent, timeout time.Duration) (int, error) {
	if timeout > 0 {
		ms := waitMillis(timeout)
		_ = p.file.SetReadDeadline(time.Now().Add(time.Duration(ms) * time.Millisecond))
		p.deadline = true
	} else if p.deadline {
		_ = p.file.SetReadDeadline(time.Time{})
		p.deadline = false
	}
	p.wbuf, p.wn, p.werr = buf, 0, nil
	err := p.rc.Read(p.tryFn)
	p.wbuf = nil
	if err != nil {
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return 0, nil
		}
		return 0, err
	}
	return p.wn, p.werr
}

// try is park's poll: it reports whether to stop waiting.
func (p *Poller) try(fd uintptr) bool {
	n, err := epollWaitNow(int(fd), p.wbuf)
	if err == unix.EINTR {
		return false
	}
	p.wn, p.werr = n, err
	return n > 0 || err != nil
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
	if p.file != nil {
		p.file.Close()
		p.file, p.rc, p.tryFn = nil, nil, nil
	}
	err2 := unix.Close(p.epfd)
	p.fds, p.reg, p.buf = nil, nil, nil
	if err1 != nil {
		return err1
	}
	return err2
}
