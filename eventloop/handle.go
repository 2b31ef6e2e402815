package eventloop

// Handle is the liveness bookkeeping of a long-lived loop resource such as a
// server or a socket, as libuv's handles: the loop stays alive while any
// handle is both active and ref'd, and Close reports handles that were never
// closed. Embed it (or hold one) and call Init once.
type Handle struct {
	loop    *Loop
	active  bool
	unref   bool
	closing bool
	closed  bool
}

// Init attaches h to l. The handle starts inactive and ref'd.
func (h *Handle) Init(l *Loop) {
	h.loop = l
	l.openHandles++
}

// Loop returns the loop the handle belongs to.
func (h *Handle) Loop() *Loop { return h.loop }

// Start marks the handle active (listening, connecting, reading, ...).
func (h *Handle) Start() {
	if h.active || h.closing || h.closed {
		return
	}
	h.active = true
	if !h.unref {
		h.loop.refHandles++
	}
}

// Stop marks the handle inactive.
func (h *Handle) Stop() {
	if !h.active {
		return
	}
	h.active = false
	if !h.unref {
		h.loop.refHandles--
	}
}

// Active reports whether the handle is active.
func (h *Handle) Active() bool { return h.active }

// Ref makes the handle keep the loop alive while active (the default).
func (h *Handle) Ref() {
	if h.unref {
		h.unref = false
		if h.active {
			h.loop.refHandles++
		}
	}
}

// Unref lets the loop end while the handle is active.
func (h *Handle) Unref() {
	if !h.unref {
		h.unref = true
		if h.active {
			h.loop.refHandles--
		}
	}
}

// HasRef reports whether the handle keeps the loop alive when active.
func (h *Handle) HasRef() bool { return !h.unref }

// Closing reports whether Close was called.
func (h *Handle) Closing() bool { return h.closing || h.closed }

// Close stops the handle and runs cb (if not nil) in the close phase of this
// iteration, as uv_close; until then the loop stays alive. Handles closed in
// one iteration run their callbacks last closed first; one closed from a
// close callback waits for the next iteration (see QueueClose). Closing
// twice does nothing.
func (h *Handle) Close(cb func()) {
	t := closeTask{h: h}
	if cb != nil {
		t.fa, t.arg = callFunc, cb
	}
	h.close(t)
}

// CloseArg is Close with the callback fn(arg), queued without allocating
// (see NextTickArg).
func (h *Handle) CloseArg(fn func(any), arg any) { h.close(closeTask{h: h, fa: fn, arg: arg}) }

func (h *Handle) close(t closeTask) {
	if h.closing || h.closed || h.loop == nil {
		return
	}
	h.Stop()
	h.closing = true
	h.loop.closing = append(h.loop.closing, t)
}

// finishClose is the bookkeeping of the close phase, before the callback.
func (h *Handle) finishClose() {
	h.closing = false
	h.closed = true
	h.loop.openHandles--
}

// BeginRequest counts one request in flight (a connect, a write, a lookup):
// requests keep the loop alive regardless of ref, as libuv's.
func (l *Loop) BeginRequest() { l.requests++ }

// EndRequest ends a request counted by BeginRequest. Ending a request that
// was never begun is a bug in the caller's bookkeeping, which would let the
// loop end while a real request is still in flight: it panics (Run returns
// the panic as its error) instead of being clamped at zero.
func (l *Loop) EndRequest() {
	if l.requests == 0 {
		panic("eventloop: EndRequest without a request in flight")
	}
	l.requests--
}
