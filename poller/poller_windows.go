// This file exists to give Windows its backend: readiness of sockets
// emulated on an I/O completion port with poll requests to the AFD driver
// (the kernel side of Winsock), and PostQueuedCompletionStatus to wake.
//
// Why readiness and not completion-based I/O: Windows' native model
// completes operations (overlapped WSARecv, WSASend, AcceptEx, ConnectEx)
// rather than reporting readiness, and libuv builds its own Windows
// streams on it. Doing the same here would give netmod and internal/sys a
// second data path (buffers owned by the kernel until completion, zero-byte
// reads for idle sockets, cancellation on close) beside the Unix one, and
// pause, backpressure, half-close and the event order would have to be
// proven twice. The AFD driver, however, answers IOCTL_AFD_POLL: "complete
// this request when one of these sockets is readable, writable, hung up,
// failed to connect or has a connection to accept". Issued on an
// overlapped handle of the driver itself (\Device\Afd\...), associated with
// the poller's completion port, such a request turns readiness into a
// completion packet, which is how wepoll and mio (Rust) give Windows an
// epoll. Above this file nothing changes: sockets are non-blocking,
// recv/send/accept/connect fail with WSAEWOULDBLOCK when they would block,
// and the loop waits for readiness as it does on Linux.
//
// Level triggering: a poll request is one-shot. A socket whose request
// completed is queued for resubmission and the next Wait submits a new
// request before it waits; if the socket is still ready (the loop stopped
// reading at its fairness budget, say), the driver completes the request at
// once and the socket is reported again, as epoll's level-triggered mode
// does. A change of interest cancels the request in flight and the next
// Wait submits one with the new interest.
//
// Memory the kernel writes (the IO_STATUS_BLOCK and the AFD_POLL_INFO of a
// request) lives in a sockState on the Go heap, which never moves; the
// poller keeps every state with a request in flight reachable, even after
// Remove, until the request's completion (normally the cancellation's)
// has been dequeued.
//
// Handles the AFD driver does not know (named pipes, see internal/sys's
// pipe_windows.go) have no readiness to poll for. Their owner registers
// them with Emulate as an Emulated source: Add associates the handle with
// the port (Attach), the owner's overlapped operations complete there with
// key emuKey and an Op whose Owner gets the packet (Complete), and the
// owner answers Ready from its own state (a buffer filled by a completed
// read, no write in flight, a connected instance waiting for Accept). Wait
// asks every watched emulated source for readiness, before blocking (a
// ready one makes the wait a poll) and after the packets are handled, and
// reports it level-triggered as it does sockets; the cost is one call per
// watched emulated handle per Wait.

package poller

import (
	"errors"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The AFD driver's poll request and its event bits.
const (
	ioctlAFDPoll = 0x00012024

	afdPollReceive          = 0x0001
	afdPollReceiveExpedited = 0x0002
	afdPollSend             = 0x0004
	afdPollDisconnect       = 0x0008
	afdPollAbort            = 0x0010
	afdPollLocalClose       = 0x0020
	afdPollAccept           = 0x0080
	afdPollConnectFail      = 0x0100

	// sioBaseHandle is SIO_BASE_HANDLE: the socket under any layered
	// service providers, the one the driver knows.
	sioBaseHandle = 0x48000022

	statusPending   = 0x00000103
	statusCancelled = 0xC0000120
	statusNotFound  = 0xC0000225

	// wakeKey is the completion key of Wake's packets; the AFD handle is
	// associated with key afdKey.
	wakeKey = 1
	afdKey  = 2
	// emuKey is the completion key of the handles of Emulated sources.
	emuKey = 3
)

var (
	modntdll    = windows.NewLazySystemDLL("ntdll.dll")
	modkernel32 = windows.NewLazySystemDLL("kernel32.dll")

	procNtDeviceIoControlFile       = modntdll.NewProc("NtDeviceIoControlFile")
	procNtCancelIoFileEx            = modntdll.NewProc("NtCancelIoFileEx")
	procGetQueuedCompletionStatusEx = modkernel32.NewProc("GetQueuedCompletionStatusEx")
)

// afdPollHandle is AFD_POLL_HANDLE_INFO.
type afdPollHandle struct {
	Handle windows.Handle
	Events uint32
	Status windows.NTStatus
}

// afdPollInfo is AFD_POLL_INFO with room for one socket.
type afdPollInfo struct {
	Timeout         int64
	NumberOfHandles uint32
	Exclusive       uint32
	Handles         [1]afdPollHandle
}

// sockState is one watched socket. iosb must stay the first field: its
// address is the request's context, handed back as the completion
// packet's OVERLAPPED pointer.
type sockState struct {
	iosb   windows.IO_STATUS_BLOCK
	info   afdPollInfo
	cancel windows.IO_STATUS_BLOCK // NtCancelIoFileEx's own status

	fd       int
	base     windows.Handle
	token    uint64
	want     Interest
	asked    uint32 // AFD events of the request in flight
	inFlight bool   // a request is submitted and its packet not yet dequeued
	queued   bool   // in Poller.update
	removed  bool   // Remove ran: forget the state once its packet is in
}

// Poller watches sockets for readiness with AFD poll requests on an I/O
// completion port. Create it with New. Only Wake may be called from a
// goroutine other than the owner's.
type Poller struct {
	iocp windows.Handle
	afd  windows.Handle

	socks   map[int]*sockState      // watched sockets; owner-only
	emus    map[int]*emuState       // watched emulated handles; owner-only
	zombies map[*sockState]struct{} // removed, request still in flight
	update  []*sockState            // to (re)submit before waiting
	spare   []*sockState            // the other update list, reused
	entries []overlappedEntry       // reused by Wait

	woken  atomic.Bool
	closed atomic.Bool
	mu     sync.RWMutex // Wake holds it for reading, Close for writing
}

var errNoRoom = errors.New("poller: Wait needs a non-empty events slice")

// overlappedEntry is OVERLAPPED_ENTRY, what GetQueuedCompletionStatusEx
// fills: for an AFD request, Overlapped is the request's context (the
// address of its sockState).
type overlappedEntry struct {
	Key        uintptr
	Overlapped unsafe.Pointer
	Internal   uintptr
	Bytes      uint32
}

// afdSeq numbers the AFD device handles of a process (cosmetic: the name
// after \Device\Afd\ is free).
var afdSeq atomic.Uint32

// New creates a completion port and an AFD device handle associated with
// it.
func New() (*Poller, error) {
	iocp, err := windows.CreateIoCompletionPort(windows.InvalidHandle, 0, 0, 1)
	if err != nil {
		return nil, err
	}
	afd, err := openAFD(iocp)
	if err != nil {
		windows.CloseHandle(iocp)
		return nil, err
	}
	return &Poller{
		iocp:    iocp,
		afd:     afd,
		socks:   make(map[int]*sockState),
		emus:    make(map[int]*emuState),
		zombies: make(map[*sockState]struct{}),
	}, nil
}

// openAFD opens a handle to the AFD driver for poll requests and
// associates it with iocp.
func openAFD(iocp windows.Handle) (windows.Handle, error) {
	// The name must exist in the object namespace; the part after
	// \Device\Afd is ignored by the driver.
	name, err := windows.NewNTUnicodeString(`\Device\Afd\Nodenet` + strconv.FormatUint(uint64(afdSeq.Add(1)), 10))
	if err != nil {
		return 0, err
	}
	oa := windows.OBJECT_ATTRIBUTES{ObjectName: name}
	oa.Length = uint32(unsafe.Sizeof(oa))
	var h windows.Handle
	var iosb windows.IO_STATUS_BLOCK
	err = windows.NtCreateFile(&h, windows.SYNCHRONIZE, &oa, &iosb, nil, 0,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, windows.FILE_OPEN, 0, 0, 0)
	if err != nil {
		return 0, err
	}
	if _, err := windows.CreateIoCompletionPort(h, iocp, afdKey, 0); err != nil {
		windows.CloseHandle(h)
		return 0, err
	}
	// A completed request need not signal the handle: nobody waits on it.
	if err := windows.SetFileCompletionNotificationModes(h, windows.FILE_SKIP_SET_EVENT_ON_HANDLE); err != nil {
		windows.CloseHandle(h)
		return 0, err
	}
	return h, nil
}

// baseHandle returns the socket the AFD driver knows for fd (the same
// handle unless a layered provider wraps it).
func baseHandle(fd int) windows.Handle {
	var base windows.Handle
	var n uint32
	err := windows.WSAIoctl(windows.Handle(fd), sioBaseHandle, nil, 0,
		(*byte)(unsafe.Pointer(&base)), uint32(unsafe.Sizeof(base)), &n, nil, 0)
	if err != nil || base == 0 || base == windows.InvalidHandle {
		return windows.Handle(fd)
	}
	return base
}

// SetBlockThread does nothing on Windows: Wait always blocks its thread in
// GetQueuedCompletionStatusEx.
func (p *Poller) SetBlockThread(block bool) {}

// Add starts watching the socket fd (a SOCKET handle as an int) for the
// kinds in in, reporting token with each Event. Adding a socket that is
// already watched fails with EEXIST. As with epoll, errors and hang-ups are
// reported whatever the interest, interest 0 included.
func (p *Poller) Add(fd int, in Interest, token uint64) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if fd <= 0 {
		return windows.WSAENOTSOCK
	}
	if _, ok := p.socks[fd]; ok {
		return syscall.EEXIST
	}
	if src := emulated(fd); src != nil {
		if _, ok := p.emus[fd]; ok {
			return syscall.EEXIST
		}
		if err := src.Attach(p.iocp, emuKey); err != nil {
			return err
		}
		p.emus[fd] = &emuState{src: src, token: token, want: in}
		return nil
	}
	s := &sockState{fd: fd, base: baseHandle(fd), token: token, want: in}
	p.socks[fd] = s
	p.queue(s)
	return nil
}

// Modify replaces the interest set and token of a watched socket; one that
// is not watched fails with ENOENT.
func (p *Poller) Modify(fd int, in Interest, token uint64) error {
	if p.closed.Load() {
		return ErrClosed
	}
	s, ok := p.socks[fd]
	if !ok {
		if e := p.emus[fd]; e != nil {
			e.token, e.want = token, in
			return nil
		}
		return syscall.ENOENT
	}
	s.token = token
	if s.want != in {
		s.want = in
		p.queue(s)
	}
	return nil
}

// Remove stops watching fd. Call it before closing the socket. A socket
// that is not watched fails with ENOENT.
func (p *Poller) Remove(fd int) error {
	if p.closed.Load() {
		return ErrClosed
	}
	s, ok := p.socks[fd]
	if !ok {
		if _, ok := p.emus[fd]; ok {
			delete(p.emus, fd)
			return nil
		}
		return syscall.ENOENT
	}
	delete(p.socks, fd)
	s.removed = true
	if s.inFlight {
		p.zombies[s] = struct{}{}
		p.cancel(s)
	}
	return nil
}

// queue marks s for (re)submission by the next Wait.
func (p *Poller) queue(s *sockState) {
	if !s.queued {
		s.queued = true
		p.update = append(p.update, s)
	}
}

// afdEvents is the AFD event set for interest in. Errors and hang-ups are
// always asked for.
func afdEvents(in Interest) uint32 {
	ev := uint32(afdPollAbort | afdPollConnectFail | afdPollLocalClose)
	if in&Read != 0 {
		ev |= afdPollReceive | afdPollAccept | afdPollDisconnect
	}
	if in&Write != 0 {
		ev |= afdPollSend
	}
	return ev
}

// submit sends the poll request of s, or, when one with other events is in
// flight, cancels it (its packet requeues s).
func (p *Poller) submit(s *sockState) error {
	ev := afdEvents(s.want)
	if s.inFlight {
		if s.asked != ev {
			p.cancel(s)
		}
		return nil
	}
	s.info = afdPollInfo{
		Timeout:         math.MaxInt64,
		NumberOfHandles: 1,
		Handles:         [1]afdPollHandle{{Handle: s.base, Events: ev}},
	}
	s.iosb = windows.IO_STATUS_BLOCK{Status: statusPending}
	r, _, _ := syscall.SyscallN(procNtDeviceIoControlFile.Addr(), uintptr(p.afd), 0, 0,
		uintptr(unsafe.Pointer(&s.iosb)), uintptr(unsafe.Pointer(&s.iosb)), ioctlAFDPoll,
		uintptr(unsafe.Pointer(&s.info)), unsafe.Sizeof(s.info),
		uintptr(unsafe.Pointer(&s.info)), unsafe.Sizeof(s.info))
	if st := uint32(r); st != 0 && st != statusPending {
		return windows.NTStatus(st).Errno()
	}
	s.inFlight = true
	s.asked = ev
	return nil
}

// cancel asks the driver to end the request of s; its packet comes anyway
// (with STATUS_CANCELLED, or its result if it had completed already).
func (p *Poller) cancel(s *sockState) {
	syscall.SyscallN(procNtCancelIoFileEx.Addr(), uintptr(p.afd), uintptr(unsafe.Pointer(&s.iosb)), uintptr(unsafe.Pointer(&s.cancel)))
}

// Wait submits the poll requests that are due, then blocks until at least
// one watched socket is ready, Wake is called, or timeout passes, fills
// events and returns how many it filled (at most len(events)). A negative
// timeout waits forever, zero polls without blocking, and a positive
// timeout is rounded up to whole milliseconds. A Wake ends the wait but is
// not itself reported, so Wait may return 0 with a nil error. A socket
// appears at most once per call. HangUp always comes with Readable.
func (p *Poller) Wait(events []Event, timeout time.Duration) (int, error) {
	if p.closed.Load() {
		return 0, ErrClosed
	}
	if len(events) == 0 {
		return 0, errNoRoom
	}
	// A request the driver refuses (the socket was closed, or is not
	// one) is reported as an error event, as epoll reports EPOLLERR.
	k := 0
	upd := p.update
	p.update, p.spare = p.spare[:0], nil // queue appends to a new list meanwhile
	for i, s := range upd {
		upd[i] = nil
		s.queued = false
		if s.removed {
			continue
		}
		if err := p.submit(s); err != nil {
			if k < len(events) {
				events[k] = Event{Token: s.token, FD: s.fd, Readable: true, Err: true, HangUp: true}
				k++
			} else {
				p.queue(s)
			}
		}
	}
	p.spare = upd[:0]
	if k > 0 || p.anyEmulatedReady() {
		timeout = 0
	}
	if cap(p.entries) < len(events) {
		p.entries = make([]overlappedEntry, len(events))
	}
	if k == len(events) {
		return k, nil
	}
	// Dequeue no more packets than there is room for: a dequeued packet
	// that is not reported would lose its socket's readiness for good.
	entries := p.entries[:len(events)-k]
	var n uint32
	r, _, e := syscall.SyscallN(procGetQueuedCompletionStatusEx.Addr(), uintptr(p.iocp),
		uintptr(unsafe.Pointer(&entries[0])), uintptr(len(entries)),
		uintptr(unsafe.Pointer(&n)), uintptr(waitMillis(timeout)), 0)
	if r == 0 {
		if e == windows.WAIT_TIMEOUT {
			return p.emulatedEvents(events, k), nil
		}
		return k, e
	}
	for i := range entries[:n] {
		en := &entries[i]
		if en.Key == wakeKey {
			p.woken.Store(false)
			continue
		}
		if en.Key == emuKey {
			o := (*Op)(unsafe.Pointer(en.Overlapped))
			o.Owner.Complete(o, en.Bytes, o.err())
			continue
		}
		s := (*sockState)(unsafe.Pointer(en.Overlapped))
		s.inFlight = false
		if s.removed {
			delete(p.zombies, s)
			continue
		}
		// Level-triggered: ask again before the next wait.
		p.queue(s)
		st := uint32(s.iosb.Status)
		if st == statusCancelled || s.info.NumberOfHandles == 0 {
			continue // an interest change, or nothing to report
		}
		var ev Event
		if st != 0 {
			ev.Err, ev.Readable, ev.HangUp = true, true, true
		} else {
			ev = toEvent(s.info.Handles[0].Events, s.want)
		}
		if !ev.Readable && !ev.Writable && !ev.Err && !ev.HangUp {
			continue
		}
		ev.Token, ev.FD = s.token, s.fd
		events[k] = ev
		k++
	}
	return p.emulatedEvents(events, k), nil
}

// toEvent turns the AFD events of a completed request into an Event,
// keeping Readable and Writable to the interest in (as a request asked
// under an older interest may report them).
func toEvent(afd uint32, in Interest) Event {
	var ev Event
	if afd&(afdPollReceive|afdPollReceiveExpedited|afdPollAccept) != 0 && in&Read != 0 {
		ev.Readable = true
	}
	if afd&afdPollSend != 0 && in&Write != 0 {
		ev.Writable = true
	}
	if afd&(afdPollDisconnect|afdPollAbort|afdPollLocalClose) != 0 {
		ev.HangUp, ev.Readable = true, true
	}
	if afd&(afdPollAbort|afdPollConnectFail) != 0 {
		ev.Err = true
		if in&Write != 0 {
			ev.Writable = true
		}
	}
	return ev
}

// waitMillis converts a Wait timeout to GetQueuedCompletionStatusEx's:
// INFINITE for a negative one, milliseconds rounded up otherwise.
func waitMillis(d time.Duration) uint32 {
	if d < 0 {
		return windows.INFINITE
	}
	ms := (d + time.Millisecond - 1) / time.Millisecond
	if ms >= windows.INFINITE {
		return windows.INFINITE - 1
	}
	return uint32(ms)
}

// Wake makes a blocked (or the next) Wait return. It is safe from any
// goroutine; concurrent Wakes before the owner's next Wait post one packet
// in total. After Close it returns ErrClosed.
func (p *Poller) Wake() error {
	if p.closed.Load() {
		return ErrClosed
	}
	if !p.woken.CompareAndSwap(false, true) {
		return nil
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed.Load() {
		return ErrClosed
	}
	if err := windows.PostQueuedCompletionStatus(p.iocp, 0, wakeKey, nil); err != nil {
		p.woken.Store(false)
		return err
	}
	return nil
}

// Close cancels the requests in flight, waits (boundedly) for their
// packets so that the kernel no longer writes to their states, and closes
// the AFD handle and the completion port. It does not close the watched
// sockets. Every later call, including a second Close, returns ErrClosed.
func (p *Poller) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Load() {
		return ErrClosed
	}
	p.closed.Store(true)
	for _, s := range p.socks {
		if s.inFlight {
			s.removed = true
			p.zombies[s] = struct{}{}
			p.cancel(s)
		}
	}
	var entries [64]overlappedEntry
	for tries := 0; len(p.zombies) > 0 && tries < 100; tries++ {
		var n uint32
		r, _, _ := syscall.SyscallN(procGetQueuedCompletionStatusEx.Addr(), uintptr(p.iocp),
			uintptr(unsafe.Pointer(&entries[0])), uintptr(len(entries)),
			uintptr(unsafe.Pointer(&n)), 100, 0)
		if r == 0 {
			break
		}
		for i := range entries[:n] {
			if entries[i].Key == wakeKey {
				continue
			}
			if entries[i].Key == emuKey {
				o := (*Op)(unsafe.Pointer(entries[i].Overlapped))
				o.Owner.Complete(o, entries[i].Bytes, o.err())
				continue
			}
			delete(p.zombies, (*sockState)(unsafe.Pointer(entries[i].Overlapped)))
		}
	}
	if len(p.zombies) > 0 {
		// Keep them reachable for good rather than let the kernel
		// write to freed memory.
		leaked.Lock()
		for s := range p.zombies {
			leaked.states = append(leaked.states, s)
		}
		leaked.Unlock()
	}
	err1 := windows.CloseHandle(p.afd)
	err2 := windows.CloseHandle(p.iocp)
	p.socks, p.emus, p.zombies, p.update, p.entries = nil, nil, nil, nil, nil
	if err1 != nil {
		return err1
	}
	return err2
}

// leaked holds states whose requests never completed before Close gave up
// on them.
var leaked struct {
	sync.Mutex
	states []*sockState
}
