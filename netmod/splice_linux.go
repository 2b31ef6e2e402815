//go:build linux

// This file exists to give Socket.Pipe a zero-copy path on Linux: while a
// socket's only 'data' consumer is one pipe into a socket with nothing
// queued, a read moves the bytes into a kernel pipe with splice(2) and from
// there into the destination, without copying them through user space
// (Node's pipe() reads each chunk and writes it again).
//
// Whatever the destination does not take at once is read back from the
// kernel pipe and goes through the ordinary path as a chunk of the source
// ('data', dest.Write, and pause and 'drain' if dest's buffer fills), so
// the kernel pipe is empty again after every read and the behaviour is the
// ordinary path's: the spliced bytes are exactly those that a write with
// nothing queued would have handed to the kernel at once, and the counters
// (bytesRead, bytesWritten) and the idle timers see them the same way.

package netmod

import (
	"syscall"

	"github.com/nodenet/nodenet/internal/sys"
)

// splicer is the loop's kernel pipe (in the loop's readBuffer).
type splicer struct {
	r, w    int // the pipe's ends; 0 until made
	broken  bool
	spliced int64 // bytes moved without a copy (for tests)
}

func (sp *splicer) close() {
	if sp.r > 0 {
		_ = sys.Close(sp.r)
		_ = sys.Close(sp.w)
		sp.r, sp.w = 0, 0
	}
}

func (sp *splicer) ready() bool {
	if sp.broken {
		return false
	}
	if sp.r == 0 {
		r, w, err := sys.Pipe()
		if err != nil {
			sp.broken = true
			return false
		}
		sp.r, sp.w = r, w
	}
	return true
}

// spliceMin is the size of a read from which the next read of a piped
// socket is spliced: below it (a request, an echoed message) moving pages
// through a kernel pipe costs more than copying the bytes.
const spliceMin = 16 << 10

// spliceDest returns the socket that the next read of s may be spliced
// into, or nil: s flows into one pipe and nothing else listens to its
// 'data' or 'readable', and the destination is an open TCP socket with
// nothing queued, buffered, corked, ending or awaiting 'drain', so that
// dest.Write would hand a chunk to the kernel at once.
func (s *Socket) spliceDest(sp *splicer) *Socket {
	r := &s.r
	if sp.broken || s.pipe || !r.flowingNow() || !r.dataListening || r.length != 0 || r.ended() ||
		r.decoder != nil || s.life.destroyed || s.life.errored != nil || r.pipes == nil ||
		len(r.pipes.links) != 1 || r.pipes.waiting != 0 {
		return nil
	}
	p := r.pipes.links[0]
	d := p.dest
	w := &d.w
	if p.cleaned || !d.hasHandle() || d.fd < 0 || d.pipe || d.isConnecting() || !d.writeSideOpen ||
		d.inFlight(reqWrite|reqShutdown) || w.length != 0 || w.inFlight || w.corked != 0 || w.phase != writeOpen ||
		d.life.destroyed || d.life.errored != nil || w.needDrain || w.queued() != 0 {
		return nil
	}
	if s.ListenerCount("data") != 1 || s.ListenerCount("readable") != 0 {
		return nil
	}
	if !sp.ready() {
		return nil
	}
	return d
}

// spliceIn moves up to readBufSize bytes of s into the kernel pipe, as a
// read. ok is false when splice is not supported for s: read instead.
func (s *Socket) spliceIn(sp *splicer) (n int, err error, ok bool) {
	n, err = sys.Splice(s.fd, sp.w, readBufSize)
	if err == syscall.EINVAL || err == syscall.ENOSYS || err == syscall.EOPNOTSUPP {
		sp.broken = true
		return 0, nil, false
	}
	return n, err, true
}

// spliceOut moves the n bytes in the kernel pipe on into dest; what dest
// does not take now is read back and delivered as a chunk of s.
func (s *Socket) spliceOut(sp *splicer, dest *Socket, n int) {
	left := n
	for left > 0 {
		m, err := sys.Splice(sp.r, dest.fd, left)
		if m <= 0 || err != nil {
			break
		}
		left -= m
	}
	if written := n - left; written > 0 {
		// dest.Write: the bytes count as written, activity re-arms
		// dest's idle timer.
		dest.unrefTimer()
		dest.bytesWritten += int64(written)
		sp.spliced += int64(written)
	}
	// what readResult and deliver do for a chunk that went straight through
	s.unrefTimer()
	s.r.dataEmitted = true
	if left == 0 {
		return
	}
	rest := make([]byte, left)
	for got := 0; got < left; {
		m, err := sys.Read(sp.r, rest[got:])
		if err != nil || m <= 0 {
			// Cannot happen: the bytes are in the pipe. Give up splicing
			// on this loop rather than lose track of them.
			sp.broken = true
			rest = rest[:got]
			break
		}
		got += m
	}
	if len(rest) > 0 {
		s.readResult(len(rest), rest, nil)
	}
}
