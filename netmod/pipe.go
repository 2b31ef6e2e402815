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

// pipeState is one pipe from src to dest: the closures pipe() creates.
type pipeState struct {
	src, dest *Socket
	cleanedUp bool

	onEnd     func()
	onUnpipe  func(*Socket, *UnpipeInfo)
	onData    func()
	onError   func(error)
	onClose   func()
	onFinish  func()
	onDrain   func()
	unpipeFn  func()
	endFnOnce func()
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
	if len(r.pipes) == 1 && !r.multiAwaitDrain {
		r.multiAwaitDrain = true
		r.awaitDrainSet = r.awaitDrainSet[:0]
		if r.awaitDrainWriter != nil {
			r.awaitDrainSet = append(r.awaitDrainSet, r.awaitDrainWriter)
			r.awaitDrainWriter = nil
		}
	}
	p := &pipeState{src: s, dest: dest}
	r.pipes = append(r.pipes, p)

	p.onEnd = func() { dest.End(nil, nil) }
	p.unpipeFn = func() { s.Unpipe(dest) }
	endFn := p.onEnd
	if opts.NoEnd {
		endFn = p.unpipeFn
	}
	p.endFnOnce = endFn
	if s.r.endEmitted {
		s.loop.NextTick(endFn)
	} else {
		s.Once("end", endFn)
	}

	p.onUnpipe = func(readable *Socket, info *UnpipeInfo) {
		if readable == s && info != nil && !info.HasUnpiped {
			info.HasUnpiped = true
			p.cleanup()
		}
	}
	dest.On("unpipe", p.onUnpipe)

	p.onData = func() {
		if !dest.Write(s.r.dataChunk, nil) {
			p.pause()
		}
	}
	s.On("data", p.onData)

	p.onError = func(er error) {
		p.unpipeFn()
		dest.RemoveListener("error", p.onError)
		if dest.ListenerCount("error") == 0 {
			if !dest.w.errorEmitted {
				dest.errorOrDestroy(er, false)
			} else {
				events.Emit1(&dest.Emitter, "error", er)
			}
		}
	}
	dest.PrependListener("error", p.onError)

	p.onClose = func() {
		dest.RemoveListener("finish", p.onFinish)
		p.unpipeFn()
	}
	dest.Once("close", p.onClose)
	p.onFinish = func() {
		dest.RemoveListener("close", p.onClose)
		p.unpipeFn()
	}
	dest.Once("finish", p.onFinish)

	events.Emit1(&dest.Emitter, "pipe", s)

	if dest.WritableNeedDrain() {
		p.pause()
	} else if !s.r.flowing {
		s.Resume()
	}
	return dest
}

func (p *pipeState) cleanup() {
	src, dest := p.src, p.dest
	dest.RemoveListener("close", p.onClose)
	dest.RemoveListener("finish", p.onFinish)
	if p.onDrain != nil {
		dest.RemoveListener("drain", p.onDrain)
	}
	dest.RemoveListener("error", p.onError)
	dest.RemoveListener("unpipe", p.onUnpipe)
	src.RemoveListener("end", p.onEnd)
	src.RemoveListener("end", p.unpipeFn)
	src.RemoveListener("data", p.onData)
	p.cleanedUp = true
	if p.onDrain != nil && src.awaitingDrain() {
		p.onDrain()
	}
}

// pause is pipe's pause(): wait for dest's 'drain'.
func (p *pipeState) pause() {
	src := p.src
	r := src.r.pipe
	if !p.cleanedUp {
		if len(r.pipes) == 1 && r.pipes[0].dest == p.dest {
			r.awaitDrainWriter = p
			r.multiAwaitDrain = false
			r.awaitDrainSet = r.awaitDrainSet[:0]
		} else if len(r.pipes) > 1 && src.pipeIndex(p.dest) >= 0 {
			if !slices.Contains(r.awaitDrainSet, p) {
				r.awaitDrainSet = append(r.awaitDrainSet, p)
			}
		}
		src.Pause()
	}
	if p.onDrain == nil {
		p.onDrain = p.pipeOnDrain
		p.dest.On("drain", p.onDrain)
	}
}

// pipeOnDrain is the function pipeOnDrain(src, dest) returns.
func (p *pipeState) pipeOnDrain() {
	src := p.src
	r := src.r.pipe
	if !r.multiAwaitDrain && r.awaitDrainWriter != nil && r.awaitDrainWriter.dest == p.dest {
		r.awaitDrainWriter = nil
	} else if r.multiAwaitDrain {
		r.awaitDrainSet = slices.DeleteFunc(r.awaitDrainSet, func(q *pipeState) bool { return q.dest == p.dest })
	}
	// A single writer still awaited has no size: Node does not resume.
	if (r.multiAwaitDrain && len(r.awaitDrainSet) == 0 || !r.multiAwaitDrain && r.awaitDrainWriter == nil) && src.r.dataListening {
		src.Resume()
	}
}

// awaitingDrain is the truthiness of state.awaitDrainWriters.
func (s *Socket) awaitingDrain() bool {
	r := s.r.pipe
	return r != nil && (r.multiAwaitDrain || r.awaitDrainWriter != nil)
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
	awaitDrainWriter *pipeState   // awaitDrainWriters when a single writer
	awaitDrainSet    []*pipeState // awaitDrainWriters when kMultiAwaitDrain
	multiAwaitDrain  bool
}
