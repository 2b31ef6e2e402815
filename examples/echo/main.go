// Command echo is a plain TCP echo server on nodenet's Go API, for driving
// with external load generators:
//
//	go run ./examples/echo -port 8000
//
// It prints "echo server listening on ADDRESS port PORT" once listening
// (-port 0 picks a free port). Modes:
//
//   - default: a 'data' listener writes each chunk back, pausing while the
//     write buffer is over its high-water mark (backpressure, as pipe());
//   - -onread: reads go into one buffer shared by all connections (Node's
//     onread option) and are written back from it, so echoing allocates
//     nothing per message and an idle connection holds no buffer;
//   - -pipe: socket.Pipe(socket), Node's s.pipe(s).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on (0: any free port)")
	host := flag.String("host", "127.0.0.1", "address to bind")
	onread := flag.Bool("onread", false, "read into one shared buffer instead of allocating a chunk per read")
	pipe := flag.Bool("pipe", false, "echo with socket.Pipe(socket)")
	flag.Parse()
	if err := run(*host, *port, *onread, *pipe); err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
}

func run(host string, port int, onread, pipe bool) error {
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	shared := &sharedReadBuffer{size: 64 << 10}
	opts := netmod.ServerOptions{NoDelay: true}
	srv := netmod.CreateServer(loop, opts, func(s *netmod.Socket) {
		s.OnError(func(error) {}) // a reset peer is routine for an echo server
		switch {
		case onread:
			shared.attach(s)
		case pipe:
			s.Pipe(s, netmod.PipeOptions{})
		default:
			s.OnData(func(b []byte) {
				if !s.Write(b, nil) {
					s.Pause() // until 'drain'
				}
			})
			s.OnDrain(func() { s.Resume() })
		}
	})
	srv.On("error", func(err error) {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	})
	if err := srv.Listen(netmod.ListenOptions{Port: port, Host: host, Backlog: 4096}, func() {
		a, _ := srv.Address()
		fmt.Printf("echo server listening on %s port %d\n", a.Address, a.Port)
	}); err != nil {
		return err
	}
	return loop.Run()
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
