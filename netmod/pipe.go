package netmod

// This file is Readable.prototype.pipe and unpipe (lib/internal/streams/
// readable.js) for a socket piped into another socket.

import (
	"slices"

	"github.com/nodenet/nodenet/events"
)

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

// pipeState is one pipe from src to dest. Its listeners are the
// functions pipe() creates; apart from 'data' (a func(), the hot path)
// each is the pipeState itself seen through a type of its own (pipeEnd,
// pipeUnpipe, ...), a DynamicListener with its own identity, so a pipe
// costs one allocation for its state and one for its 'data' closure.
type pipeState struct {
	src, dest *Socket
	onData    func()

	cleanedUp   bool
	noEnd       bool // {end: false}: endFn is unpipe
	drainOn     bool // the 'drain' listener is registered
	endFired    bool // the once listeners have run
	closeFired  bool
	finishFired bool
}

// Pipe sends everything read from s to dest, as readable.pipe(dest): s
// flows into dest.Write, pausing while dest's buffer is over its
// high-water mark and resuming on its 'drain'; when s ends dest is ended
// too (unless opts.NoEnd). 'pipe' is emitted on dest. The pipe stops on
// Unpipe, or when dest emits 'close', 'finish' or 'error'. It returns
// dest.
func (s *Socket) Pipe(dest *Socket, opts PipeOptions) *Socket {
	if s.r.pipe == nil {
		s.r.pipe = &pipeGroup{}
	}
	r := s.r.pipe
	if len(r.pipes) == 1 && r.multi == nil {
		r.multi = &drainSet{}
		if r.awaitDrainWriter != nil {
			r.multi.set = append(r.multi.set, r.awaitDrainWriter)
			r.awaitDrainWriter = nil
		}
	}
	p := &pipeState{src: s, dest: dest, noEnd: opts.NoEnd}
	if cap(r.pipes) == 0 {
		r.pipes = r.one[:0]
	}
	r.pipes = append(r.pipes, p)

	if s.r.endEmitted {
		s.loop.NextTickArg(pipeEndTick, p)
	} else {
		s.On("end", (*pipeEnd)(p))
	}
	dest.On("unpipe", (*pipeUnpipe)(p))
	p.onData = p.ondata
	s.On("data", p.onData)
	dest.PrependListener("error", (*pipeError)(p))
	dest.On("close", (*pipeClose)(p))
	dest.On("finish", (*pipeFinish)(p))

	events.Emit1(&dest.Emitter, "pipe", s)

	if dest.WritableNeedDrain() {
		p.pause()
	} else if !s.r.flowing {
		s.Resume()
	}
	return dest
}

// ondata is pipe's ondata: write the chunk, pause when dest is full.
func (p *pipeState) ondata() {
	if !p.dest.Write(p.src.readBuffer().dataChunk, nil) {
		p.pause()
	}
}

// endFn is pipe's endFn: dest.end(), or unpipe with {end: false}.
func (p *pipeState) endFn() {
	if p.noEnd {
		p.unpipe()
		return
	}
	p.dest.End(nil, nil)
}

func pipeEndTick(arg any) { arg.(*pipeState).endFn() }

// unpipe is pipe's unpipe(): src.unpipe(dest).
func (p *pipeState) unpipe() { p.src.Unpipe(p.dest) }

// pipeEnd is the once listener of the source's 'end' (endFn).
type pipeEnd pipeState

func (l *pipeEnd) CallListener(...any) {
	p := (*pipeState)(l)
	if p.endFired {
		return
	}
	p.endFired = true
	p.src.RemoveListener("end", l)
	p.endFn()
}

// pipeUnpipe is the destination's 'unpipe' listener (onunpipe).
type pipeUnpipe pipeState

func (l *pipeUnpipe) CallListener(args ...any) {
	p := (*pipeState)(l)
	var readable *Socket
	var info *UnpipeInfo
	if len(args) > 0 {
		readable, _ = args[0].(*Socket)
	}
	if len(args) > 1 {
		info, _ = args[1].(*UnpipeInfo)
	}
	if readable == p.src && info != nil && !info.HasUnpiped {
		info.HasUnpiped = true
		p.cleanup()
	}
}

// pipeError is the destination's 'error' listener (onerror), prepended.
type pipeError pipeState

func (l *pipeError) CallListener(args ...any) {
	p := (*pipeState)(l)
	var er error
	if len(args) > 0 {
		er, _ = args[0].(error)
	}
	dest := p.dest
	p.unpipe()
	dest.RemoveListener("error", l)
	if dest.ListenerCount("error") == 0 {
		if !dest.w.errorEmitted {
			dest.errorOrDestroy(er, false)
		} else {
			events.Emit1(&dest.Emitter, "error", er)
		}
	}
}

// pipeClose is the destination's once 'close' listener (onclose).
type pipeClose pipeState

func (l *pipeClose) CallListener(...any) {
	p := (*pipeState)(l)
	p.destDone(&p.closeFired, "close", l, "finish", (*pipeFinish)(p))
}

// pipeFinish is the destination's once 'finish' listener (onfinish).
type pipeFinish pipeState

func (l *pipeFinish) CallListener(...any) {
	p := (*pipeState)(l)
	p.destDone(&p.finishFired, "finish", l, "close", (*pipeClose)(p))
}

// destDone is onclose and onfinish: once (fired), remove this listener and
// the other one, then unpipe.
func (p *pipeState) destDone(fired *bool, name string, self any, other string, otherL any) {
	if *fired {
		return
	}
	*fired = true
	p.dest.RemoveListener(name, self)
	p.dest.RemoveListener(other, otherL)
	p.unpipe()
}

// pipeDrain is the destination's 'drain' listener (pipeOnDrain).
type pipeDrain pipeState

func (l *pipeDrain) CallListener(...any) { (*pipeState)(l).pipeOnDrain() }

func (p *pipeState) cleanup() {
	src, dest := p.src, p.dest
	dest.RemoveListener("close", (*pipeClose)(p))
	dest.RemoveListener("finish", (*pipeFinish)(p))
	if p.drainOn {
		dest.RemoveListener("drain", (*pipeDrain)(p))
	}
	dest.RemoveListener("error", (*pipeError)(p))
	dest.RemoveListener("unpipe", (*pipeUnpipe)(p))
	src.RemoveListener("end", (*pipeEnd)(p))
	src.RemoveListener("data", p.onData)
	p.cleanedUp = true
	if p.drainOn && src.awaitingDrain() {
		p.pipeOnDrain()
	}
}

// pause is pipe's pause(): wait for dest's 'drain'.
func (p *pipeState) pause() {
	src := p.src
	r := src.r.pipe
	if !p.cleanedUp {
		if len(r.pipes) == 1 && r.pipes[0].dest == p.dest {
			r.awaitDrainWriter = p
			r.multi = nil
		} else if len(r.pipes) > 1 && src.pipeIndex(p.dest) >= 0 {
			if r.multi == nil {
				r.multi = &drainSet{}
			}
			if !slices.Contains(r.multi.set, p) {
				r.multi.set = append(r.multi.set, p)
			}
		}
		src.Pause()
	}
	if !p.drainOn {
		p.drainOn = true
		p.dest.On("drain", (*pipeDrain)(p))
	}
}

// pipeOnDrain is the function pipeOnDrain(src, dest) returns.
func (p *pipeState) pipeOnDrain() {
	src := p.src
	r := src.r.pipe
	if r.multi == nil && r.awaitDrainWriter != nil && r.awaitDrainWriter.dest == p.dest {
		r.awaitDrainWriter = nil
	} else if r.multi != nil {
		r.multi.set = slices.DeleteFunc(r.multi.set, func(q *pipeState) bool { return q.dest == p.dest })
	}
	// A single writer still awaited has no size: Node does not resume.
	if (r.multi != nil && len(r.multi.set) == 0 || r.multi == nil && r.awaitDrainWriter == nil) && src.r.dataListening {
		src.Resume()
	}
}

// awaitingDrain is the truthiness of state.awaitDrainWriters.
func (s *Socket) awaitingDrain() bool {
	r := s.r.pipe
	return r != nil && (r.multi != nil || r.awaitDrainWriter != nil)
}

func (s *Socket) pipeIndex(dest *Socket) int {
	if s.r.pipe == nil {
		return -1
	}
	for i, p := range s.r.pipe.pipes {
		if p.dest == dest {
			return i
		}
	}
	return -1
}

// Unpipe stops piping into dest, or into every destination when dest is
// nil (readable.unpipe); 'unpipe' is emitted on each destination. The
// socket is paused once it pipes nowhere.
func (s *Socket) Unpipe(dest *Socket) *Socket {
	r := s.r.pipe
	if r == nil || len(r.pipes) == 0 {
		return s
	}
	if dest == nil {
		dests := r.pipes
		r.pipes = nil
		s.Pause()
		for _, p := range dests {
			events.Emit2(&p.dest.Emitter, "unpipe", s, &UnpipeInfo{})
		}
		return s
	}
	i := s.pipeIndex(dest)
	if i < 0 {
		return s
	}
	r.pipes = slices.Delete(r.pipes, i, i+1)
	if len(r.pipes) == 0 {
		s.Pause()
	}
	events.Emit2(&dest.Emitter, "unpipe", s, &UnpipeInfo{})
	return s
}

// PipesCount is the number of destinations the socket pipes into.
func (s *Socket) PipesCount() int {
	if s.r.pipe == nil {
		return 0
	}
	return len(s.r.pipe.pipes)
}

// pipeGroup is a socket's pipe() state (Node's state.pipes and
// awaitDrainWriters), allocated by the first Pipe.
type pipeGroup struct {
	pipes            []*pipeState
	one              [1]*pipeState // backing array of pipes for the first pipe
	awaitDrainWriter *pipeState    // awaitDrainWriters when a single writer
	multi            *drainSet     // awaitDrainWriters when kMultiAwaitDrain
}

// drainSet is awaitDrainWriters as a Set (kMultiAwaitDrain); even empty it
// counts as awaiting, as a Set is truthy.
type drainSet struct {
	set []*pipeState
}
