// Package echoserver is the echo itself of examples/echo: one 'connection'
// listener, in three modes. netmod's benchmarks and bench/cmd measure the
// same server through it.
package echoserver

import (
	"github.com/nodenet/nodenet/netmod"
)

// Mode selects how a connection echoes.
type Mode int

const (
	// OnData writes each 'data' chunk back, pausing while the write buffer
	// is over its high-water mark (backpressure, as pipe()).
	OnData Mode = iota
	// OnRead reads into one buffer shared by all connections (Node's onread
	// option) and writes back from it: no allocation per message, and an
	// idle connection holds no buffer.
	OnRead
	// Pipe is socket.Pipe(socket), Node's s.pipe(s).
	Pipe
)

// Listener returns the server's 'connection' listener for mode.
func Listener(mode Mode) func(*netmod.Socket) {
	shared := &sharedReadBuffer{size: 64 << 10}
	return func(s *netmod.Socket) {
		s.OnError(func(error) {}) // a reset peer is routine for an echo server
		switch mode {
		case OnRead:
			shared.attach(s)
		case Pipe:
			s.Pipe(s, netmod.PipeOptions{})
		default:
			s.OnData(func(b []byte) {
				if !s.Write(b, nil) {
					s.Pause() // until 'drain'
				}
			})
			s.OnDrain(func() { s.Resume() })
		}
	}
}

// sharedReadBuffer is one read buffer for every -onread connection, so
// that an idle connection holds no buffer. A write that the kernel does
// not take at once keeps pointing into the buffer: that connection then
// keeps the buffer (every other connection moves to a new one) and reads
// nothing more until its queue is flushed, which is also its
// backpressure.
type sharedReadBuffer struct {
	size  int
	buf   []byte
	conns []*onReadConn
}

type onReadConn struct {
	s   *netmod.Socket
	p   *sharedReadBuffer
	o   netmod.OnRead
	idx int // in p.conns
}

var noBytes = []byte{}

func (p *sharedReadBuffer) attach(s *netmod.Socket) {
	if p.buf == nil {
		p.buf = make([]byte, p.size)
	}
	c := &onReadConn{s: s, p: p, idx: len(p.conns)}
	p.conns = append(p.conns, c)
	c.o.Buffer = p.buf
	c.o.Callback = c.onRead
	s.UseOnRead(&c.o)
	s.OnClose(c.detach)
}

func (c *onReadConn) onRead(n int, buf []byte) bool {
	c.s.Write(buf[:n], nil)
	if c.s.WritableLength() == 0 {
		return true // written at once: buf is free again
	}
	// Queued: buf belongs to this write now. The others read into a new
	// buffer, and this connection waits for its queue to empty (the
	// callback of an empty write runs once everything before it is out).
	c.p.renew()
	c.s.Write(noBytes, c.flushed)
	return false
}

func (c *onReadConn) flushed(err error) {
	if err == nil {
		c.s.Resume()
	}
}

func (c *onReadConn) detach(bool) {
	p := c.p
	last := p.conns[len(p.conns)-1]
	p.conns[c.idx] = last
	last.idx = c.idx
	p.conns[len(p.conns)-1] = nil
	p.conns = p.conns[:len(p.conns)-1]
}

func (p *sharedReadBuffer) renew() {
	p.buf = make([]byte, p.size)
	for _, c := range p.conns {
		c.o.Buffer = p.buf
	}
}
