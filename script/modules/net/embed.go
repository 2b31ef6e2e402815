package net

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/script/internal/host"
)

// netState returns the net binding's state, loading node:net.
func netStateOf(h *host.Host) (*netState, error) {
	if st, ok := h.State(stateKey{}).(*netState); ok {
		return st, nil
	}
	if err := h.Guard(func() { h.RequireLib("net") }); err != nil {
		return nil, err
	}
	return h.State(stateKey{}).(*netState), nil
}

// Socket returns the JavaScript net.Socket of a Go socket, such as one a Go
// server accepted, so that a script can handle the connection: its events
// reach the script's listeners and its writes go to the Go socket. The
// same Go socket always gives the same JavaScript object. Call it on the
// loop's goroutine.
func Socket(h *host.Host, s *netmod.Socket) (goja.Value, error) {
	if s == nil {
		return nil, fmt.Errorf("script: Socket: nil socket")
	}
	st, err := netStateOf(h)
	if err != nil {
		return nil, err
	}
	if v, ok := st.embedded[s]; ok {
		return v, nil
	}
	var v goja.Value
	if err := h.Guard(func() { v = st.jsSocketOf(s, nil) }); err != nil {
		return nil, err
	}
	if st.embedded == nil {
		st.embedded = map[*netmod.Socket]goja.Value{}
	}
	st.embedded[s] = v
	s.Emitter.On("close", func() { delete(st.embedded, s) })
	return v, nil
}

// GoSocket returns the Go socket behind a JavaScript net.Socket (one a
// script created or one Socket handed over).
func GoSocket(v goja.Value) (*netmod.Socket, bool) {
	if js, ok := handleOf(v).(*jsSock); ok {
		return js.s, true
	}
	return nil, false
}

// Server returns a JavaScript net.Server over a Go server, so that a
// script can listen on it, add 'connection' listeners or close it; the
// same Go server always gives the same JavaScript object. Call it on the
// loop's goroutine.
func Server(h *host.Host, srv *netmod.Server) (goja.Value, error) {
	if srv == nil {
		return nil, fmt.Errorf("script: Server: nil server")
	}
	st, err := netStateOf(h)
	if err != nil {
		return nil, err
	}
	if v, ok := st.embeddedServers[srv]; ok {
		return v, nil
	}
	var v goja.Value
	err = h.Guard(func() {
		st.adoptServer = &jsServer{st: st, srv: srv, fwd: map[string]events.Listener{}}
		defer func() { st.adoptServer = nil }()
		ctor := h.RequireLib("net").ToObject(h.Runtime()).Get("Server")
		o, err := h.Runtime().New(ctor.ToObject(h.Runtime()))
		if err != nil {
			h.Rethrow(err)
		}
		v = o
	})
	if err != nil {
		return nil, err
	}
	if st.embeddedServers == nil {
		st.embeddedServers = map[*netmod.Server]goja.Value{}
	}
	st.embeddedServers[srv] = v
	return v, nil
}

// GoServer returns the Go server behind a JavaScript net.Server, so that a
// Go program can use a server a script created.
func GoServer(v goja.Value) (*netmod.Server, bool) {
	if js, ok := handleOf(v).(*jsServer); ok {
		return js.srv, true
	}
	return nil, false
}

// handleOf finds the binding handle a JavaScript Socket or Server holds
// (handleKey).
func handleOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	hv := o.Get(handleKey)
	if hv == nil {
		return nil
	}
	switch x := hv.Export().(type) {
	case *jsSock:
		return x
	case *jsServer:
		return x
	}
	return nil
}
