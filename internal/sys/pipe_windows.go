// This file gives Windows named pipes (\\.\pipe\name, \\?\pipe\name) the
// same calls sockets have: Read, Write, Writev, Accept, Shutdown, Close and
// SocketError take a pipe's descriptor as they take a socket's, and the
// poller reports its readiness as it does a socket's. This is how Node's
// IPC works on Windows (libuv's uv_pipe_t there is a named pipe).
//
// Why emulated readiness: named pipes are unknown to the AFD driver, so
// the poller cannot ask for their readiness, and their native model is
// overlapped I/O. netmod, however, is written for readiness (non-blocking
// read and write that fail with EAGAIN, level-triggered events), and its
// event order, pause, backpressure and half-close are proven against that
// model. So a pipe keeps its overlapped operations to itself and shows
// readiness above:
//
//   - reads: one overlapped ReadFile into the pipe's own 64 KiB buffer is
//     in flight while the buffer is empty. Its completion fills the buffer
//     (the pipe is readable); Read copies out of it, and only once it is
//     drained is the next ReadFile issued. A paused socket stops calling
//     Read, so at most one buffer is taken from the pipe and the writer
//     meets the pipe's own backpressure, as a socket's peer meets a full
//     receive window.
//   - writes: Write copies up to 64 KiB into the pipe's write buffer and
//     issues one overlapped WriteFile; until it completes the pipe is not
//     writable and Write fails with EAGAIN, which is netmod's
//     backpressure.
//   - a listener keeps several instances of the pipe (Node's pending
//     instances, 4 by default), each with an overlapped ConnectNamedPipe,
//     so that clients are not refused while the server is busy; a
//     completed one is a connection for Accept, which creates a new
//     instance in its place.
//   - connect: CreateFile; when every instance is busy (ERROR_PIPE_BUSY) a
//     goroutine waits for one (WaitNamedPipe) and retries, then posts the
//     result to the completion port, as libuv retries in its thread pool.
//
// Every operation completes on the loop's completion port (package poller,
// Emulated) and is handled on the loop's goroutine. A pipe descriptor is
// not a handle: pipe descriptors are numbers ≡ 1 (mod 4), which no handle
// is (handles are multiples of 4), so the socket calls tell them apart
// without a lookup.
//
// Half-close: a named pipe has no shutdown of one direction. After
// Shutdown the pipe waits for its write in flight, then for the peer to
// stop sending (no data for 50 ms, the grace libuv gives on Windows), and
// closes its handle: the peer reads EOF, and so does this side. Data the
// peer sends after that grace is refused (EPIPE at the peer).

package sys

import (
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/nodenet/nodenet/poller"
	"golang.org/x/sys/windows"
)

// The kinds of a pipe's operations (poller.Op.Kind).
const (
	pipeOpRead = iota + 1
	pipeOpWrite
	pipeOpAccept // ConnectNamedPipe on a listener's instance
	pipeOpDial   // the connect goroutine's result
	pipeOpGrace  // the half-close grace ended
)

const (
	pipeBufSize = 64 << 10
	// pipeGrace is how long a pipe that was shut down waits for more
	// data before it closes.
	pipeGrace = 50 * time.Millisecond
	// pipeWaitMillis is how long one WaitNamedPipe waits for a free
	// instance.
	pipeWaitMillis = 30000
)

var procWaitNamedPipeW = windows.NewLazySystemDLL("kernel32.dll").NewProc("WaitNamedPipeW")

// pipes holds the open pipe descriptors, and the closed ones whose
// operations are still in flight (the kernel writes to their OVERLAPPEDs
// until the completion packets are in).
var pipes struct {
	sync.Mutex
	m       map[int]*pipe
	closing map[*pipe]struct{}
	seq     int
	free    []int // descriptors of closed pipes, for reuse
}

// pipeOf returns the pipe of descriptor fd, or nil when fd is not one.
func pipeOf(fd int) *pipe {
	if fd&3 != 1 {
		return nil
	}
	pipes.Lock()
	p := pipes.m[fd]
	pipes.Unlock()
	return p
}

// pipeInst is a listener's instance waiting for a client.
type pipeInst struct {
	op poller.Op
	h  windows.Handle
}

// pipe is a named pipe: a listener (a set of instances) or one end of a
// connection. Its fields belong to the loop's goroutine, but for dial's,
// which the connect goroutine hands over under dialMu.
type pipe struct {
	fd   int
	name string
	h    windows.Handle // the connection's handle; 0 before connect and once closed
	port windows.Handle // the completion port, once attached
	key  uintptr

	busy   int  // operations in flight
	closed bool // Close ran

	// listener
	listener bool
	want     int // pending instances to keep
	insts    []*pipeInst
	ready    []windows.Handle // connected instances for Accept
	sa       *windows.SecurityAttributes
	sd       *windows.SECURITY_DESCRIPTOR // kept for sa

	// connecting
	dialing  bool
	dialOp   poller.Op
	dialMu   sync.Mutex
	dialH    windows.Handle
	dialErr  error
	dialName *uint16 // the name to wait for, until the dial starts
	cancel   atomic.Bool
	connErr  error

	// reading
	rop     poller.Op
	rbuf    []byte
	roff    int
	rlen    int
	reading bool
	reof    bool
	rerr    error
	rgen    uint64 // reads completed with data, for the grace

	// writing
	wop     poller.Op
	wbuf    []byte
	woff    int
	wlen    int
	writing bool
	werr    error

	// half-close
	shut      bool
	grace     *time.Timer
	graceOp   poller.Op
	graceRGen uint64 // rgen when the grace was armed
	graced    bool   // the grace timer is armed (its packet due)
}

// register gives p a descriptor.
func (p *pipe) register() int {
	pipes.Lock()
	if pipes.m == nil {
		pipes.m = make(map[int]*pipe)
		pipes.closing = make(map[*pipe]struct{})
	}
	// Reuse closed descriptors: the loop indexes its watchers by
	// descriptor, so the numbers should stay small.
	if n := len(pipes.free); n > 0 {
		p.fd = pipes.free[n-1]
		pipes.free = pipes.free[:n-1]
	} else {
		pipes.seq++
		p.fd = pipes.seq<<2 | 1
	}
	pipes.m[p.fd] = p
	pipes.Unlock()
	poller.Emulate(p.fd, p)
	return p.fd
}

// pipeName is name as UTF-16 for the pipe calls; a name with a NUL is
// not a pipe's.
func pipeName(name string) (*uint16, error) {
	u, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil, syscall.EINVAL
	}
	return u, nil
}

// PipeListen creates the named pipe name, its first instance, and returns
// a listening descriptor that keeps instances pending instances (at least
// one) once watched. A name already in use fails with EADDRINUSE.
func PipeListen(name string, instances int) (int, error) {
	u, err := pipeName(name)
	if err != nil {
		return -1, err
	}
	if instances < 1 {
		instances = 1
	}
	// FILE_FLAG_FIRST_PIPE_INSTANCE refuses a name in use; wine ignores
	// the flag, so ask first whether the name has instances (no wait, and
	// no connection to them).
	if r, _, e := syscall.SyscallN(procWaitNamedPipeW.Addr(), uintptr(unsafe.Pointer(u)), 1); r != 0 || e == windows.ERROR_SEM_TIMEOUT {
		return -1, syscall.EADDRINUSE
	}
	h, err := createInstance(u, true, nil)
	if err != nil {
		return -1, err
	}
	p := &pipe{name: name, listener: true, want: instances}
	p.insts = append(p.insts, p.newInst(h))
	return p.register(), nil
}

// createInstance creates an instance of pipe name.
func createInstance(u *uint16, first bool, sa *windows.SecurityAttributes) (windows.Handle, error) {
	flags := uint32(windows.PIPE_ACCESS_DUPLEX | windows.FILE_FLAG_OVERLAPPED | windows.WRITE_DAC)
	if first {
		flags |= windows.FILE_FLAG_FIRST_PIPE_INSTANCE
	}
	h, err := windows.CreateNamedPipe(u, flags,
		windows.PIPE_TYPE_BYTE|windows.PIPE_READMODE_BYTE|windows.PIPE_WAIT,
		windows.PIPE_UNLIMITED_INSTANCES, pipeBufSize, pipeBufSize, 0, sa)
	if err != nil {
		switch err {
		case windows.ERROR_ACCESS_DENIED, windows.ERROR_PIPE_BUSY:
			// FILE_FLAG_FIRST_PIPE_INSTANCE: another process (or
			// server) has the name.
			return 0, syscall.EADDRINUSE
		case windows.ERROR_INVALID_NAME, windows.ERROR_BAD_PATHNAME:
			return 0, syscall.EACCES
		}
		return 0, errnoOf(err)
	}
	return h, nil
}

func (p *pipe) newInst(h windows.Handle) *pipeInst {
	in := &pipeInst{h: h}
	in.op.Owner, in.op.Kind = p, pipeOpAccept
	return in
}

// PipeChmod makes the listening pipe fd readable and/or writable by every
// user (Node's readableAll and writableAll, uv_pipe_chmod on Windows): an
// access entry for Everyone joins the pipe's DACL, on its instances and
// on those created later.
func PipeChmod(fd int, readable, writable bool) error {
	p := pipeOf(fd)
	if p == nil || !p.listener || len(p.insts) == 0 {
		return syscall.EBADF
	}
	var mask windows.ACCESS_MASK
	if readable {
		mask |= windows.FILE_GENERIC_READ
	}
	if writable {
		mask |= windows.FILE_GENERIC_WRITE
	}
	if mask == 0 {
		return nil
	}
	everyone, err := windows.CreateWellKnownSid(windows.WinWorldSid)
	if err != nil {
		return errnoOf(err)
	}
	sd, err := windows.GetSecurityInfo(p.insts[0].h, windows.SE_KERNEL_OBJECT, windows.DACL_SECURITY_INFORMATION)
	if err != nil {
		return errnoOf(err)
	}
	dacl, _, err := sd.DACL()
	if err != nil || dacl == nil {
		// No DACL, or a null one: every user has every access already
		// (wine gives pipes none).
		return nil
	}
	acl, err := windows.ACLFromEntries([]windows.EXPLICIT_ACCESS{{
		AccessPermissions: mask,
		AccessMode:        windows.GRANT_ACCESS,
		Inheritance:       windows.NO_INHERITANCE,
		Trustee: windows.TRUSTEE{
			TrusteeForm:  windows.TRUSTEE_IS_SID,
			TrusteeType:  windows.TRUSTEE_IS_WELL_KNOWN_GROUP,
			TrusteeValue: windows.TrusteeValueFromSID(everyone),
		},
	}}, dacl)
	if err != nil {
		return errnoOf(err)
	}
	for _, in := range p.insts {
		if err := windows.SetSecurityInfo(in.h, windows.SE_KERNEL_OBJECT, windows.DACL_SECURITY_INFORMATION, nil, nil, acl, nil); err != nil {
			return errnoOf(err)
		}
	}
	nsd, err := windows.NewSecurityDescriptor()
	if err != nil {
		return errnoOf(err)
	}
	if err := nsd.SetDACL(acl, true, false); err != nil {
		return errnoOf(err)
	}
	p.sd = nsd
	p.sa = &windows.SecurityAttributes{Length: uint32(unsafe.Sizeof(windows.SecurityAttributes{})), SecurityDescriptor: nsd}
	return nil
}

// PipeDACL returns the DACL of the listening pipe fd's first instance in
// SDDL, for tests.
func PipeDACL(fd int) (string, error) {
	p := pipeOf(fd)
	if p == nil || !p.listener || len(p.insts) == 0 {
		return "", syscall.EBADF
	}
	sd, err := windows.GetSecurityInfo(p.insts[0].h, windows.SE_KERNEL_OBJECT, windows.DACL_SECURITY_INFORMATION)
	if err != nil {
		return "", errnoOf(err)
	}
	return sd.String(), nil
}

// PipeSocket returns the descriptor of a pipe not yet connected, for
// PipeConnect (as Socket is for Connect).
func PipeSocket() int {
	p := &pipe{}
	return p.register()
}

// PipeConnect connects the pipe fd to the named pipe name: nil when it
// connected at once, EINPROGRESS when every instance is busy and the
// connect goes on in the background (wait for writability, then read
// SocketError), or the error (ENOENT: no such pipe).
func PipeConnect(fd int, name string) error {
	p := pipeOf(fd)
	if p == nil || p.listener || p.h != 0 || p.dialing {
		return syscall.EISCONN
	}
	u, err := pipeName(name)
	if err != nil {
		return err
	}
	p.name = name
	h, err := openPipe(u)
	if err == windows.ERROR_PIPE_BUSY {
		p.dialing = true
		p.dialName = u
		p.dialOp.Owner, p.dialOp.Kind = p, pipeOpDial
		p.busy++
		if p.port != 0 {
			go p.dial(u, p.port, p.key)
		}
		return syscall.EINPROGRESS
	}
	if err != nil {
		return errnoOf(err)
	}
	return p.connected(h, false)
}

func openPipe(u *uint16) (windows.Handle, error) {
	return windows.CreateFile(u, windows.GENERIC_READ|windows.GENERIC_WRITE, 0, nil,
		windows.OPEN_EXISTING, windows.FILE_FLAG_OVERLAPPED, 0)
}

// dial waits for a free instance of the pipe and connects to it, then
// posts the result to port. It runs on its own goroutine, and gives up
// after pipeWaitMillis (ETIMEDOUT) or when the pipe is closed.
func (p *pipe) dial(u *uint16, port windows.Handle, key uintptr) {
	var h windows.Handle
	var err error
	deadline := time.Now().Add(pipeWaitMillis * time.Millisecond)
	for {
		if p.cancel.Load() {
			err = windows.ERROR_OPERATION_ABORTED
			break
		}
		if time.Now().After(deadline) {
			err = windows.ERROR_SEM_TIMEOUT
			break
		}
		// Short waits, so that a closed pipe stops waiting soon.
		r, _, e := syscall.SyscallN(procWaitNamedPipeW.Addr(), uintptr(unsafe.Pointer(u)), 100)
		if r == 0 && e != windows.ERROR_SEM_TIMEOUT {
			err = e
			break
		}
		if r == 0 {
			continue
		}
		h, err = openPipe(u)
		if err != windows.ERROR_PIPE_BUSY {
			break
		}
		err = nil
	}
	p.dialMu.Lock()
	p.dialH, p.dialErr = h, err
	p.dialMu.Unlock()
	// If the port is gone, so is the loop: nobody reads the result.
	_ = windows.PostQueuedCompletionStatus(port, 0, key, &p.dialOp.Overlapped)
}

// connected makes h the connection of p and starts reading once attached;
// associated is whether h is on the port already (an accepted instance).
func (p *pipe) connected(h windows.Handle, associated bool) error {
	if p.port != 0 && !associated {
		if _, err := windows.CreateIoCompletionPort(h, p.port, p.key, 0); err != nil {
			windows.CloseHandle(h)
			return errnoOf(err)
		}
	}
	p.h = h
	p.rop.Owner, p.rop.Kind = p, pipeOpRead
	p.wop.Owner, p.wop.Kind = p, pipeOpWrite
	if p.port != 0 {
		p.startRead()
	}
	return nil
}

// Attach is poller.Emulated's: associate the handles with the port and
// start the operations readiness comes from.
func (p *pipe) Attach(port windows.Handle, key uintptr) error {
	if p.closed {
		return syscall.EBADF
	}
	if p.port != 0 {
		if p.port != port {
			return syscall.EINVAL // a pipe serves one loop
		}
		if p.h != 0 && !p.reading && p.rlen == 0 && !p.reof && p.rerr == nil {
			p.startRead()
		}
		return nil
	}
	p.port, p.key = port, key
	if p.dialing {
		go p.dial(p.dialName, port, key)
		return nil
	}
	if p.listener {
		for _, in := range p.insts {
			if _, err := windows.CreateIoCompletionPort(in.h, port, key, 0); err != nil {
				return errnoOf(err)
			}
		}
		insts := p.insts
		p.insts = p.insts[:0:0]
		for _, in := range insts {
			p.listen(in)
		}
		p.replenish()
		return nil
	}
	if p.h != 0 {
		if _, err := windows.CreateIoCompletionPort(p.h, port, key, 0); err != nil {
			return errnoOf(err)
		}
		p.startRead()
	}
	return nil
}

// listen starts ConnectNamedPipe on in.
func (p *pipe) listen(in *pipeInst) {
	in.op.Overlapped = windows.Overlapped{}
	err := windows.ConnectNamedPipe(in.h, &in.op.Overlapped)
	switch err {
	case nil, windows.ERROR_IO_PENDING:
		p.busy++
		p.insts = append(p.insts, in)
	case windows.ERROR_PIPE_CONNECTED:
		// A client connected before we asked: no packet comes.
		p.ready = append(p.ready, in.h)
	default:
		// ERROR_NO_DATA: a client came and went.
		windows.CloseHandle(in.h)
	}
}

// replenish creates instances until want are pending.
func (p *pipe) replenish() {
	u, err := pipeName(p.name)
	if err != nil {
		return
	}
	for len(p.insts) < p.want {
		h, err := createInstance(u, false, p.sa)
		if err != nil {
			return
		}
		if _, err := windows.CreateIoCompletionPort(h, p.port, p.key, 0); err != nil {
			windows.CloseHandle(h)
			return
		}
		n := len(p.insts) + len(p.ready)
		p.listen(p.newInst(h))
		if len(p.insts)+len(p.ready) == n {
			return // it failed at once; try again on the next Accept
		}
	}
}

// startRead issues the overlapped read into the empty buffer.
func (p *pipe) startRead() {
	if p.rbuf == nil {
		p.rbuf = make([]byte, pipeBufSize)
	}
	p.rop.Overlapped = windows.Overlapped{}
	err := windows.ReadFile(p.h, p.rbuf, nil, &p.rop.Overlapped)
	switch {
	case err == nil || err == windows.ERROR_IO_PENDING:
		p.reading = true
		p.busy++
	case isPipeEOF(err):
		p.reof = true
	default:
		p.rerr = errnoOf(err)
	}
}

// isPipeEOF reports whether err is the end of the peer's data.
func isPipeEOF(err error) bool {
	switch err {
	case windows.ERROR_BROKEN_PIPE, windows.ERROR_PIPE_NOT_CONNECTED, windows.ERROR_HANDLE_EOF, windows.ERROR_NO_DATA:
		return true
	}
	return false
}

// Complete is poller.Emulated's: an operation of p completed.
func (p *pipe) Complete(op *poller.Op, n uint32, err error) {
	p.busy--
	if p.closed {
		if op.Kind == pipeOpDial {
			p.dialMu.Lock()
			if p.dialH != 0 {
				windows.CloseHandle(p.dialH)
			}
			p.dialMu.Unlock()
		}
		if p.busy == 0 {
			pipes.Lock()
			delete(pipes.closing, p)
			pipes.Unlock()
		}
		return
	}
	switch op.Kind {
	case pipeOpRead:
		p.reading = false
		switch {
		case err == nil && n == 0:
			p.startRead() // a zero-length write of the peer
		case err == nil:
			p.roff, p.rlen = 0, int(n)
			p.rgen++
		case p.h == 0:
			p.reof = true // the grace closed the pipe
		case isPipeEOF(err):
			p.reof = true
		default:
			p.rerr = errnoOf(err)
		}
		if p.reof && p.shut {
			p.closeHandle()
		}
	case pipeOpWrite:
		p.writing = false
		if err != nil {
			p.werr = pipeWriteErr(err)
			break
		}
		p.woff += int(n)
		if p.woff < p.wlen {
			p.startWrite()
			break
		}
		if p.shut {
			p.startGrace()
		}
	case pipeOpAccept:
		for i, in := range p.insts {
			if &in.op != op {
				continue
			}
			p.insts = append(p.insts[:i], p.insts[i+1:]...)
			if err == nil || err == windows.ERROR_PIPE_CONNECTED {
				p.ready = append(p.ready, in.h)
			} else {
				windows.CloseHandle(in.h)
				p.replenish()
			}
			break
		}
	case pipeOpDial:
		p.dialing = false
		p.dialMu.Lock()
		h, derr := p.dialH, p.dialErr
		p.dialH = 0
		p.dialMu.Unlock()
		if derr != nil {
			p.connErr = errnoOf(derr)
			break
		}
		if e := p.connected(h, false); e != nil {
			p.connErr = e
		}
	case pipeOpGrace:
		p.graced = false
		if p.roff < p.rlen || p.rgen != p.graceRGen {
			p.startGrace() // data came: wait again
			break
		}
		p.closeHandle()
	}
}

func pipeWriteErr(err error) error {
	if isPipeEOF(err) {
		return syscall.EPIPE
	}
	return errnoOf(err)
}

// startGrace arms the half-close grace: if no data comes within it, the
// pipe closes (see the file's header).
func (p *pipe) startGrace() {
	if p.h == 0 {
		return
	}
	if p.reof || p.rerr != nil {
		p.closeHandle()
		return
	}
	if p.graced {
		return
	}
	p.graced = true
	p.graceRGen = p.rgen
	p.graceOp = poller.Op{Owner: p, Kind: pipeOpGrace}
	p.busy++
	port, key := p.port, p.key
	p.grace = time.AfterFunc(pipeGrace, func() {
		_ = windows.PostQueuedCompletionStatus(port, 0, key, &p.graceOp.Overlapped)
	})
}

// closeHandle closes the connection's handle, cancelling its operations:
// the peer reads EOF.
func (p *pipe) closeHandle() {
	if p.h == 0 {
		return
	}
	windows.CloseHandle(p.h)
	p.h = 0
	if !p.reading {
		p.reof = true
	}
	if p.werr == nil {
		p.werr = syscall.EPIPE
	}
}

// Ready is poller.Emulated's.
func (p *pipe) Ready() (readable, writable, hangUp, failed bool) {
	if p.listener {
		return len(p.ready) > 0, false, false, false
	}
	if p.dialing {
		return false, false, false, false
	}
	if p.connErr != nil {
		return false, true, false, true
	}
	readable = p.roff < p.rlen || p.reof || p.rerr != nil
	// Not writable before it connects: a connect that failed at once is
	// reported from the pending queue, not by readiness.
	writable = p.h != 0 && !p.writing && !p.shut || p.werr != nil
	return readable, writable, false, false
}

// read is Read for a pipe.
func (p *pipe) read(b []byte) (int, error) {
	if p.roff < p.rlen {
		n := copy(b, p.rbuf[p.roff:p.rlen])
		p.roff += n
		if p.roff == p.rlen {
			p.roff, p.rlen = 0, 0
			if p.h != 0 && !p.reading && !p.reof && p.rerr == nil && p.port != 0 {
				p.startRead()
			}
		}
		return n, nil
	}
	switch {
	case p.rerr != nil:
		return 0, p.rerr
	case p.reof:
		return 0, nil
	case p.h == 0 && !p.dialing && p.connErr == nil && p.port != 0:
		return 0, syscall.ENOTCONN
	}
	return 0, syscall.EAGAIN
}

// write is Write for a pipe: it takes what fits in the write buffer.
func (p *pipe) write(bufs [][]byte) (int, error) {
	if p.werr != nil {
		return 0, p.werr
	}
	if p.shut {
		return 0, syscall.EPIPE
	}
	if p.h == 0 {
		if p.dialing || p.port == 0 {
			return 0, syscall.EAGAIN
		}
		return 0, syscall.ENOTCONN
	}
	if p.writing {
		return 0, syscall.EAGAIN
	}
	if p.wbuf == nil {
		p.wbuf = make([]byte, pipeBufSize)
	}
	n := 0
	for _, b := range bufs {
		n += copy(p.wbuf[n:], b)
		if n == len(p.wbuf) {
			break
		}
	}
	if n == 0 {
		return 0, nil
	}
	p.woff, p.wlen = 0, n
	if err := p.startWrite(); err != nil {
		return 0, err
	}
	return n, nil
}

// startWrite issues the overlapped write of wbuf[woff:wlen].
func (p *pipe) startWrite() error {
	p.wop.Overlapped = windows.Overlapped{}
	err := windows.WriteFile(p.h, p.wbuf[p.woff:p.wlen], nil, &p.wop.Overlapped)
	if err != nil && err != windows.ERROR_IO_PENDING {
		p.werr = pipeWriteErr(err)
		return p.werr
	}
	p.writing = true
	p.busy++
	return nil
}

// shutdown is Shutdown(SHUT_WR) for a pipe.
func (p *pipe) shutdown() error {
	if p.listener || p.h == 0 {
		return syscall.ENOTCONN
	}
	if p.shut {
		return nil
	}
	p.shut = true
	if !p.writing {
		p.startGrace()
	}
	return nil
}

// accept is Accept for a listening pipe.
func (p *pipe) accept() (int, error) {
	if !p.listener {
		return -1, syscall.EINVAL
	}
	if len(p.ready) == 0 {
		return -1, syscall.EAGAIN
	}
	h := p.ready[0]
	p.ready = append(p.ready[:0], p.ready[1:]...)
	p.replenish()
	c := &pipe{name: p.name, port: p.port, key: p.key}
	_ = c.connected(h, true)
	return c.register(), nil
}

// close is Close for a pipe.
func (p *pipe) close() error {
	if p.closed {
		return syscall.EBADF
	}
	p.closed = true
	poller.Forget(p.fd)
	p.cancel.Store(true)
	if p.grace != nil && p.graced && p.grace.Stop() {
		p.busy--
	}
	for _, in := range p.insts {
		windows.CloseHandle(in.h) // its ConnectNamedPipe is cancelled
	}
	for _, h := range p.ready {
		windows.CloseHandle(h)
	}
	p.ready = nil
	if p.h != 0 {
		windows.CloseHandle(p.h)
		p.h = 0
	}
	pipes.Lock()
	delete(pipes.m, p.fd)
	pipes.free = append(pipes.free, p.fd)
	if p.busy > 0 {
		pipes.closing[p] = struct{}{}
	}
	pipes.Unlock()
	return nil
}
