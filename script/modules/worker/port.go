package worker

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// The Go half of MessageChannel (lib/internal/worker/io.js): the ports of
// one host live on its loop, so a message is a call posted to the loop
// (delivered in the poll phase, as Node delivers a port's messages), and
// the started, ref'd ports keep the loop alive together as one request.

// portNatives are the MessagePort functions of the worker binding.
type portNatives struct {
	h    *host.Host
	held int // started, ref'd, open ports

	// calls that run in the next prepare phase if the loop is still alive
	// then (a port hearing that its peer closed: it does not keep the
	// loop alive for that)
	weak       []goja.Value
	endPrepare func()
}

func newPortNatives(h *host.Host) *portNatives {
	p := &portNatives{h: h}
	h.OnClose(p.release)
	return p
}

// postWeak(fn) calls fn in the next prepare phase, when the loop has that
// iteration anyway; the call does not keep the loop alive.
func (p *portNatives) postWeak(c goja.FunctionCall) goja.Value {
	p.weak = append(p.weak, c.Argument(0))
	if p.endPrepare == nil {
		p.endPrepare = p.h.Loop().AddPrepare(p.runWeak)
	}
	return goja.Undefined()
}

func (p *portNatives) runWeak() {
	batch := p.weak
	p.weak = nil
	p.endPrepare()
	p.endPrepare = nil
	for _, fn := range batch {
		p.h.Call(fn, goja.Undefined())
	}
}

// post(fn) calls fn in the loop's poll phase, as its own callback.
func (p *portNatives) post(c goja.FunctionCall) goja.Value {
	fn := c.Argument(0)
	h := p.h
	_ = h.Loop().Post(func() { h.Call(fn, goja.Undefined()) })
	return goja.Undefined()
}

// closeLater(fn) calls fn in the loop's close phase, as a handle's close
// callback (last queued first).
func (p *portNatives) closeLater(c goja.FunctionCall) goja.Value {
	fn := c.Argument(0)
	h := p.h
	h.Loop().QueueClose(func() { h.Call(fn, goja.Undefined()) })
	return goja.Undefined()
}

// hold(delta) counts the ports that keep the loop alive: the loop holds one
// request while there is any.
func (p *portNatives) hold(c goja.FunctionCall) goja.Value {
	before := p.held
	p.held += int(c.Argument(0).ToInteger())
	if p.held < 0 {
		p.held = 0
	}
	switch {
	case before == 0 && p.held > 0:
		p.h.Loop().BeginRequest()
	case before > 0 && p.held == 0:
		p.h.Loop().EndRequest()
	}
	return goja.Undefined()
}

// release lets go of the loop when the host closes with ports still open.
func (p *portNatives) release() {
	if p.endPrepare != nil {
		p.endPrepare()
		p.endPrepare = nil
		p.weak = nil
	}
	if p.held > 0 {
		p.held = 0
		p.h.Loop().EndRequest()
	}
}

// detach(arrayBuffer) detaches a transferred ArrayBuffer; it reports
// whether it could.
func (p *portNatives) detach(c goja.FunctionCall) goja.Value {
	ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
	if !ok {
		return p.h.Runtime().ToValue(false)
	}
	return p.h.Runtime().ToValue(ab.Detach())
}

// detached(arrayBuffer) reports whether an ArrayBuffer was detached.
func (p *portNatives) detached(c goja.FunctionCall) goja.Value {
	ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
	return p.h.Runtime().ToValue(ok && ab.Detached())
}
