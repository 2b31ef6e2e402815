package netmod

import "github.com/nodenet/nodenet/events"

// PipeOptions are the options of Pipe.
type PipeOptions struct {
	// NoEnd keeps the destination open when the source ends (Node's
	// {end: false}); by default the destination is ended.
	NoEnd bool
}

// UnpipeInfo is the second argument of the 'unpipe' event.
type UnpipeInfo struct {
	// HasUnpiped is set once the pipe has cleaned up after this unpipe.
	HasUnpiped bool
}

// pipeSet is the pipes out of one socket.
type pipeSet struct {
	links []*pipeLink
	// waiting counts the links whose destination owes a 'drain' before
	// the source may flow again
	waiting int
}

// pipeLink is one pipe from src to dest. It listens to both sockets; each
// of its listeners is the link seen as a type of its own (linkEnd,
// linkDrain, ...), so that each can be removed on its own and registering
// it allocates nothing more.
type pipeLink struct {
	src, dest *Socket
	endDest   bool // end dest when src ends
	// onData is the link's 'data' listener on src: a func() that finds
	// the chunk in the loop's read buffer (emitData), so that forwarding
	// a chunk allocates nothing
	onData       func()
	waitingDrain bool // counted in the source's pipeSet.waiting
	drainOn      bool // the 'drain' listener is on dest
	cleaned      bool
}

type (
	linkEnd    pipeLink // src 'end': end dest (or only unpipe, with NoEnd)
	linkUnpipe pipeLink // dest 'unpipe'
	linkError  pipeLink // dest 'error'
	linkClose  pipeLink // dest 'close'
	linkFinish pipeLink // dest 'finish'
	linkDrain  pipeLink // dest 'drain'
)

// CallListener ends the destination (or unpipes it) when the source ends.
func (l *linkEnd) CallListener(...any) { (*pipeLink)(l).sourceEnded() }

// CallListener cleans the link up when the source unpipes from dest.
func (l *linkUnpipe) CallListener(args ...any) {
	p := (*pipeLink)(l)
	if len(args) < 2 {
		return
	}
	src, _ := args[0].(*Socket)
	info, _ := args[1].(*UnpipeInfo)
	if src == p.src && info != nil && !info.HasUnpiped {
		info.HasUnpiped = true
		p.cleanup()
	}
}

// CallListener stops the pipe when dest fails; with no other 'error'
// listener dest is destroyed with the error (or the error is thrown).
func (l *linkError) CallListener(args ...any) {
	p := (*pipeLink)(l)
	var err error
	if len(args) > 0 {
		err, _ = args[0].(error)
	}
	p.unpipe()
	d := p.dest
	d.Emitter.RemoveListener("error", l)
	if d.ListenerCount("error") == 0 {
		if !d.life.errorEmitted {
			d.failWith(err)
		} else {
			events.Emit1(&d.Emitter, "error", err)
		}
	}
}

// CallListener stops the pipe when dest closes.
func (l *linkClose) CallListener(...any) {
	p := (*pipeLink)(l)
	p.dest.Emitter.RemoveListener("finish", (*linkFinish)(p))
	p.unpipe()
}

// CallListener stops the pipe when dest finishes.
func (l *linkFinish) CallListener(...any) {
	p := (*pipeLink)(l)
	p.dest.Emitter.RemoveListener("close", (*linkClose)(p))
	p.unpipe()
}

// CallListener lets the source flow again once no destination owes a
// 'drain'.
func (l *linkDrain) CallListener(...any) { (*pipeLink)(l).drained() }

// Pipe sends everything read from s to dest, as readable.pipe(dest): s
// flows into dest.Write, pausing while dest's buffer is over its
// high-water mark and resuming on its 'drain'; when s ends dest is ended
// too (unless opts.NoEnd). 'pipe' is emitted on dest. The pipe stops on
// Unpipe, or when dest emits 'close', 'finish' or 'error'. It returns
// dest.
func (s *Socket) Pipe(dest *Socket, opts PipeOptions) *Socket {
	r := &s.r
	if r.pipes == nil {
		r.pipes = &pipeSet{}
	}
	p := &pipeLink{src: s, dest: dest, endDest: !opts.NoEnd}
	p.onData = p.forward
	r.pipes.links = append(r.pipes.links, p)
	if r.end == endDone {
		s.loop.NextTick(p.sourceEnded)
	} else {
		s.Emitter.Once("end", (*linkEnd)(p))
	}
	dest.Emitter.On("unpipe", (*linkUnpipe)(p))
	s.On("data", p.onData)
	dest.Emitter.PrependListener("error", (*linkError)(p))
	dest.Emitter.Once("close", (*linkClose)(p))
	dest.Emitter.Once("finish", (*linkFinish)(p))
	events.Emit1(&dest.Emitter, "pipe", s)
	if dest.WritableNeedDrain() {
		p.holdSource()
	} else if !r.flowingNow() {
		s.Resume()
	}
	return dest
}

// sourceEnded is the end of the source: dest is ended, or with NoEnd the
// pipe only stops.
func (p *pipeLink) sourceEnded() {
	if p.endDest {
		p.dest.End(nil, nil)
	} else {
		p.unpipe()
	}
}

// unpipe stops this pipe from its source's side.
func (p *pipeLink) unpipe() { p.src.Unpipe(p.dest) }

// forward writes the chunk the source is emitting to dest, and holds the
// source back when dest's buffer is full.
func (p *pipeLink) forward() {
	rb := p.src.rb
	if rb == nil {
		return
	}
	var ok bool
	if rb.dataText {
		ok = p.dest.writeCounted(rb.dataChunk, jsLength(string(rb.dataChunk)), nil)
	} else {
		ok = p.dest.Write(rb.dataChunk, nil)
	}
	if !ok {
		p.holdSource()
	}
}

// holdSource pauses the source until dest emits 'drain'.
func (p *pipeLink) holdSource() {
	set := p.src.r.pipes
	if !p.cleaned && set != nil && !p.waitingDrain {
		for _, q := range set.links {
			if q == p {
				p.waitingDrain = true
				set.waiting++
				break
			}
		}
	}
	p.src.Pause()
	if !p.drainOn {
		p.drainOn = true
		p.dest.Emitter.On("drain", (*linkDrain)(p))
	}
}

// drained is dest's 'drain': the source flows again once no destination
// owes one and something listens to its 'data'.
func (p *pipeLink) drained() {
	src := p.src
	set := src.r.pipes
	if p.waitingDrain {
		p.waitingDrain = false
		if set != nil && set.waiting > 0 {
			set.waiting--
		}
	}
	if (set == nil || set.waiting == 0) && src.ListenerCount("data") > 0 {
		src.Resume()
	}
}

// forgetDrainWaits clears the destinations' owed 'drain's: the source
// emitted data, so whoever resumed it decided to let it flow.
func (s *Socket) forgetDrainWaits() {
	set := s.r.pipes
	if set == nil || set.waiting == 0 {
		return
	}
	for _, p := range set.links {
		p.waitingDrain = false
	}
	set.waiting = 0
}

// cleanup removes the link's listeners from both sockets.
func (p *pipeLink) cleanup() {
	d, src := p.dest, p.src
	d.Emitter.RemoveListener("close", (*linkClose)(p))
	d.Emitter.RemoveListener("finish", (*linkFinish)(p))
	if p.drainOn {
		d.Emitter.RemoveListener("drain", (*linkDrain)(p))
	}
	d.Emitter.RemoveListener("error", (*linkError)(p))
	d.Emitter.RemoveListener("unpipe", (*linkUnpipe)(p))
	src.Emitter.RemoveListener("end", (*linkEnd)(p))
	src.RemoveListener("data", p.onData)
	p.cleaned = true
	if p.drainOn && p.waitingDrain && d.w.needDrain {
		p.drained()
	}
}

// Unpipe stops piping into dest, or into every destination when dest is
// nil (readable.unpipe); 'unpipe' is emitted on each destination. The
// socket is paused once it pipes nowhere.
func (s *Socket) Unpipe(dest *Socket) *Socket {
	set := s.r.pipes
	if set == nil || len(set.links) == 0 {
		return s
	}
	if dest == nil {
		links := set.links
		set.links = nil
		s.Pause()
		for _, p := range links {
			events.Emit2(&p.dest.Emitter, "unpipe", s, &UnpipeInfo{})
		}
		return s
	}
	for i, p := range set.links {
		if p.dest != dest {
			continue
		}
		set.links = append(set.links[:i:i], set.links[i+1:]...)
		if len(set.links) == 0 {
			s.Pause()
		}
		events.Emit2(&dest.Emitter, "unpipe", s, &UnpipeInfo{})
		return s
	}
	return s
}

// PipesCount is the number of destinations the socket pipes into.
func (s *Socket) PipesCount() int {
	if s.r.pipes == nil {
		return 0
	}
	return len(s.r.pipes.links)
}
