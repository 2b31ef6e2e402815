package netmod

import (
	"errors"
	"runtime"
	"strconv"
	"sync"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/nodeerr"
)

// GroupOptions configure ListenGroup.
type GroupOptions struct {
	// Loops is the number of event loops, each with its own listener; 0
	// means one per core (runtime.GOMAXPROCS(0)).
	Loops int
	// Server are the options of every loop's server.
	Server ServerOptions
	// Listen is where every server listens: Port (0 picks a free port,
	// which the other loops then share), Host, Backlog and IPv6Only.
	// With more than one loop ReusePort is set on every listener, whatever
	// its value here (with one it is as given); Path and
	// Signal are not allowed (a group shares a TCP port; stop it with
	// Close).
	Listen ListenOptions
	// LoopOptions are passed to eventloop.New for every loop.
	LoopOptions []eventloop.Option
	// Setup runs on the goroutine of loop i (0 <= i < Loops), before its
	// server listens: it adds the server's listeners ('connection' first of
	// all, as Node's cluster worker script would) and may keep state that
	// belongs to that loop. The server and its sockets must only be used
	// from that loop (see Group.Post).
	Setup func(i int, srv *Server)
	// OnError receives the 'error' events a server emits once it listens
	// (accept failures such as "accept EMFILE"), on its loop's goroutine.
	// A server keeps listening after them. nil drops them.
	OnError func(i int, err error)
}

// Group is a set of event loops serving one TCP port: each loop runs on
// its own goroutine locked to its own OS thread and owns a Server that
// listens on the same address with SO_REUSEPORT, so the kernel spreads the
// incoming connections over the loops. It is Node's cluster model (one
// worker per core, each with its own listener, as listen({reusePort:
// true}) in every worker) with loops in place of processes: a connection
// lives on the loop that accepted it, and loops share nothing unless the
// program shares it (with the locking that then needs).
//
// The methods of a Group are safe from any goroutine.
type Group struct {
	loops []*groupLoop
	addr  AddressInfo

	wg       sync.WaitGroup
	mu       sync.Mutex
	errs     []error // what the loops' Run returned
	closing  bool
	done     chan struct{}
	doneOnce sync.Once
}

// groupLoop is one loop of a Group with what belongs to it.
type groupLoop struct {
	loop  *eventloop.Loop
	srv   *Server
	conns map[*Socket]struct{} // the open connections (only on the loop)
}

// ListenGroup starts opts.Loops event loops (one per core by default), each
// on its own locked OS thread, with a server listening on opts.Listen with
// SO_REUSEPORT, and returns once every server listens. A listen failure
// (EADDRINUSE, say, when a listener without reusePort holds the port)
// stops the loops already started and is returned; so are Node's argument
// errors (a bad port, a Path) and, where the system has no load-balancing
// SO_REUSEPORT, the ENOTSUP that listen reports there.
func ListenGroup(opts GroupOptions) (*Group, error) {
	n := opts.Loops
	if n == 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n < 0 {
		return nil, nodeerr.InvalidArgValue("options.loops", strconv.Itoa(opts.Loops), "must be >= 0")
	}
	if opts.Listen.Path != "" {
		return nil, nodeerr.InvalidArgValue("options.listen.path", nodeerr.InspectString(opts.Listen.Path),
			"a group listens on a TCP port")
	}
	if opts.Listen.Signal != nil {
		return nil, nodeerr.InvalidArgValue("options.listen.signal", "[Context]", "stop a group with Close")
	}
	if opts.Listen.Port < 0 || opts.Listen.Port > 65535 {
		return nil, errBadPort("options.port", opts.Listen.Port)
	}
	g := &Group{loops: make([]*groupLoop, n), done: make(chan struct{})}
	listen := opts.Listen
	listen.ReusePort = n > 1
	// The first loop picks the port when it is 0; the others then share it.
	addr, err := g.start(0, opts, listen)
	if err != nil {
		g.Close()
		return nil, err
	}
	g.addr = addr
	listen.Port = addr.Port
	errc := make(chan error, n)
	for i := 1; i < n; i++ {
		go func() {
			_, err := g.start(i, opts, listen)
			errc <- err
		}()
	}
	var errs []error
	for i := 1; i < n; i++ {
		if err := <-errc; err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		g.Close()
		return nil, errs[0]
	}
	return g, nil
}

// start runs loop i: it makes the loop and its server on a new goroutine
// locked to its thread, runs Setup, listens and returns the address once
// listening, or the error that kept it from listening.
func (g *Group) start(i int, opts GroupOptions, listen ListenOptions) (AddressInfo, error) {
	type result struct {
		addr AddressInfo
		err  error
	}
	ready := make(chan result, 1)
	report := func(r result) {
		select {
		case ready <- r:
		default: // already reported
		}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		loop, err := eventloop.New(opts.LoopOptions...)
		if err != nil {
			ready <- result{err: err}
			return
		}
		gl := &groupLoop{loop: loop, conns: map[*Socket]struct{}{}}
		g.mu.Lock()
		g.loops[i] = gl
		g.mu.Unlock()
		srv := CreateServer(loop, opts.Server, gl.track)
		gl.srv = srv
		listening := false
		srv.On("error", func(err error) {
			switch {
			case !listening:
				report(result{err: err})
				srv.Close(nil)
			case opts.OnError != nil:
				opts.OnError(i, err)
			}
		})
		if opts.Setup != nil {
			opts.Setup(i, srv)
		}
		err = srv.Listen(listen, func() {
			listening = true
			a, _ := srv.Address()
			report(result{addr: a})
		})
		if err != nil {
			report(result{err: err})
			srv.Close(nil)
		}
		g.exited(gl.run())
	}()
	r := <-ready
	return r.addr, r.err
}

// track is the group's first 'connection' listener: it keeps the
// connection until it closes, so that Close can destroy it.
func (gl *groupLoop) track(s *Socket) {
	gl.conns[s] = struct{}{}
	s.Emitter.Once("close", func(bool) { delete(gl.conns, s) })
}

// run runs the loop until nothing is left on it (after stop) or a callback
// panics; then it stops what is left and closes the loop.
func (gl *groupLoop) run() error {
	err := gl.loop.Run()
	if err != nil {
		// A panic ended the run: release what the loop still holds.
		gl.stop()
		if err2 := gl.loop.Run(); err2 != nil {
			err = errors.Join(err, err2)
		}
	}
	if cerr := gl.loop.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

// stop closes the server and destroys the open connections (on the loop).
func (gl *groupLoop) stop() {
	gl.srv.Close(nil)
	for s := range gl.conns {
		s.Destroy(nil)
	}
}

// exited records how a loop's run ended; a failed loop stops the group.
func (g *Group) exited(err error) {
	if err != nil {
		g.mu.Lock()
		g.errs = append(g.errs, err)
		g.mu.Unlock()
		go g.Close()
	}
}

// Address is where the servers listen (the first loop's address(); the
// others share its port).
func (g *Group) Address() AddressInfo { return g.addr }

// Loops is the number of loops.
func (g *Group) Loops() int { return len(g.loops) }

// Loop returns loop i; its methods belong to its goroutine (use Post).
func (g *Group) Loop(i int) *eventloop.Loop { return g.loops[i].loop }

// Server returns the server of loop i; its methods belong to that loop's
// goroutine (use Post).
func (g *Group) Server(i int) *Server { return g.loops[i].srv }

// Post runs fn on loop i (eventloop.Loop.Post): the way to reach a loop's
// server, sockets and state from another goroutine.
func (g *Group) Post(i int, fn func()) error { return g.loops[i].loop.Post(fn) }

// Close stops the group: every server stops listening and every open
// connection is destroyed (Node's socket.destroy(): no 'error', 'close'
// with hadError false), then each loop runs its remaining callbacks to
// the end and is closed. Close waits for all of that and returns what the
// loops' runs returned (a *eventloop.PanicError for a callback that
// panicked without a panic handler, for instance), joined; a second Close
// waits and returns the same. As it waits for the loops, a callback on one
// of them must not call it (go g.Close() does).
func (g *Group) Close() error {
	g.mu.Lock()
	first := !g.closing
	g.closing = true
	loops := append([]*groupLoop(nil), g.loops...)
	g.mu.Unlock()
	if first {
		for _, gl := range loops {
			if gl != nil {
				_ = gl.loop.Post(gl.stop) // ErrClosed: that loop has ended
			}
		}
	}
	return g.Wait()
}

// Wait waits until every loop has ended (after Close, or after a loop
// failed, which closes the group) and returns what Close returns.
func (g *Group) Wait() error {
	g.wg.Wait()
	g.doneOnce.Do(func() { close(g.done) })
	g.mu.Lock()
	defer g.mu.Unlock()
	return errors.Join(g.errs...)
}

// Done is closed once every loop has ended and Wait has returned.
func (g *Group) Done() <-chan struct{} { return g.done }
