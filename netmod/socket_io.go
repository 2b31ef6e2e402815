package netmod

import (
	"errors"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// maxReadsPerEvent bounds the reads done for one readiness event, so one
// busy connection cannot starve the others (libuv uses 32).
const maxReadsPerEvent = 32

// errnoOf extracts the system errno of err, or EIO.
func errnoOf(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	return syscall.EIO
}

// onReadable is Node's onStreamRead, fed by the poller.
func (s *Socket) onReadable() {
	for i := 0; i < maxReadsPerEvent && s.reading && s.fd >= 0; i++ {
		var buf []byte
		if s.onread != nil {
			buf = s.onread.Buffer
		} else {
			buf = s.readBuffer()
		}
		n, err := sys.Read(s.fd, buf)
		if err != nil {
			if err == syscall.EAGAIN || err == syscall.EWOULDBLOCK {
				return
			}
			s.unrefTimer()
			s.Destroy(nodeerr.Errno("read", errnoOf(err), "", 0))
			return
		}
		s.unrefTimer()
		if n == 0 {
			s.onEOF()
			return
		}
		s.bytesRead += int64(n)
		var more bool
		if s.onread != nil {
			if s.r.destroyed {
				return
			}
			more = s.onread.Callback(n, buf[:n])
		} else {
			if s.r.destroyed {
				return
			}
			chunk := make([]byte, n)
			copy(chunk, buf[:n])
			more = s.push(chunk, false)
		}
		if !more {
			if s.reading && !s.r.destroyed {
				s.readStop()
			}
			return
		}
		if n < len(buf) {
			return // the kernel has nothing more for now
		}
	}
}

func (s *Socket) onEOF() {
	s.readStop()
	if s.r.endEmitted {
		s.maybeDestroy()
		return
	}
	s.Emitter.On("end", s.maybeDestroy)
	s.push(nil, true)
	s.read(0)
}

// maybeDestroy is Node's kMaybeDestroy for net sockets: after the readable
// side ended, destroy once the writable side is done too.
func (s *Socket) maybeDestroy() {
	if !s.Readable() && !s.Writable() && !s.w.writing && len(s.wq) == 0 && s.w.finished {
		s.Destroy(nil)
	}
}

// writeGeneric is Socket.prototype._writeGeneric (and _writev when chunks
// is not nil): it tries the write at once and queues only what the kernel
// did not take.
func (s *Socket) writeGeneric(chunk []byte, chunks [][]byte) {
	if s.connecting {
		s.pendingW = &pendingWrite{chunk: chunk, chunks: chunks}
		return
	}
	s.pendingW = nil
	if s.fd < 0 {
		s.onwrite(errSocketClosed())
		return
	}
	s.unrefTimer()
	var err error
	if chunks == nil {
		var n int
		n, err = sys.Write(s.fd, chunk)
		if n > 0 {
			s.bytesWritten += int64(n)
			chunk = chunk[n:]
		}
		if err == nil && len(chunk) == 0 {
			s.onwrite(nil)
			return
		}
		s.wq = append(s.wq[:0], chunk)
	} else {
		s.wq = append(s.wq[:0], chunks...)
		err = s.writevQueue()
		if err == nil && len(s.wq) == 0 {
			s.onwrite(nil)
			return
		}
	}
	if err != nil && err != syscall.EAGAIN && err != syscall.EWOULDBLOCK {
		// A synchronous write error destroys the socket; the write's own
		// callback is never called (as in Node).
		s.wq = s.wq[:0]
		s.Destroy(nodeerr.Errno("write", errnoOf(err), "", 0))
		return
	}
	s.wqCb = true
	s.loop.BeginRequest()
	s.updateInterest()
}

// writevQueue writes as much of s.wq as the kernel takes.
func (s *Socket) writevQueue() error {
	for len(s.wq) > 0 {
		n, err := sys.Writev(s.fd, s.wq)
		if n > 0 {
			s.bytesWritten += int64(n)
			s.consume(n)
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

func (s *Socket) consume(n int) {
	i := 0
	for i < len(s.wq) && n >= len(s.wq[i]) {
		n -= len(s.wq[i])
		s.wq[i] = nil
		i++
	}
	s.wq = s.wq[i:]
	if n > 0 {
		s.wq[0] = s.wq[0][n:]
	}
	if len(s.wq) == 0 {
		s.wq = s.wq[:0:0]
	}
}

// flushWrites runs on write readiness: it continues the queued request and
// then a pending shutdown.
func (s *Socket) flushWrites() {
	if len(s.wq) > 0 {
		err := s.writevQueue()
		if err != nil && err != syscall.EAGAIN && err != syscall.EWOULDBLOCK {
			s.wq = nil
			s.wqCb = false
			s.loop.EndRequest()
			s.updateInterest()
			s.onwrite(nodeerr.Errno("write", errnoOf(err), "", 0))
			return
		}
		if len(s.wq) > 0 {
			return
		}
		s.wqCb = false
		s.loop.EndRequest()
		s.updateInterest()
		s.unrefTimer()
		s.onwrite(nil)
		if s.fd < 0 {
			return
		}
	}
	if s.shutdownCb != nil && len(s.wq) == 0 && !s.w.writing {
		cb := s.shutdownCb
		s.shutdownCb = nil
		s.loop.EndRequest()
		s.updateInterest()
		err := sys.Shutdown(s.fd, syscall.SHUT_WR)
		if err != nil && err != syscall.ENOTCONN {
			cb(nodeerr.Errno("shutdown", errnoOf(err), "", 0))
			return
		}
		cb(nil)
	}
}

// final is Socket.prototype._final: shut down the write side once the
// queued data is out (the shutdown completes in the poll phase, as libuv's).
func (s *Socket) final(cb func(error)) {
	if s.connecting {
		s.Emitter.Once("connect", func() { s.final(cb) })
		return
	}
	if s.fd < 0 {
		cb(nil)
		return
	}
	s.shutdownCb = cb
	s.loop.BeginRequest()
	if len(s.wq) == 0 {
		// libuv feeds the stream to the pending queue (uv__io_feed), which
		// runs right after this poll phase or in the next pending phase.
		s.loop.QueuePending(func() {
			if s.fd >= 0 {
				s.flushWrites()
			}
		})
	}
}

// destroyImpl is Socket.prototype._destroy.
func (s *Socket) destroyImpl(exception error, cb func(error)) {
	s.connecting = false
	if s.timer != nil {
		s.timer.Close()
		s.timer = nil
	}
	if s.fd >= 0 {
		hadError := exception != nil
		s.closeHandle(hadError)
		cb(exception)
	} else {
		cb(exception)
		s.loop.NextTick(func() { events.Emit1(&s.Emitter, "close", false) })
		if !s.handle.Closing() {
			s.handle.Close(nil)
		}
	}
	if s.server != nil {
		s.server.connections--
		s.server.emitCloseIfDrained()
	}
}

// closeHandle closes the descriptor now and emits 'close' from the close
// phase, as uv_close does.
func (s *Socket) closeHandle(hadError bool) {

	if s.wqCb {
		s.wqCb = false
		s.loop.EndRequest()
	}
	if s.shutdownCb != nil {
		s.shutdownCb = nil
		s.loop.EndRequest()
	}
	s.wq = nil
	if s.watch != nil {
		_ = s.watch.Close()
		s.watch = nil
	}
	if s.resetOnClose {
		_ = sys.SetLingerZero(s.fd)
	}
	_ = sys.Close(s.fd)
	s.fd = -1
	s.reading = false
	s.handle.Close(func() {
		events.Emit1(&s.Emitter, "close", hadError)
	})
}

// ---- timeouts -----------------------------------------------------------

// SetTimeout emits 'timeout' after d of inactivity (no read or write); 0
// disables it. The socket is not closed: do it in the listener. cb, if not
// nil, is added as a one-time 'timeout' listener (removed when d is 0).
// The timer does not keep the loop alive, and activity does not touch the
// timer heap: the timer checks the last activity when it fires.
func (s *Socket) SetTimeout(d time.Duration, cb func()) *Socket {
	if s.w.destroyed {
		return s
	}
	s.timeout = d
	if s.timer != nil {
		s.timer.Close()
		s.timer = nil
	}
	if d <= 0 {
		if cb != nil {
			s.Emitter.RemoveListener("timeout", cb)
		}
		return s
	}
	s.lastActive = s.loop.Now()
	s.armTimer(d)
	if cb != nil {
		s.Emitter.Once("timeout", cb)
	}
	return s
}

func (s *Socket) armTimer(d time.Duration) {
	s.timer = s.loop.SetTimeout(s.onTimer, d).Unref()
}

func (s *Socket) onTimer() {
	idle := s.loop.Now() - s.lastActive
	if idle < s.timeout {
		// Activity since the timer was armed: sleep for the rest.
		s.timer = s.loop.SetTimeout(s.onTimer, s.timeout-idle).Unref()
		return
	}
	// Fired: like Node's fired Timeout, the next activity re-arms it.
	s.timer = nil
	if s.w.destroyed {
		return
	}
	events.Emit0(&s.Emitter, "timeout")
}
