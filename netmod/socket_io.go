package netmod

// This file is the handle layer under a Socket's stream halves: the
// descriptor's reads, writes, shutdown and close. Reads and writes complete in the
// order and in the loop phase in which they complete under Node, because
// that order is what a script observes:
//
//   - a readiness event runs the reads first (up to 32, stopping at a
//     short read, each a callback of its own), then the queued write, then
//     a pending shutdown (onIO);
//   - a write first tries the kernel at once; what completes there calls
//     back synchronously, the rest waits for POLLOUT and calls back from
//     the poll callback (writeToKernel, continueWrite);
//   - a shutdown with nothing queued runs from the pending queue, right
//     after the poll phase (sendShutdown, onFeed);
//   - closing the handle closes the descriptor at once; the requests still
//     in flight are cancelled with ECANCELED and 'close' is emitted from
//     the close phase (closeHandle, closedHandle).

import (
	"errors"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"go.uber.org/zap"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// maxReadsPerEvent bounds the reads done for one readiness event, so one
// busy connection cannot starve the others (Node reads at most 32 times
// per readiness event too).
const maxReadsPerEvent = 32

// errnoOf extracts the system errno of err, or EIO.
func errnoOf(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	return syscall.EIO
}

// watchError is the Node-style error of an interest change the poller
// refused (see eventloop.Watcher.Err).
func watchError(err error) error {
	name := "kevent"
	if runtime.GOOS == "linux" {
		name = "epoll_ctl"
	}
	return nodeerr.Errno(name, errnoOf(err), "", 0)
}

func isEAGAIN(err error) bool { return err == syscall.EAGAIN || err == syscall.EWOULDBLOCK }

// readBufKey is the Local key of the read buffer.
var readBufKey = new(struct{ _ byte })

// readBufSize is the size of a read without OnRead: 64 KiB, the size of
// Node's reads, so chunks are the size they are under Node. Larger reads in flowing mode were
// tried: a quarter of the system calls, but no less CPU per byte for an
// echo (the data no longer stays in the caches between the read and the
// write), and chunks larger than Node's.
const readBufSize = 64 << 10

// carveMin is the size from which a read becomes its 'data' chunk where it
// landed in the read buffer, instead of being copied out (readBuffer.chunk):
// the chunk keeps that buffer, and the next read gets a new one. Smaller
// reads are copied (a copy of a few KiB costs less than the system call),
// so a small chunk a listener keeps does not hold on to a whole buffer.
const carveMin = 16 << 10

// readBuffer is the loop's shared read buffer: reads without OnRead land
// here, so an idle connection holds no buffer. Every read is offered
// readBufSize bytes (64 KiB, as Node offers each read), so how much one
// read takes does not depend on the reads before it. A large read is
// handed to 'data' where it landed and the next read gets a new buffer,
// so no two chunks share memory (a chunk a listener keeps holds on to its
// own buffer only, as in Node); a small one is copied out and the buffer
// serves again (see chunk). A new buffer is not cleared (uninitBytes):
// clearing it would be a pass over cold memory right before the kernel
// writes it, and only the bytes a read filled are ever handed out.
type readBuffer struct {
	buf []byte  // the buffer the next read goes into; nil once a chunk took it
	sp  splicer // the kernel pipe of Pipe's splice path (splice_linux.go)
	// the chunk a piped socket of the loop is emitting as 'data', for
	// pipe's ondata (a func()); emits nest, each restores the one before
	dataChunk []byte
	dataText  bool // dataChunk is text (SetEncoding)
}

// Close releases the kernel pipe when the loop closes.
func (rb *readBuffer) Close() error {
	rb.sp.close()
	return nil
}

// next returns the buffer the next read goes into: readBufSize bytes, of
// which the read fills a prefix that chunk then hands out.
func (rb *readBuffer) next() []byte {
	if rb.buf == nil {
		rb.buf = uninitBytes(readBufSize)
	}
	return rb.buf
}

// chunk returns the n bytes a read put at the start of rb.buf as a chunk of
// their own, with no room to grow. A large chunk is not copied: it keeps
// the buffer, and the next read gets a new one (the rest of this one is
// not offered again, since a read must be offered the full size). A small
// one is copied out, and the buffer serves again.
func (rb *readBuffer) chunk(n int) []byte {
	buf := rb.buf
	if n < carveMin {
		c := make([]byte, n)
		copy(c, buf)
		return c
	}
	rb.buf = nil
	return buf[:n:n]
}

// readBuffer returns the loop's read buffer, held in the socket's field
// from its first read on.
func (s *Socket) readBuffer() *readBuffer {
	if s.rb == nil {
		s.rb = s.loop.Local(readBufKey, newReadBuffer).(*readBuffer)
	}
	return s.rb
}

func newReadBuffer() any { return new(readBuffer) }

// ---- reading ------------------------------------------------------------

// startReading is how the readable half asks the handle for data: reading
// from the kernel starts, once connected.
func (s *Socket) startReading() {
	if s.isConnecting() || !s.hasHandle() {
		s.Emitter.Once("connect", s.startReading)
		return
	}
	if !s.reading {
		s.readStart()
	}
}

// readStart turns reading from the kernel on.
func (s *Socket) readStart() {
	s.reading = true
	s.watchReads()
}

// watchReads asks the poller for read readiness. The handle is active (keeps the loop
// alive, unless unref'd) while it reads; writes, connects and shutdowns
// are requests, which keep the loop alive by themselves.
func (s *Socket) watchReads() {
	if s.handle.Closing() {
		return
	}
	s.handle.Start()
	s.updateInterest()
}

// readStop turns reading from the kernel off: the handle is inactive and
// the poller stops reporting read readiness.
func (s *Socket) readStop() {
	if !s.handle.Active() {
		return
	}
	s.handle.Stop()
	s.updateInterest()
}

func (s *Socket) updateInterest() {
	if !s.watch.Watching() {
		return
	}
	var in eventloop.Interest
	if s.handle.Active() { // reading
		in |= eventloop.Read
	}
	if s.inFlight(reqWrite | reqConnect) {
		in |= eventloop.Write
	}
	s.watch.SetInterest(in)
}

// socketIO is the socket seen as the eventloop.IOHandler of its
// descriptor: watching it allocates no callback closure.
type socketIO Socket

// HandleIO is onIO.
func (h *socketIO) HandleIO(ev eventloop.Event) { (*Socket)(h).onIO(ev) }

// onIO takes a readiness event of the descriptor: the connect's outcome,
// or the reads, then the queued write, then a shutdown waiting for it.
func (s *Socket) onIO(ev eventloop.Event) {
	if ev.Err {
		if err := s.watch.Err(); err != nil {
			// The poller refused the socket's interest change: no
			// readiness will come, so the socket fails with that error
			// (Node would abort the process).
			s.Destroy(watchError(err))
			return
		}
	}
	if s.inFlight(reqConnect) {
		if ev.Writable || ev.Err || ev.HangUp {
			s.finishConnect()
		}
		return
	}
	if ev.Readable || ev.HangUp || ev.Err {
		if !s.readBurst() {
			return // called again for the rest of the reads
		}
		if s.fd < 0 {
			return // the read callback closed the socket
		}
	}
	if ev.Writable || ev.Err || ev.HangUp {
		s.continueWrite()
		if s.fd < 0 {
			return
		}
		if !s.writeInFlight() {
			s.shutdownWhenFlushed()
		}
	}
}

// readBurst does the reads of one readiness event: while reading is on, at
// most maxReadsPerEvent times, stopping at a short read; readResult takes
// each. It reports false when it stopped between two reads for the loop to
// call onIO again (nextRead), true when the event's reads are over.
func (s *Socket) readBurst() (done bool) {
	var shared *readBuffer
	budget := maxReadsPerEvent
	if s.flag(fReadsResume) {
		s.setFlag(fReadsResume, false)
		budget = int(s.readsLeft)
	}
	for i := 0; i < budget && s.handle.Active() && s.fd >= 0; i++ {
		var buf []byte
		var dest *Socket // the socket this read is spliced into
		var n int
		var err error
		if s.onread != nil {
			buf = s.onread.Buffer
		} else {
			if shared == nil {
				shared = s.readBuffer()
			}
			if s.r.pipes != nil && s.flag(fSpliceNext) {
				if dest = s.spliceDest(&shared.sp); dest != nil {
					var ok bool
					if n, err, ok = s.spliceIn(&shared.sp); !ok {
						dest = nil
					}
				}
			}
			if dest == nil {
				buf = shared.next()
			}
		}
		if dest == nil {
			n, err = sys.Read(s.fd, buf)
		}
		if err != nil {
			if isEAGAIN(err) {
				return true
			}
			// The read error destroys the socket; reading stops
			// (the handle is closed by then).
			s.writeSideOpen = false
			s.readResult(0, nil, nodeerr.Errno("read", errnoOf(err), "", 0))
			if s.handle.Active() {
				s.handle.Stop()
				s.updateInterest()
			}
			return true
		}
		if n == 0 {
			// the peer's EOF: reading stops and the readable half ends
			s.handle.Stop()
			s.updateInterest()
			s.readResult(0, nil, errEOF)
			return true
		}
		s.bytesRead += int64(n)
		// Splicing pays for large reads; a small one costs the kernel more
		// than a copy, so the size of each read decides the next one.
		s.setFlag(fSpliceNext, n >= spliceMin)
		if dest != nil {
			s.spliceOut(&shared.sp, dest, n)
			if n < readBufSize {
				return true
			}
			if !s.nextRead(budget - i - 1) {
				return false
			}
			continue
		}
		if s.onread != nil {
			s.readResult(n, buf[:n], nil)
		} else {
			s.readResult(n, shared.chunk(n), nil)
		}
		if n < len(buf) {
			return true // the kernel has nothing more for now
		}
		if !s.nextRead(budget - i - 1) {
			return false
		}
	}
	return true
}

// nextRead ends one read's callback: what its listeners queued (a failed
// write's destroy in a nextTick, a Promise job) runs before the next read,
// as each of Node's reads comes back to JavaScript separately. It reports
// false when the loop is to call onIO again for the next reads (left of the
// event's budget); the read loop then returns at once.
func (s *Socket) nextRead(left int) bool {
	if s.loop.ResultDone() {
		return true
	}
	s.setFlag(fReadsResume, true)
	s.readsLeft = uint8(left)
	return false
}

// errEOF stands for the peer's EOF between readBurst and readResult.
var errEOF = errors.New("EOF")

// readResult takes the outcome of one read: bytes go to the readable half
// (or to the OnRead callback), which may ask to stop reading; an error
// destroys the socket; the EOF ends the readable half.
func (s *Socket) readResult(nread int, buf []byte, err error) {
	s.unrefTimer()
	if nread > 0 && !s.life.destroyed {
		var result bool
		if s.onread != nil {
			result = s.onread.Callback(nread, buf)
		} else {
			result = s.deliver(buf) // a chunk of its own (readBurst)
		}
		if !result {
			s.reading = false
			if !s.life.destroyed {
				s.readStop()
			}
		}
		return
	}
	if nread > 0 || err == nil {
		return
	}
	if err != errEOF {
		s.Destroy(err)
		return
	}
	// A net.Socket has no kMaybeDestroy: after 'end' nothing more to do.
	if s.r.end != endDone {
		s.deliverEOF()
		s.read(0)
	}
}

// ---- writing ------------------------------------------------------------

// sendWrite hands the writable half's write in flight (chunks != nil for
// several at once) to the handle, or keeps it until 'connect'. Its
// completion calls writeDone.
func (s *Socket) sendWrite(chunk []byte, chunks [][]byte) {
	if s.isConnecting() {
		c := s.connState()
		c.pendingData = true
		c.pendingChunk, c.pendingChunks = chunk, chunks
		var onClose func()
		onConnect := func() {
			s.Emitter.RemoveListener("close", onClose)
			s.sendWrite(chunk, chunks)
		}
		onClose = func() { s.writeDone(errSocketClosedBeforeConnection()) }
		s.Emitter.Once("connect", onConnect)
		s.Emitter.Once("close", onClose)
		return
	}
	if c := s.conn; c != nil && c.pendingData {
		c.pendingData = false
		c.pendingChunk, c.pendingChunks = nil, nil
	}
	if !s.hasHandle() {
		s.writeDone(errSocketClosed())
		return
	}
	s.unrefTimer()
	s.writeToKernel(chunk, chunks)
}

// writeToKernel writes at once what the kernel takes: the bytes count as
// written at once (bytesWritten); what the kernel takes now completes
// synchronously, the rest becomes a write request completed from the poll
// phase (finishWriteReq).
func (s *Socket) writeToKernel(chunk []byte, chunks [][]byte) {
	total := len(chunk)
	for _, c := range chunks {
		total += len(c)
	}
	if s.fd < 0 {
		s.writeDone(nodeerr.Errno("write", syscall.EBADF, "", 0))
		return
	}
	tried := chunks == nil && s.isTriedText(chunk)
	if s.req != nil {
		s.req.triedText = nil
	}
	var err error
	if chunks == nil {
		// try the kernel at once
		var n int
		n, err = sys.Write(s.fd, chunk)
		chunk = chunk[n:]
		if err == nil && len(chunk) == 0 {
			s.bytesWritten += int64(total)
			s.writeDone(nil)
			return
		}
		if err == nil || isEAGAIN(err) {
			req := s.writeReq()
			req.wq = append(req.wq[:0], chunk)
		}
	} else {
		req := s.writeReq()
		req.wq = append(req.wq[:0], chunks...)
		err = s.writevQueue()
		if err == nil && len(req.wq) == 0 {
			req.wq = nil
			s.bytesWritten += int64(total)
			s.writeDone(nil)
			return
		}
	}
	if err != nil && !isEAGAIN(err) {
		// A synchronous failure: the bytes count as written (Node's
		// StreamBase counts them before trying), except for a string
		// Node first tried to write on its own (noteText).
		if s.req != nil {
			s.req.wq = nil
		}
		if !tried {
			s.bytesWritten += int64(total)
		}
		s.writeDone(nodeerr.Errno("write", errnoOf(err), "", 0))
		return
	}
	s.bytesWritten += int64(total)
	// Queue the rest and wait for POLLOUT.
	s.req.lastWriteQueueSize = total
	s.beginReq(reqWrite)
	s.updateInterest()
}

// writevQueue writes as much of the write request as the kernel takes.
func (s *Socket) writevQueue() error {
	req := s.req
	for len(req.wq) > 0 {
		var n int
		var err error
		if len(req.wq) == 1 {
			n, err = sys.Write(s.fd, req.wq[0])
		} else {
			n, err = sys.Writev(s.fd, req.wq)
		}
		if n > 0 {
			req.consume(n)
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return syscall.EAGAIN
		}
	}
	return nil
}

func (req *writeReq) consume(n int) {
	i := 0
	for i < len(req.wq) && n >= len(req.wq[i]) {
		n -= len(req.wq[i])
		req.wq[i] = nil
		i++
	}
	req.wq = req.wq[i:]
	if n > 0 {
		req.wq[0] = req.wq[0][n:]
	}
}

// writeQueueSize is the bytes of the write request still to be written
// (what socket.writableLength counts beyond the buffered writes).
func (s *Socket) writeQueueSize() int {
	n := 0
	if s.req != nil {
		for _, c := range s.req.wq {
			n += len(c)
		}
	}
	return n
}

// continueWrite goes on with the queued write request on write readiness
// and completes it once the kernel took all of it, or failed.
func (s *Socket) continueWrite() {
	if !s.writeInFlight() {
		return
	}
	err := s.writevQueue()
	if err != nil && !isEAGAIN(err) {
		s.finishWriteReq(nodeerr.Errno("write", errnoOf(err), "", 0))
		return
	}
	if len(s.req.wq) > 0 {
		return
	}
	s.finishWriteReq(nil)
}

// finishWriteReq completes the write request and reports it to the
// writable half.
func (s *Socket) finishWriteReq(err error) {
	s.req.wq = nil
	s.endReq(reqWrite)
	s.updateInterest()
	if err != nil {
		s.writeDone(err)
		return
	}
	if s.life.destroyed {
		s.writeDone(nil)
		return
	}
	s.unrefTimer()
	s.req.lastWriteQueueSize = 0 // kAfterAsyncWrite
	s.writeDone(nil)
}

// sendShutdown is the writable half's last step: shut the write side down
// once the queued data is out; shutdownDone follows.
func (s *Socket) sendShutdown() {
	if s.isConnecting() {
		s.Emitter.Once("connect", s.sendShutdown)
		return
	}
	if !s.hasHandle() {
		s.shutdownDone(nil)
		return
	}
	if !s.writeSideOpen || s.flag(fShutDown) || s.inFlight(reqShutdown) || s.handle.Closing() {
		s.shutdownDone(nil) // not connected (or already shut): a synchronous finish
		return
	}
	s.beginReq(reqShutdown)
	s.writeSideOpen = false
	if !s.writeInFlight() {
		// onIO runs (for POLLOUT) from the pending queue,
		// right after this poll phase (or in the next pending phase).
		s.loop.QueuePendingArg(pendingFeed, s)
	}
}

// onFeed runs onIO from the pending queue, as for POLLOUT, so that a
// shutdown with nothing queued runs right after the poll phase.
func (s *Socket) onFeed() {
	if s.fd < 0 {
		return
	}
	s.onIO(eventloop.Event{Writable: true})
}

// shutdownWhenFlushed runs the pending shutdown once no write is queued:
// shutdown(2) of the write side, then shutdownDone.
func (s *Socket) shutdownWhenFlushed() {
	if !s.inFlight(reqShutdown) {
		return
	}
	s.endReq(reqShutdown)
	var err error
	if e := sys.Shutdown(s.fd, syscall.SHUT_WR); e != nil {
		err = nodeerr.Errno("shutdown", errnoOf(e), "", 0)
	} else {
		s.setFlag(fShutDown, true)
	}
	if err != nil {
		// Node's afterShutdown ignores the status, so 'finish' follows
		// anyway; the error is logged rather than dropped.
		s.loop.Logger().Debug("shutdown failed", zap.Int("fd", s.fd), zap.Error(err))
	}
	s.shutdownDone(nil)
}

// ---- closing ------------------------------------------------------------

// releaseHandle is Destroy's work on the handle: the timer stops, the
// descriptor closes ('close' follows from the close phase), and
// afterDestroy queues what the stream emits.
func (s *Socket) releaseHandle(exception error) {
	hadHandle := s.hasHandle()
	s.state = stateNoHandle
	if s.timer != nil {
		s.timer.Close()
		s.timer = nil
	}
	if hadHandle {
		isException := exception != nil
		if s.flag(fResetAndClosing) {
			s.setFlag(fResetAndClosing, false)
			s.closeHandle(isException, true)
		} else {
			s.closeHandle(isException, false)
		}
		s.resetSockname()
		s.afterDestroy(exception)
	} else {
		s.afterDestroy(exception)
		s.loop.NextTickArg(tickCloseNoHandle, s)
	}
	if s.server != nil {
		s.server.connections--
		s.server.closeWhenIdle()
	}
}

// emitCloseNoHandle emits 'close' for a destroyed socket that had no
// handle: Node emits 'close' with no argument; Go listeners get false.
func (s *Socket) emitCloseNoHandle() {
	events.Emit1(&s.Emitter, "close", false)
}

// closeHandle closes the socket's handle (with an RST first when reset is
// set, as socket.resetAndDestroy()): the descriptor is closed now;
// the requests in flight are cancelled and 'close' emitted in the close
// phase.
func (s *Socket) closeHandle(hadError, reset bool) {
	_ = s.watch.Close()
	if s.fd >= 0 {
		if reset {
			_ = sys.SetLingerZero(s.fd)
		}
		if b := s.bound(); b != nil {
			// A closing Unix socket server removes its bound path
			// first (here only while it is still the file bind made).
			b.unlink.remove()
		}
		_ = sys.Close(s.fd)
		s.fd = -1
	}
	s.setFlag(fCloseHadError, hadError)
	s.handle.CloseArg(closedHandle, s)
}

// closedHandle is the close callback of closeHandle: the requests still
// in flight end with ECANCELED (a shutdown as done), then 'close'.
func closedHandle(a any) {
	s := a.(*Socket)
	if s.inFlight(reqConnect) {
		s.endReq(reqConnect)
		s.connectDone(syscall.ECANCELED)
	}
	if s.inFlight(reqWrite) {
		s.finishWriteReq(nodeerr.Errno("write", syscall.ECANCELED, "", 0))
	}
	if s.inFlight(reqShutdown) {
		s.endReq(reqShutdown)
		s.shutdownDone(nil)
	}
	events.Emit1(&s.Emitter, "close", s.flag(fCloseHadError))
}

// ---- timeouts -----------------------------------------------------------

// SetTimeout makes the socket emit 'timeout' after d without activity
// (Node's socket.setTimeout): reads and writes re-arm the timer; 0
// disables it. The socket is not closed: do it in the listener. cb, if not
// nil, is added as a one-time 'timeout' listener (removed again when d is
// 0). The timer does not keep the loop alive; a d over eventloop.TimeoutMax
// is cut to it, with a TimeoutOverflowWarning. A negative d is returned as
// Node's ERR_OUT_OF_RANGE (Node throws it) and changes nothing but
// Timeout, which Node too sets before it checks the value; a destroyed
// socket ignores the call.
func (s *Socket) SetTimeout(d time.Duration, cb func()) error {
	if s.life.destroyed {
		return nil
	}
	s.timeout = d
	if d < 0 {
		return nodeerr.OutOfRange("msecs", "a non-negative finite number", fmtMsecs(d))
	}
	if s.timer != nil {
		s.timer.Close()
		s.timer = nil
	}
	if d == 0 {
		if cb != nil {
			s.Emitter.RemoveListener("timeout", cb)
		}
		return nil
	}
	if d > eventloop.TimeoutMax {
		// A socket's idle timeout is cut to the longest a timer can wait
		// (a plain timer's becomes 1 ms instead).
		s.loop.Warn("TimeoutOverflowWarning", fmtMsecs(d)+
			" does not fit into a 32-bit signed integer.\nTimer duration was truncated to 2147483647.")
		d = eventloop.TimeoutMax
	}
	s.timer = s.loop.SetTimeout(s.onTimeout, d).Unref()
	if cb != nil {
		s.Emitter.Once("timeout", cb)
	}
	return nil
}

// fmtMsecs prints d in milliseconds as JavaScript prints the number
// (a nanosecond is 0.000001).
func fmtMsecs(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	if ms == float64(int64(ms)) {
		return itoa(int(ms))
	}
	return strconv.FormatFloat(ms, 'f', -1, 64)
}

// unrefTimer is Socket.prototype._unrefTimer: activity re-arms the idle
// timer (an O(1) move to the end of its duration's list).
func (s *Socket) unrefTimer() {
	if s.timer != nil {
		s.timer.Refresh()
	}
}

// onTimeout is Socket.prototype._onTimeout: a write still making progress
// postpones the timeout.
func (s *Socket) onTimeout() {
	if req := s.req; req != nil && req.lastWriteQueueSize > 0 && s.hasHandle() {
		if size := s.writeQueueSize(); req.lastWriteQueueSize != size {
			req.lastWriteQueueSize = size
			s.unrefTimer()
			return
		}
	}
	events.Emit0(&s.Emitter, "timeout")
}

// isTriedText reports whether chunk is the string noteText last remembered.
func (s *Socket) isTriedText(chunk []byte) bool {
	if s.req == nil {
		return false
	}
	t := s.req.triedText
	return len(t) > 0 && len(chunk) == len(t) && &chunk[0] == &t[0]
}
