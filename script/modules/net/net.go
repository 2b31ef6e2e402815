// Package net is the module group of node:net: lib/net.js, net/promises,
// lib/internal/net.js, BlockList and SocketAddress
// (lib/internal/blocklist.js, lib/internal/socketaddress.js), and their
// bindings over netmod and blocklist: net (Socket, Server, BoundSocket) and
// block_list. Socket, Server, GoSocket and GoServer hand Go sockets and
// servers to scripts and back (script.Host's methods of the same names).
package net

import (
	"context"
	"embed"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// stateKey keys a host's netState (Host.State).
type stateKey struct{}

// The "net" binding: lib/net.js's Socket and Server own a *netmod.Socket
// and a *netmod.Server and forward Go events to their JavaScript emit, one
// Go listener per event name that has JavaScript listeners.

// jsSock is a Go socket and the JavaScript Socket that owns it.
type jsSock struct {
	st  *netState
	s   *netmod.Socket
	obj *goja.Object
	// emitV is the object's emit when emitFn was made from it
	emitV  goja.Value
	emitFn goja.Callable
	fwd    forwarders
	// all: the JavaScript object overrides emit, so every passive event is
	// forwarded whether it has JavaScript listeners or not
	all bool
	// closed: 'close' was emitted; didRead: data was delivered
	closed, didRead bool
	// decoding: SetEncoding succeeded (Read returns text)
	decoding bool
	// defEnc: setDefaultEncoding was called, so a string written without
	// an encoding takes the socket's default (write's generic path)
	defEnc bool
	// hadHandle: connect was called or the socket was accepted; without a
	// handle Node emits 'close' with no argument
	hadHandle bool
	// the last write callback and its Go form: consecutive writes with the
	// same JavaScript callback pass the same Go func, which netmod batches
	// as Node does
	lastCb   *goja.Object
	lastGoCb func(error)
	// the lone 'data' listener last called directly and its callable
	dataL  *goja.Object
	dataFn goja.Callable
	// server is the JavaScript Server that accepted the socket (nil for
	// a client): socket.server
	server goja.Value
	// handle is the socket's handle object (socket._nodenetHandle, made
	// on first use)
	handle *goja.Object
	// The EventEmitter fields of the JavaScript object, kept here
	// (Socket.prototype's accessors _events and _eventsCount): until
	// _events is read or set (evSet), each event name's lone listener is
	// in lazy and no listener table exists; then evObj is _events.
	evSet   bool
	evObj   goja.Value
	lazy    []lazyListener
	evCount goja.Value
}

// lazyListener is the lone listener of an event name, kept in Go until
// the socket's _events is made.
type lazyListener struct {
	name string
	fn   *goja.Object
}

// lazyGet is name's listener in the lazy table, or nil.
func (js *jsSock) lazyGet(name string) *goja.Object {
	for i := range js.lazy {
		if js.lazy[i].name == name {
			return js.lazy[i].fn
		}
	}
	return nil
}

// handleValue is the socket's handle object, made once.
func (js *jsSock) handleValue() *goja.Object {
	if js.handle == nil {
		js.handle = js.st.h.Runtime().NewDynamicObject(js)
	}
	return js.handle
}

// writeCb returns the Go callback of a write's JavaScript callback.
func (js *jsSock) writeCb(cb goja.Value, errCb func(goja.Value) func(error)) func(error) {
	o, ok := cb.(*goja.Object)
	if !ok {
		return nil
	}
	if o == js.lastCb {
		return js.lastGoCb
	}
	f := errCb(cb)
	if f != nil {
		js.lastCb, js.lastGoCb = o, f
	}
	return f
}

// jsServer is a Go server and its JavaScript Server.
type jsServer struct {
	st  *netState
	srv *netmod.Server
	obj *goja.Object
	fwd map[string]events.Listener
	all bool
	// emitV is the object's emit when emitFn was made from it
	emitV  goja.Value
	emitFn goja.Callable
}

// netState is the binding's per-host state.
type netState struct {
	h *host.Host
	// socketProto is Socket.prototype (defineSocketProps)
	socketProto *goja.Object
	// adoptServer is the Go server the next new Server wraps (Host.Server)
	adoptServer *jsServer
	socks       map[*netmod.Socket]*jsSock // sockets that pipe, until they close
	emitKey     goja.Value
	// eeEmit is EventEmitter.prototype.emit, once looked up
	eeEmit goja.Value
	// dataName is "data" as a JavaScript string, made once
	dataName goja.Value
	// names holds event names as JavaScript strings (nameValue)
	names map[string]goja.Value
	// the 'data' event being delivered: the socket, the chunk's Buffer and
	// its bytes, so that the listener's socket.write(chunk) (an echo)
	// finds the bytes without exporting the Buffer
	dataSock  *jsSock
	dataBuf   *goja.Object
	dataBytes []byte
	// dataArg holds the chunk for a direct call of a 'data' listener
	// (goja copies the arguments onto its stack: the array is free again
	// once the call starts)
	dataArg [1]goja.Value
	// the Go sockets and servers handed to scripts (Socket, Server)
	embedded        map[*netmod.Socket]goja.Value
	embeddedServers map[*netmod.Server]goja.Value
	// objs: the script's sockets by their JavaScript object, until they
	// close (a closed socket's object keeps its handle in the own property
	// handleKey instead); servers: its servers until they close. What a
	// hosted script that ends has closed (endScript).
	objs    map[*goja.Object]*jsSock
	servers map[*jsServer]bool
}

// socketEvents and serverEvents are the events the Go objects emit; other
// names stay JavaScript-only.
var socketEvents = map[string]bool{
	"lookup": true, "connectionAttempt": true, "connectionAttemptFailed": true,
	"connectionAttemptTimeout": true,
	"connect":                  true, "ready": true, "data": true, "end": true, "finish": true, "drain": true,
	"timeout": true, "error": true, "close": true, "pause": true, "resume": true,
	"readable": true, "prefinish": true, "pipe": true, "unpipe": true,
}

// activeEvents are the events whose Go listeners change what the socket
// does ('data' starts the flow, 'readable' pauses it, 'error' listeners
// keep errors from being uncaught): forwarded only while JavaScript
// listens.
var activeEvents = map[string]bool{"data": true, "readable": true, "error": true}

var serverEvents = map[string]bool{
	"listening": true, "connection": true, "error": true, "close": true, "drop": true,
}

// Binding builds the net binding of h.
func Binding(h *host.Host) *goja.Object {
	st := &netState{h: h, socks: map[*netmod.Socket]*jsSock{}, emitKey: h.Runtime().ToValue("emit"),
		objs: map[*goja.Object]*jsSock{}, servers: map[*jsServer]bool{}, names: map[string]goja.Value{}}
	h.SetState(stateKey{}, st)
	h.OnEnd(st.endScript)
	o := h.Runtime().NewObject()
	_ = o.Set("newSocket", st.newSocket)
	_ = o.Set("addLazy", st.addLazy)
	_ = o.Set("track", st.track)
	_ = o.Set("forwardAll", st.forwardAll)
	_ = o.Set("connect", st.connect)
	_ = o.Set("write", st.write)
	_ = o.Set("socketWrite", st.socketWrite)
	_ = o.Set("defaultEncodingSet", st.defaultEncodingSet)
	_ = o.Set("end", st.end)
	_ = o.Set("destroy", st.destroy)
	_ = o.Set("destroySoon", st.destroySoon)
	_ = o.Set("resetAndDestroy", st.resetAndDestroy)
	_ = o.Set("pause", st.pause)
	_ = o.Set("resume", st.resume)
	_ = o.Set("isPaused", st.isPaused)
	_ = o.Set("read", st.read)
	_ = o.Set("setEncoding", st.setEncoding)
	_ = o.Set("setTimeout", st.setTimeout)
	_ = o.Set("setNoDelay", st.setNoDelay)
	_ = o.Set("setKeepAlive", st.setKeepAlive)
	_ = o.Set("setKeepAliveOptions", st.setKeepAliveOptions)
	_ = o.Set("setTypeOfService", st.setTypeOfService)
	_ = o.Set("getTypeOfService", st.getTypeOfService)
	_ = o.Set("address", st.address)
	_ = o.Set("ref", st.ref)
	_ = o.Set("unref", st.unref)
	_ = o.Set("cork", st.cork)
	_ = o.Set("uncork", st.uncork)
	_ = o.Set("pipe", st.pipe)
	_ = o.Set("unpipe", st.unpipe)
	_ = o.Set("extraListeners", st.extraListeners)
	_ = o.Set("extraEventNames", st.extraEventNames)
	_ = o.Set("errored", st.errored)
	_ = o.Set("newServer", st.newServer)
	_ = o.Set("listen", st.listen)
	_ = o.Set("close", st.close)
	_ = o.Set("serverAddress", st.serverAddress)
	_ = o.Set("listening", st.listening)
	_ = o.Set("connections", st.connections)
	_ = o.Set("serverRef", st.serverRef)
	_ = o.Set("getMaxConnections", st.getMaxConnections)
	_ = o.Set("setMaxConnections", st.setMaxConnections)
	_ = o.Set("autoSelectDefaults", st.autoSelectDefaults)
	_ = o.Set("socketServer", st.socketServer)
	defineSocketAccessors(st, o)
	// BoundSocket (bound.go).
	_ = o.Set("newBound", st.newBound)
	_ = o.Set("boundAddress", st.boundAddress)
	_ = o.Set("boundFD", st.boundFD)
	_ = o.Set("boundClose", st.boundClose)
	_ = o.Set("boundDispose", st.boundDispose)
	_ = o.Set("boundIsPipe", st.boundIsPipe)
	_ = o.Set("serverFD", st.serverFD)
	return o
}

// autoSelectDefaults() is [autoSelectFamily, attempt timeout in ms]: Go's
// process-wide defaults, which a script starts from.
func (st *netState) autoSelectDefaults(goja.FunctionCall) goja.Value {
	return st.h.Runtime().NewArray(netmod.GetDefaultAutoSelectFamily(),
		netmod.GetDefaultAutoSelectFamilyAttemptTimeout().Milliseconds())
}

// socketServer(handle) is the Server that accepted the socket, or null.
func (st *netState) socketServer(c goja.FunctionCall) goja.Value {
	if js, ok := st.handleOf(c.Argument(0)).(*jsSock); ok && js.server != nil {
		return js.server
	}
	return goja.Null()
}

// handleOf is the state behind v: a Socket object, a Server object, or a
// handle; nil for anything else.
func (st *netState) handleOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if js := st.objs[o]; js != nil {
		return js
	}
	if hv, ok := o.Get(handleKey).(*goja.Object); ok {
		o = hv
	}
	// Only a handle is exported (a plain object would be copied).
	switch o.ExportType() {
	case typeJSSock, typeJSServer:
		switch x := o.Export().(type) {
		case *jsSock:
			return x
		case *jsServer:
			return x
		}
	}
	return nil
}

var (
	typeJSSock   = reflect.TypeFor[*jsSock]()
	typeJSServer = reflect.TypeFor[*jsServer]()
)

// sockThis is the socket state behind a Socket object, or nil: while the
// socket is open, objs has it; a closed one's object has its handle.
func (st *netState) sockThis(v goja.Value) *jsSock {
	js, _ := st.handleOf(v).(*jsSock)
	return js
}

// sockOf is the socket (a Socket object or its handle) argument v, or
// throws.
func (st *netState) sockOf(v goja.Value) *jsSock {
	js, ok := st.handleOf(v).(*jsSock)
	if !ok {
		panic(st.h.Runtime().NewTypeError("not a socket handle"))
	}
	return js
}

// srvOf is the server handle argument v, or throws.
func (st *netState) srvOf(v goja.Value) *jsServer {
	js, ok := v.Export().(*jsServer)
	if !ok {
		panic(st.h.Runtime().NewTypeError("not a server handle"))
	}
	return js
}

// throw throws err, if any, as a JavaScript error.
func (st *netState) throw(err error) {
	if err != nil {
		panic(st.h.ToJS(err))
	}
}

// guard turns a Go panic with a nodeerr (netmod's argument checks) into
// a JavaScript throw.
func (st *netState) guard(fn func()) {
	defer func() {
		if x := recover(); x != nil {
			if err, ok := x.(error); ok {
				var ne *nodeerr.Error
				if errors.As(err, &ne) {
					panic(st.h.ToJS(err))
				}
			}
			panic(x)
		}
	}()
	fn()
}

// errCb is the Go completion callback calling the JavaScript callback cb
// with an error or null, or nil when cb is not a function.
func (st *netState) errCb(cb goja.Value) func(error) {
	if _, ok := goja.AssertFunction(cb); !ok {
		return nil
	}
	h := st.h
	return func(err error) {
		if err != nil {
			h.Call(cb, goja.Undefined(), h.ToJS(err))
		} else {
			h.Call(cb, goja.Undefined(), goja.Null())
		}
	}
}

// newSocket(obj, options) creates the Go socket of a JavaScript Socket.
func (st *netState) newSocket(c goja.FunctionCall) goja.Value {
	h, vm := st.h, st.h.Runtime()
	obj := c.Argument(0).ToObject(vm)
	so := st.socketOptions(obj, c.Argument(1))
	if so.Handle != nil {
		s, err := netmod.OpenSocket(h.Loop(), so)
		st.throw(err)
		js := st.wrap(s, obj)
		js.hadHandle = true
		return goja.Undefined()
	}
	st.wrap(netmod.NewSocket(h.Loop(), so), obj)
	return goja.Undefined()
}

// addLazy(socket, type, listener) adds listener (a function) as the lone
// listener of type in the socket's lazy table and reports whether it did:
// for the first listener of a string name while _events is not made and
// no 'newListener' listener waits to be told (what EventEmitter's on does
// then is to store it). Anything else is EventEmitter's, on _events.
func (st *netState) addLazy(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	o, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return vm.ToValue(false)
	}
	js := st.objs[o]
	if js == nil || js.evSet {
		return vm.ToValue(false)
	}
	t, ok := c.Argument(1).(goja.String)
	l, isObj := c.Argument(2).(*goja.Object)
	if !ok || !isObj {
		return vm.ToValue(false)
	}
	name := t.String()
	if js.lazyGet(name) != nil || js.lazyGet("newListener") != nil {
		return vm.ToValue(false)
	}
	js.lazy = append(js.lazy, lazyListener{name, l})
	js.evCount = nil
	if socketEvents[name] {
		js.track(name, true)
	}
	return vm.ToValue(true)
}

// eventsOf is the socket's _events, made from the lazy table on first use.
func (st *netState) eventsOf(js *jsSock) goja.Value {
	if js.evSet {
		return js.evObj
	}
	o := st.h.Runtime().NewObject()
	_ = o.SetPrototype(nil)
	for _, l := range js.lazy {
		_ = o.Set(l.name, l.fn)
	}
	js.evCount = st.h.Runtime().ToValue(len(js.lazy))
	js.lazy, js.evObj, js.evSet = nil, o, true
	return o
}

// eventsCount is the socket's _eventsCount.
func (st *netState) eventsCount(js *jsSock) goja.Value {
	if js.evCount == nil {
		return st.h.Runtime().ToValue(len(js.lazy))
	}
	return js.evCount
}

// handleKey names the own property where a JavaScript Server, and a
// Socket once closed, keeps its binding handle: non-enumerable, read-only.
// An open Socket's is an accessor on Socket.prototype.
const handleKey = "_nodenetHandle"

// setHandle gives obj its handle and returns it.
func setHandle(obj *goja.Object, handle goja.Value) goja.Value {
	_ = obj.DefineDataProperty(handleKey, handle, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return handle
}

// track(handle, name, on): the JavaScript listener count of name went
// 0->1 (on) or 1->0.
func (st *netState) track(c goja.FunctionCall) goja.Value {
	name := c.Argument(1).String()
	on := c.Argument(2).ToBoolean()
	switch js := st.handleOf(c.Argument(0)).(type) {
	case *jsSock:
		if socketEvents[name] {
			js.track(name, on)
		}
	case *jsServer:
		if serverEvents[name] {
			js.track(name, on)
		}
	}
	return goja.Undefined()
}

// forwardAll(handle): the object overrides emit (a subclass tracing
// its events): forward every passive event from now on.
func (st *netState) forwardAll(c goja.FunctionCall) goja.Value {
	switch js := st.handleOf(c.Argument(0)).(type) {
	case *jsSock:
		js.forwardAll()
	case *jsServer:
		js.all = true
		for name := range serverEvents {
			if !activeEvents[name] {
				js.track(name, true)
			}
		}
	}
	return goja.Undefined()
}

func (st *netState) connect(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	js := st.sockOf(c.Argument(0))
	opts := c.Argument(1).ToObject(vm)
	var co netmod.ConnectOptions
	if p := opts.Get("path"); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		co.Path = p.String()
	} else {
		co.Port = int(intOf(opts.Get("port")))
		co.Host = strOf(opts.Get("host"))
		co.LocalAddress = strOf(opts.Get("localAddress"))
		co.LocalPort = int(intOf(opts.Get("localPort")))
		co.Family = int(intOf(opts.Get("family")))
		co.Hints = int(intOf(opts.Get("hints")))
		if v := opts.Get("autoSelectFamily"); v != nil && !goja.IsUndefined(v) {
			auto := v.ToBoolean()
			co.AutoSelectFamily = &auto
		}
		if v := opts.Get("autoSelectFamilyAttemptTimeout"); v != nil && !goja.IsUndefined(v) {
			co.AutoSelectFamilyAttemptTimeout = time.Duration(v.ToInteger()) * time.Millisecond
		}
		if lk, ok := goja.AssertFunction(opts.Get("lookup")); ok {
			co.Lookup = st.jsLookup(lk)
		}
	}
	js.hadHandle = true
	st.guard(func() { st.throw(js.s.Connect(co, nil)) })
	return goja.Undefined()
}

// write(handle, data, encoding, cb) -> bool
func (st *netState) write(c goja.FunctionCall) goja.Value {
	h, vm := st.h, st.h.Runtime()
	js := st.sockOf(c.Argument(0))
	data := c.Argument(1)
	cb := js.writeCb(c.Argument(3), st.errCb)
	if s, ok := data.(goja.String); ok || data.ExportType() == reflectString {
		_ = s
		enc := c.Argument(2)
		e := ""
		if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			e = enc.String()
		}
		ok, err := js.s.WriteString(textOf(data, e), e, cb)
		st.throw(err)
		return vm.ToValue(ok)
	}
	b, ok := h.BufferBytes(data)
	if !ok {
		panic(h.InvalidArgType("chunk", "string or an instance of Buffer, TypedArray, or DataView", data))
	}
	return vm.ToValue(js.s.Write(b, cb))
}

// writeText writes the string s to the socket in UTF-8 (enc is "" or a
// spelling of utf8), with no callback: what write does for (string) and
// (string, 'utf8').
func (st *netState) writeText(js *jsSock, s goja.String, enc string) goja.Value {
	ok, err := js.s.WriteString(s.String(), enc, nil)
	st.throw(err)
	return st.h.Runtime().ToValue(ok)
}

// isUTF8Name reports whether enc names UTF-8 (in any case, as Buffer
// encoding names go).
func isUTF8Name(enc string) bool {
	e, ok := textenc.Lookup(enc)
	return ok && e == textenc.UTF8
}

// defaultEncodingSet(socket) records that socket.setDefaultEncoding was
// called: from then on its strings written alone take the generic path.
func (st *netState) defaultEncodingSet(c goja.FunctionCall) goja.Value {
	if js := st.sockThis(c.Argument(0)); js != nil {
		js.defEnc = true
	}
	return goja.Undefined()
}

// socketWrite(generic) returns Socket.prototype.write: a Buffer written
// alone, a string written alone (no default encoding set) and a string
// with the encoding 'utf8' go to the Go socket here (what generic would do
// with them, without its checks, which they pass); other writes are
// generic's.
func (st *netState) socketWrite(c goja.FunctionCall) goja.Value {
	h, vm := st.h, st.h.Runtime()
	generic, ok := goja.AssertFunction(c.Argument(0))
	if !ok {
		panic(vm.NewTypeError("socketWrite(generic)"))
	}
	w := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if this, ok := c.This.(*goja.Object); ok && len(c.Arguments) == 1 {
			switch chunk := c.Arguments[0].(type) {
			case *goja.Object:
				if js := st.dataSock; js != nil && chunk == st.dataBuf && this == js.obj {
					// The chunk of the 'data' event being delivered,
					// written back to its socket.
					return vm.ToValue(js.s.Write(st.dataBytes, nil))
				}
				if b, ok := chunk.Export().([]byte); ok {
					if js := st.sockThis(this); js != nil {
						return vm.ToValue(js.s.Write(b, nil))
					}
				}
			case goja.String:
				// A string alone, on a socket with no default encoding:
				// UTF-8, as generic would write it.
				if js := st.sockThis(this); js != nil && !js.defEnc {
					return st.writeText(js, chunk, "")
				}
			}
		} else if ok && len(c.Arguments) == 2 {
			// A string with the encoding 'utf8' (any spelling), as
			// generic would write it.
			if chunk, ok := c.Arguments[0].(goja.String); ok {
				if enc, ok := c.Arguments[1].(goja.String); ok {
					if e := enc.String(); isUTF8Name(e) {
						if js := st.sockThis(this); js != nil {
							return st.writeText(js, chunk, e)
						}
					}
				}
			}
		}
		r, err := generic(c.This, c.Arguments...)
		if err != nil {
			h.Rethrow(err)
		}
		return r
	}).(*goja.Object)
	_ = w.DefineDataProperty("name", vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = w.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return w
}

// end(handle, data, encoding, cb)
func (st *netState) end(c goja.FunctionCall) goja.Value {
	h := st.h
	js := st.sockOf(c.Argument(0))
	data := c.Argument(1)
	cb := st.errCb(c.Argument(3))
	if goja.IsUndefined(data) || goja.IsNull(data) {
		js.s.End(nil, cb)
		return goja.Undefined()
	}
	if _, ok := data.(goja.String); ok || data.ExportType() == reflectString {
		enc := c.Argument(2)
		e := ""
		if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			e = enc.String()
		}
		_, err := js.s.EndString(textOf(data, e), e, cb)
		st.throw(err)
		return goja.Undefined()
	}
	b, ok := h.BufferBytes(data)
	if !ok {
		panic(h.InvalidArgType("chunk", "string or an instance of Buffer, TypedArray, or DataView", data))
	}
	js.s.End(b, cb)
	return goja.Undefined()
}

func (st *netState) destroy(c goja.FunctionCall) goja.Value {
	h := st.h
	st.sockOf(c.Argument(0)).s.Destroy(h.FromJS(c.Argument(1)))
	return goja.Undefined()
}

func (st *netState) destroySoon(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.DestroySoon()
	return goja.Undefined()
}

func (st *netState) resetAndDestroy(c goja.FunctionCall) goja.Value {
	st.throw(st.sockOf(c.Argument(0)).s.ResetAndDestroy())
	return goja.Undefined()
}

func (st *netState) pause(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Pause()
	return goja.Undefined()
}

func (st *netState) resume(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Resume()
	return goja.Undefined()
}

func (st *netState) isPaused(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	return vm.ToValue(st.sockOf(c.Argument(0)).s.IsPaused())
}

func (st *netState) read(c goja.FunctionCall) goja.Value {
	h, vm := st.h, st.h.Runtime()
	js := st.sockOf(c.Argument(0))
	n := -1
	if a := c.Argument(1); !goja.IsUndefined(a) {
		n = int(a.ToInteger())
	}
	b := js.s.Read(n)
	if b == nil {
		return goja.Null()
	}
	js.didRead = true
	if js.decoding {
		return wtf8Value(vm, string(b))
	}
	return h.NewBuffer(b)
}

func (st *netState) setEncoding(c goja.FunctionCall) goja.Value {
	js := st.sockOf(c.Argument(0))
	st.throw(js.s.SetEncoding(c.Argument(1).String()))
	js.decoding = true
	return goja.Undefined()
}

func (st *netState) setTimeout(c goja.FunctionCall) goja.Value {
	js := st.sockOf(c.Argument(0))
	ms := c.Argument(1).ToFloat()
	st.guard(func() { js.s.SetTimeout(time.Duration(ms*float64(time.Millisecond)), nil) })
	return goja.Undefined()
}

func (st *netState) setNoDelay(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.SetNoDelay(c.Argument(1).ToBoolean())
	return goja.Undefined()
}

func (st *netState) setKeepAlive(c goja.FunctionCall) goja.Value {
	js := st.sockOf(c.Argument(0))
	ms := c.Argument(2).ToFloat()
	js.s.SetKeepAlive(c.Argument(1).ToBoolean(), time.Duration(ms*float64(time.Millisecond)))
	return goja.Undefined()
}

func (st *netState) setKeepAliveOptions(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	js := st.sockOf(c.Argument(0))
	o := c.Argument(1).ToObject(vm)
	js.s.SetKeepAliveOptions(netmod.KeepAliveOptions{
		Enable:       boolOf(o.Get("enable")),
		InitialDelay: time.Duration(floatOf(o.Get("initialDelay")) * float64(time.Millisecond)),
		Interval:     time.Duration(floatOf(o.Get("interval")) * float64(time.Millisecond)),
		Count:        int(intOf(o.Get("count"))),
	})
	return goja.Undefined()
}

func (st *netState) setTypeOfService(c goja.FunctionCall) goja.Value {
	st.throw(st.sockOf(c.Argument(0)).s.SetTypeOfService(int(c.Argument(1).ToInteger())))
	return goja.Undefined()
}

func (st *netState) getTypeOfService(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	v, err := st.sockOf(c.Argument(0)).s.GetTypeOfService()
	st.throw(err)
	return vm.ToValue(v)
}

func (st *netState) address(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	a, ok := st.sockOf(c.Argument(0)).s.Address()
	if !ok {
		return vm.NewObject()
	}
	return st.addressInfo(a)
}

func (st *netState) ref(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Ref()
	return goja.Undefined()
}

func (st *netState) unref(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Unref()
	return goja.Undefined()
}

func (st *netState) cork(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Cork()
	return goja.Undefined()
}

func (st *netState) uncork(c goja.FunctionCall) goja.Value {
	st.sockOf(c.Argument(0)).s.Uncork()
	return goja.Undefined()
}

func (st *netState) pipe(c goja.FunctionCall) goja.Value {
	src, dst := st.sockOf(c.Argument(0)), st.sockOf(c.Argument(1))
	// 'pipe' and 'unpipe' name the source: let them find its object.
	st.socks[src.s] = src
	src.s.Pipe(dst.s, netmod.PipeOptions{NoEnd: !c.Argument(2).ToBoolean()})
	return goja.Undefined()
}

func (st *netState) unpipe(c goja.FunctionCall) goja.Value {
	src := st.sockOf(c.Argument(0))
	var dst *netmod.Socket
	if d, ok := st.handleOf(c.Argument(1)).(*jsSock); ok {
		dst = d.s
	}
	src.s.Unpipe(dst)
	return goja.Undefined()
}

// extraListeners(handle, name): the Go object's own listeners of name
// (Node's internal ones, such as the socket's 'end' listener).
func (st *netState) extraListeners(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	name := c.Argument(1).String()
	return vm.ToValue(extraListeners(st.handleOf(c.Argument(0)), name))
}

func (st *netState) extraEventNames(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	x := st.handleOf(c.Argument(0))
	var names []string
	switch js := x.(type) {
	case *jsSock:
		names = js.s.EventNames()
	case *jsServer:
		names = js.srv.EventNames()
	}
	out := make([]any, 0, len(names))
	for _, n := range names {
		if extraListeners(x, n) > 0 {
			out = append(out, n)
		}
	}
	return vm.NewArray(out...)
}

func (st *netState) errored(c goja.FunctionCall) goja.Value {
	h := st.h
	if err := st.sockOf(c.Argument(0)).s.Errored(); err != nil {
		return h.ToJS(err)
	}
	return goja.Null()
}

// Servers.
func (st *netState) newServer(c goja.FunctionCall) goja.Value {
	h, vm := st.h, st.h.Runtime()
	obj := c.Argument(0).ToObject(vm)
	if js := st.adoptServer; js != nil {
		// Host.Server: the JavaScript Server of an existing Go server.
		st.adoptServer = nil
		js.obj = obj
		return setHandle(obj, vm.ToValue(js))
	}
	opts := c.Argument(1).ToObject(vm)
	so := netmod.ServerOptions{
		AllowHalfOpen:         boolOf(opts.Get("allowHalfOpen")),
		PauseOnConnect:        boolOf(opts.Get("pauseOnConnect")),
		NoDelay:               boolOf(opts.Get("noDelay")),
		KeepAlive:             boolOf(opts.Get("keepAlive")),
		KeepAliveInitialDelay: time.Duration(floatOf(opts.Get("keepAliveInitialDelay")) * float64(time.Millisecond)),
		HighWaterMark:         int(intOf(opts.Get("highWaterMark"))),
		BlockList:             st.blockListOf(opts.Get("blockList")),
	}
	js := &jsServer{st: st, obj: obj, fwd: map[string]events.Listener{}}
	js.srv = netmod.CreateServer(h.Loop(), so, nil)
	st.servers[js] = true
	js.srv.On("close", func(...any) { delete(st.servers, js) })
	return setHandle(obj, vm.ToValue(js))
}

func (st *netState) listen(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	js := st.srvOf(c.Argument(0))
	opts := c.Argument(1).ToObject(vm)
	lo := netmod.ListenOptions{
		Path:        strOf(opts.Get("path")),
		ReadableAll: boolOf(opts.Get("readableAll")),
		WritableAll: boolOf(opts.Get("writableAll")),
		Port:        int(intOf(opts.Get("port"))),
		Host:        strOf(opts.Get("host")),
		Backlog:     int(intOf(opts.Get("backlog"))),
		IPv6Only:    boolOf(opts.Get("ipv6Only")),
		Exclusive:   boolOf(opts.Get("exclusive")),
		ReusePort:   boolOf(opts.Get("reusePort")),
		Handle:      netHandleOf(opts),
	}
	st.guard(func() { st.throw(js.srv.Listen(lo, nil)) })
	return goja.Undefined()
}

func (st *netState) close(c goja.FunctionCall) goja.Value {
	st.srvOf(c.Argument(0)).srv.Close(nil)
	return goja.Undefined()
}

func (st *netState) serverAddress(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	a, ok := st.srvOf(c.Argument(0)).srv.Address()
	if !ok {
		return goja.Null()
	}
	if a.Path != "" {
		return vm.ToValue(a.Path)
	}
	return st.addressInfo(a)
}

func (st *netState) listening(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	return vm.ToValue(st.srvOf(c.Argument(0)).srv.Listening())
}

func (st *netState) connections(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	return vm.ToValue(st.srvOf(c.Argument(0)).srv.Connections())
}

func (st *netState) serverRef(c goja.FunctionCall) goja.Value {
	js := st.srvOf(c.Argument(0))
	if c.Argument(1).ToBoolean() {
		js.srv.Ref()
	} else {
		js.srv.Unref()
	}
	return goja.Undefined()
}

func (st *netState) getMaxConnections(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	n := st.srvOf(c.Argument(0)).srv.MaxConnections
	if n < 0 {
		return goja.Undefined()
	}
	return vm.ToValue(n)
}

func (st *netState) setMaxConnections(c goja.FunctionCall) goja.Value {
	js := st.srvOf(c.Argument(0))
	v := c.Argument(1)
	if goja.IsUndefined(v) || goja.IsNull(v) {
		js.srv.MaxConnections = -1
	} else {
		js.srv.MaxConnections = int(v.ToInteger())
	}
	return goja.Undefined()
}

var reflectString = reflect.TypeOf("")

// wrap pairs a Go socket with its JavaScript object (nil for an accepted
// socket until the factory builds it).
func (st *netState) wrap(s *netmod.Socket, obj *goja.Object) *jsSock {
	js := &jsSock{st: st, s: s, obj: obj}
	if obj != nil {
		st.objs[obj] = js
	}
	s.Emitter.On("close", js.onClose)
	return js
}

// onClose: the socket closed. Its object leaves objs (which would keep it
// alive) and keeps its handle itself from now on.
func (js *jsSock) onClose() {
	js.closed = true
	st := js.st
	delete(st.socks, js.s)
	if js.obj != nil && st.objs[js.obj] == js {
		delete(st.objs, js.obj)
		setHandle(js.obj, js.handleValue())
	}
}

// endScript closes what a hosted script that ended holds: its sockets are
// destroyed and its servers closed (a Go server the program handed over
// with Host.Server stays the program's).
func (st *netState) endScript() {
	for _, js := range st.objs {
		js.s.Destroy(nil)
	}
	for js := range st.servers {
		if _, handed := st.embeddedServers[js.srv]; !handed {
			js.srv.Close(nil)
		}
	}
	st.servers = map[*jsServer]bool{}
}

// A socket's handle, the object a JavaScript Socket keeps (handleKey) and
// lib/net.js hands back to the binding, is the jsSock as a goja.DynamicObject: the
// binding gets the jsSock back from Export, and the object costs a
// connection two small allocations (a reflected Go value would cost a
// property map and reflection state). Scripts see an empty object that
// takes no properties.

// Get implements goja.DynamicObject: the handle has no properties.
func (js *jsSock) Get(string) goja.Value { return nil }

// Set implements goja.DynamicObject: the handle takes no properties.
func (js *jsSock) Set(string, goja.Value) bool { return false }

// Has implements goja.DynamicObject.
func (js *jsSock) Has(string) bool { return false }

// Delete implements goja.DynamicObject.
func (js *jsSock) Delete(string) bool { return false }

// Keys implements goja.DynamicObject.
func (js *jsSock) Keys() []string { return nil }

// sockHandler is a socket as the host.Handler of its listeners: a type of
// its own, because the handle object scripts hold wraps a *jsSock by
// reflection, and exported methods of jsSock would be theirs to call.
type sockHandler jsSock

// HandlerName names the listener of event for budget errors (host.Handler).
func (hd *sockHandler) HandlerName(event string) string {
	s := hd.s
	where := "socket"
	if a, ok := s.Address(); ok {
		where += " " + hostPort(a.Address, a.Port)
		if r := s.RemoteAddress(); r != "" {
			where += " -> " + hostPort(r, s.RemotePort())
		}
	}
	if event == "connection" {
		return "the server's 'connection' listener for " + where
	}
	return "the '" + event + "' listener of " + where
}

// StopHandler destroys the socket whose listener a budget stopped, as an
// uncaught exception in its listener would end it with the process in
// Node (host.Handler).
func (hd *sockHandler) StopHandler() { hd.s.Destroy(nil) }

// hostPort is address:port ([address]:port for IPv6), or the path of an
// IPC socket.
func hostPort(addr string, port int) string {
	if port == 0 && strings.ContainsRune(addr, '/') {
		return addr
	}
	if strings.Contains(addr, ":") {
		return "[" + addr + "]:" + strconv.Itoa(port)
	}
	return addr + ":" + strconv.Itoa(port)
}

// jsSocketOf returns the JavaScript Socket of a Go socket, building one
// for an accepted socket.
func (st *netState) jsSocketOf(s *netmod.Socket, server *jsServer) goja.Value {
	if s == nil {
		return goja.Null()
	}
	if js, ok := st.socks[s]; ok && js.obj != nil {
		return js.obj
	}
	if st.socketProto == nil {
		st.h.RequireLib("net")
	}
	// A Socket on Socket.prototype with no own property: its
	// EventEmitter fields are the binding's (eventsOf).
	obj := st.h.Runtime().CreateObject(st.socketProto)
	js := st.wrap(s, obj)
	js.hadHandle = true
	if server != nil {
		js.server = server.obj
	}
	if obj.Get("emit") != st.eventEmitterEmit() {
		js.forwardAll()
	}
	return obj
}

// forwardAll: the object overrides emit, so every passive event is
// forwarded from now on.
func (js *jsSock) forwardAll() {
	js.all = true
	for name := range socketEvents {
		if !activeEvents[name] {
			js.track(name, true)
		}
	}
}

// forwarders are a socket's Go listeners that forward events to
// JavaScript, by event name: a few at a time, so a list (a map would
// cost every connection more).
type forwarders []forwarder

type forwarder struct {
	name string
	l    any // an events.Listener, or the socket's *dataForwarder
}

func (f forwarders) get(name string) (any, bool) {
	for i := range f {
		if f[i].name == name {
			return f[i].l, true
		}
	}
	return nil, false
}

func (f *forwarders) del(name string) {
	for i := range *f {
		if (*f)[i].name == name {
			*f = append((*f)[:i], (*f)[i+1:]...)
			return
		}
	}
}

func (js *jsSock) track(name string, on bool) {
	l, have := js.fwd.get(name)
	if on == have || (!on && js.all && !activeEvents[name]) {
		return
	}
	if !on {
		js.fwd.del(name)
		js.s.RemoveListener(name, l)
		return
	}
	st := js.st
	h := st.h
	switch name {
	case "data":
		// The hot path: the socket itself as an events.ChunkListener,
		// which gets each chunk unboxed and costs nothing to make.
		if st.dataName == nil {
			st.dataName = h.Runtime().ToValue(name)
		}
		l = (*dataForwarder)(js)
	case "lookup":
		// Node's 'lookup' after a failed lookup has no address and no
		// family (undefined).
		l = func(args ...any) {
			vals := st.args(args)
			if args[0] != nil && len(vals) >= 3 {
				vals[1], vals[2] = goja.Undefined(), goja.Undefined()
			}
			// A lookup that answered no address: Node reports what the
			// lookup function gave (undefined).
			if len(args) >= 3 && args[1] == "" && args[2] == 0 {
				vals[1], vals[2] = goja.Undefined(), goja.Undefined()
			}
			js.emit(name, vals...)
		}
	case "close":
		l = func(args ...any) {
			if !js.hadHandle {
				js.emit("close")
				return
			}
			js.emit("close", js.st.arg(args[0], nil))
		}
	case "connectionAttempt", "connectionAttemptFailed":
		// (address, port, family[, err]): an IPC attempt has no port and
		// no family (undefined in Node, 0 from Go).
		l = func(args ...any) {
			vals := st.args(args)
			if len(args) >= 3 && args[2] == 0 && args[1] == 0 {
				vals[1], vals[2] = goja.Undefined(), goja.Undefined()
			}
			js.emit(name, vals...)
		}
	default:
		l = func(args ...any) {
			js.emit(name, js.st.args(args)...)
		}
	}
	if js.fwd == nil {
		// a connection's usual few ('error', 'data', 'end')
		js.fwd = make(forwarders, 0, 4)
	}
	js.fwd = append(js.fwd, forwarder{name, l})
	js.s.On(name, l)
}

// dataForwarder is a socket's 'data' forwarder: the socket under a type
// of its own that is an events.ChunkListener, so that netmod's chunk (a
// []byte, or a string after setEncoding) reaches it without boxing, and
// the same pointer identifies it again for RemoveListener.
type dataForwarder jsSock

// ListenBytes forwards a chunk as a Buffer over its bytes.
func (f *dataForwarder) ListenBytes(b []byte) {
	js := (*jsSock)(f)
	st := js.st
	h := st.h
	if h.Exiting() {
		return
	}
	defer h.LeaveHandler(h.EnterHandler((*sockHandler)(js), "data"))
	js.didRead = true
	v := h.NewBuffer(b)
	pSock, pBuf, pBytes := st.dataSock, st.dataBuf, st.dataBytes
	st.dataSock, st.dataBytes = js, b
	st.dataBuf, _ = v.(*goja.Object)
	defer func() { st.dataSock, st.dataBuf, st.dataBytes = pSock, pBuf, pBytes }()
	js.deliverData(v)
}

// ListenString forwards a decoded chunk as a string.
func (f *dataForwarder) ListenString(s string) {
	js := (*jsSock)(f)
	h := js.st.h
	if h.Exiting() {
		return
	}
	defer h.LeaveHandler(h.EnterHandler((*sockHandler)(js), "data"))
	js.didRead = true
	js.deliverData(wtf8Value(h.Runtime(), s))
}

// CallListener takes a chunk emitted boxed (netmod emits 'data' with one
// []byte or string).
func (f *dataForwarder) CallListener(args ...any) {
	if len(args) == 0 {
		return
	}
	switch d := args[0].(type) {
	case []byte:
		f.ListenBytes(d)
	case string:
		f.ListenString(d)
	}
}

// deliverData calls the socket's lone 'data' listener with v, or its emit.
func (js *jsSock) deliverData(v goja.Value) {
	st := js.st
	h := st.h
	nameV := st.dataName
	emit := js.obj.Get("emit")
	if emit == st.eventEmitterEmit() && js.callLoneData(nameV, v) {
		return
	}
	if emit != js.emitV {
		// Looked up each time (a subclass may replace emit), made
		// callable once.
		js.emitV = emit
		js.emitFn, _ = goja.AssertFunction(emit)
	}
	if js.emitFn == nil {
		panic(h.Runtime().NewTypeError("socket.emit is not a function"))
	}
	if _, err := js.emitFn(js.obj, nameV, v); err != nil {
		h.Rethrow(err)
	}
}

// args converts a Go event's arguments for JavaScript (st.arg each).
func (st *netState) args(args []any) []goja.Value {
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = st.arg(a, nil)
	}
	return vals
}

// eventEmitterEmit returns EventEmitter.prototype.emit.
func (st *netState) eventEmitterEmit() goja.Value {
	if st.eeEmit == nil {
		vm := st.h.Runtime()
		ee := st.h.RequireLib("events").ToObject(vm)
		st.eeEmit = ee.Get("prototype").ToObject(vm).Get("emit")
	}
	return st.eeEmit
}

// callLoneData does what EventEmitter.prototype.emit('data', v) does when
// the socket has exactly one 'data' listener: it calls the listener with
// the socket as this and hands a result that is an object to emit's
// result handling (for captureRejections). With no listener or several it
// does nothing and returns false: emit then runs as usual.
func (js *jsSock) callLoneData(nameV, v goja.Value) bool {
	h := js.st.h
	if h.EmitResult() == nil {
		return false
	}
	var l *goja.Object
	if !js.evSet {
		if l = js.lazyGet("data"); l == nil {
			return false
		}
	} else {
		evs, ok := js.evObj.(*goja.Object)
		if !ok {
			return false
		}
		if l, ok = evs.Get("data").(*goja.Object); !ok {
			return false
		}
	}
	if l != js.dataL {
		fn, ok := goja.AssertFunction(l)
		if !ok {
			// an array of listeners
			return false
		}
		js.dataL, js.dataFn = l, fn
	}
	st := js.st
	st.dataArg[0] = v
	r, err := js.dataFn(js.obj, st.dataArg[:]...)
	st.dataArg[0] = nil
	if err != nil {
		h.Rethrow(err)
	}
	if _, ok := r.(*goja.Object); ok {
		if _, err := h.EmitResult()(goja.Undefined(), js.obj, r, nameV, h.Runtime().NewArray(v)); err != nil {
			h.Rethrow(err)
		}
	}
	return true
}

func (js *jsSock) emit(name string, args ...goja.Value) {
	h := js.st.h
	if h.Exiting() {
		// process.exit or a fatal exception: Node runs no more callbacks.
		return
	}
	defer h.LeaveHandler(h.EnterHandler((*sockHandler)(js), name))
	if !js.evSet && js.callLone(name, args) {
		return
	}
	all := make([]goja.Value, 0, len(args)+1)
	all = append(all, js.st.nameValue(name))
	all = append(all, args...)
	js.st.callEmit(js.obj, &js.emitV, &js.emitFn, all)
}

// callLone does what EventEmitter.prototype.emit(name, ...args) does while
// the socket's listeners are in its lazy table (one function per name, no
// 'newListener', no symbol-keyed listener such as errorMonitor): it calls
// name's listener, or does nothing when there is none and name is not
// 'error', and returns true. Otherwise (an emit of the script's own, an
// unhandled 'error') it returns false: emit runs.
func (js *jsSock) callLone(name string, args []goja.Value) bool {
	st := js.st
	h := st.h
	if h.Ended() || h.EmitResult() == nil || js.obj.Get("emit") != st.eventEmitterEmit() {
		return false
	}
	l := js.lazyGet(name)
	if l == nil {
		return name != "error"
	}
	fn, ok := goja.AssertFunction(l)
	if !ok {
		return false
	}
	r, err := fn(js.obj, args...)
	if err != nil {
		h.Rethrow(err)
	}
	if _, ok := r.(*goja.Object); ok {
		items := make([]any, len(args))
		for i, a := range args {
			items[i] = a
		}
		if _, err := h.EmitResult()(goja.Undefined(), js.obj, r, st.nameValue(name), h.Runtime().NewArray(items...)); err != nil {
			h.Rethrow(err)
		}
	}
	return true
}

// nameValue is the event name as a JavaScript string, made once per name.
func (st *netState) nameValue(name string) goja.Value {
	v, ok := st.names[name]
	if !ok {
		v = st.h.Runtime().ToValue(name)
		st.names[name] = v
	}
	return v
}

// callEmit calls obj.emit(args...) as Host.Call does, with the callable of
// the emit function last seen kept in *v and *fn (emit is looked up each
// time: a subclass may replace it).
func (st *netState) callEmit(obj *goja.Object, v *goja.Value, fn *goja.Callable, args []goja.Value) {
	h := st.h
	if h.Ended() {
		return // the hosted script ended: no more callbacks
	}
	emit := obj.Get("emit")
	if emit != *v {
		*v = emit
		*fn, _ = goja.AssertFunction(emit)
	}
	if *fn == nil {
		panic(h.Runtime().NewTypeError("not a function"))
	}
	if _, err := (*fn)(obj, args...); err != nil {
		h.Rethrow(err)
	}
}

func (js *jsServer) track(name string, on bool) {
	l, have := js.fwd[name]
	if on == have || (!on && js.all && !activeEvents[name]) {
		return
	}
	if !on {
		delete(js.fwd, name)
		js.srv.Off(name, l)
		return
	}
	st := js.st
	h := st.h
	l = func(args ...any) {
		if h.Exiting() {
			return
		}
		all := make([]goja.Value, 0, len(args)+1)
		all = append(all, st.nameValue(name))
		for _, a := range args {
			all = append(all, st.arg(a, js))
		}
		if name == "connection" && len(all) > 1 {
			o, _ := all[1].(*goja.Object)
			if sj := st.objs[o]; sj != nil {
				defer h.LeaveHandler(h.EnterHandler((*sockHandler)(sj), name))
			}
		}
		st.callEmit(js.obj, &js.emitV, &js.emitFn, all)
	}
	js.fwd[name] = l
	js.srv.On(name, l)
}

// arg converts an event argument to JavaScript.
func (st *netState) arg(a any, server *jsServer) goja.Value {
	h := st.h
	vm := h.Runtime()
	switch x := a.(type) {
	case nil:
		return goja.Null()
	case error:
		return h.ToJS(x)
	case []byte:
		return h.NewBuffer(x)
	case string:
		return vm.ToValue(x)
	case bool:
		return vm.ToValue(x)
	case int:
		return vm.ToValue(x)
	case *netmod.Socket:
		return st.jsSocketOf(x, server)
	case *netmod.UnpipeInfo:
		o := vm.NewObject()
		_ = o.Set("hasUnpiped", x.HasUnpiped)
		return o
	case netmod.DropInfo:
		o := vm.NewObject()
		if x.LocalAddress == "" && x.RemoteAddress == "" {
			return goja.Undefined()
		}
		_ = o.Set("localAddress", x.LocalAddress)
		_ = o.Set("localPort", x.LocalPort)
		_ = o.Set("localFamily", x.LocalFamily)
		_ = o.Set("remoteAddress", x.RemoteAddress)
		_ = o.Set("remotePort", x.RemotePort)
		_ = o.Set("remoteFamily", x.RemoteFamily)
		return o
	}
	return vm.ToValue(a)
}

func (st *netState) addressInfo(a netmod.AddressInfo) goja.Value {
	o := st.h.Runtime().NewObject()
	_ = o.Set("address", a.Address)
	_ = o.Set("family", a.Family)
	_ = o.Set("port", a.Port)
	return o
}

// socketOptions converts new Socket(options) (already validated by net.js).
func (st *netState) socketOptions(obj *goja.Object, v goja.Value) netmod.SocketOptions {
	h := st.h
	var so netmod.SocketOptions
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return so
	}
	o := v.ToObject(h.Runtime())
	so.AllowHalfOpen = boolOf(o.Get("allowHalfOpen"))
	so.NoDelay = boolOf(o.Get("noDelay"))
	so.KeepAlive = boolOf(o.Get("keepAlive"))
	so.KeepAliveInitialDelay = time.Duration(floatOf(o.Get("keepAliveInitialDelay")) * float64(time.Millisecond))
	if t := o.Get("typeOfService"); t != nil && !goja.IsUndefined(t) {
		n := int(t.ToInteger())
		so.TypeOfService = &n
	}
	so.HighWaterMark = markOpt(o.Get("highWaterMark"))
	so.ReadableHighWaterMark = markOpt(o.Get("readableHighWaterMark"))
	so.WritableHighWaterMark = markOpt(o.Get("writableHighWaterMark"))
	so.BlockList = st.blockListOf(o.Get("blockList"))
	so.Handle = netHandleOf(o)
	if sig, ok := o.Get("signal").(*goja.Object); ok {
		so.Signal = st.signalContext(sig)
	}
	if or, ok := o.Get("onread").(*goja.Object); ok {
		bufV := or.Get("buffer")
		cb, ok := goja.AssertFunction(or.Get("callback"))
		if ok {
			if gen, isFn := goja.AssertFunction(bufV); isFn {
				bv, err := gen(obj)
				if err != nil {
					h.Rethrow(err)
				}
				bufV = bv
			}
			if b, ok := h.BufferBytes(bufV); ok {
				jsBuf := bufV
				so.OnRead = &netmod.OnRead{Buffer: b, Callback: func(n int, _ []byte) bool {
					r, err := cb(obj, h.Runtime().ToValue(n), jsBuf)
					if err != nil {
						h.Rethrow(err)
					}
					return !(r.ExportType() != nil && r.StrictEquals(h.Runtime().ToValue(false)))
				}}
			}
		}
	}
	return so
}

// signalContext is a context canceled when the AbortSignal sig aborts,
// with its reason as the cause (already canceled when sig is aborted). The
// abort reaches the socket or server inside sig's abort listeners, as in
// Node (netmod.AbortController).
func (st *netState) signalContext(sig *goja.Object) context.Context {
	h := st.h
	ctl := netmod.NewAbortController(h.Loop(), nil)
	ctx := ctl.Context()
	if sig.Get("aborted").ToBoolean() {
		ctl.Abort(st.reasonErr(sig.Get("reason")))
		return ctx
	}
	vm := h.Runtime()
	onAbort := vm.ToValue(func(goja.FunctionCall) goja.Value {
		ctl.Abort(st.reasonErr(sig.Get("reason")))
		return goja.Undefined()
	})
	add, ok := goja.AssertFunction(sig.Get("addEventListener"))
	if !ok {
		return ctx
	}
	opts := vm.NewObject()
	_ = opts.Set("once", true)
	if _, err := add(sig, vm.ToValue("abort"), onAbort, opts); err != nil {
		h.Rethrow(err)
	}
	return ctx
}

// reasonErr is a Go error standing for an abort reason v that converts
// back to v: the cause of the AbortError netmod destroys the socket with.
func (st *netState) reasonErr(v goja.Value) error {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	se := st.h.ScriptError(v)
	ne := &nodeerr.Error{Name: nodeerr.NameError, Code: se.Code, Message: se.Message}
	st.h.CacheErr(ne, v)
	return ne
}

// blockListOf returns the Go BlockList behind a JavaScript net.BlockList.
func (st *netState) blockListOf(v goja.Value) *blocklist.BlockList {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return blockListHandle(st.h, o)
}

// jsLookup adapts a dns.lookup-shaped JavaScript function to a LookupFunc.
// netmod calls it on the loop where Node calls options.lookup, with Node's
// dnsopts ({ family, hints, all }), and validates what it answers.
func (st *netState) jsLookup(fn goja.Callable) netmod.LookupFunc {
	h := st.h
	return func(host string, o netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
		vm := h.Runtime()
		opts := vm.NewObject()
		if o.Family != 0 {
			_ = opts.Set("family", o.Family)
		} else {
			_ = opts.Set("family", goja.Undefined())
		}
		_ = opts.Set("hints", o.Hints)
		if o.All {
			_ = opts.Set("all", true)
		}
		jcb := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if e := c.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
				cb(st.lookupErr(e), nil)
				return goja.Undefined()
			}
			a := c.Argument(1)
			if arr, ok := a.(*goja.Object); ok && arr.ClassName() == "Array" {
				var addrs []netmod.LookupAddress
				for _, el := range h.ArrayValues(arr) {
					eo, ok := el.(*goja.Object)
					if !ok {
						addrs = append(addrs, netmod.LookupAddress{})
						continue
					}
					addrs = append(addrs, netmod.LookupAddress{Address: strOf(eo.Get("address")), Family: int(intOf(eo.Get("family")))})
				}
				cb(nil, addrs)
				return goja.Undefined()
			}
			if goja.IsUndefined(a) || goja.IsNull(a) {
				cb(nil, nil)
				return goja.Undefined()
			}
			cb(nil, []netmod.LookupAddress{{Address: a.String(), Family: int(intOf(c.Argument(2)))}})
			return goja.Undefined()
		})
		if _, err := fn(goja.Undefined(), vm.ToValue(host), opts, jcb); err != nil {
			h.Rethrow(err)
		}
	}
}

// lookupErr wraps the error a JavaScript lookup reported as a nodeerr (so
// that netmod passes it on unchanged) that converts back to the same value.
func (st *netState) lookupErr(v goja.Value) error {
	h := st.h
	se := h.ScriptError(v)
	ne := &nodeerr.Error{Name: nodeerr.NameError, Code: se.Code, Message: se.Message}
	if o, ok := v.(*goja.Object); ok {
		ne.Name = o.Get("name").String()
	}
	h.CacheErr(ne, v)
	return ne
}

func strOf(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// markOpt is a high-water mark option (checked by net.js: absent, or an
// integer >= 0) as netmod takes it: 0 for absent, -1 for a mark of 0.
func markOpt(v goja.Value) int {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	if n := int(v.ToInteger()); n != 0 {
		return n
	}
	return -1
}

func intOf(v goja.Value) int64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return v.ToInteger()
}

func floatOf(v goja.Value) float64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return v.ToFloat()
}

// defineSocketAccessors gives the binding defineSocketProps(proto):
// getters on Socket.prototype that read the Go socket of the handle.
func defineSocketAccessors(st *netState, o *goja.Object) {
	h := st.h
	vm := h.Runtime()
	undef := goja.Undefined()
	strOrUndef := func(s string) goja.Value {
		if s == "" {
			return undef
		}
		return vm.ToValue(s)
	}
	jsGetters := map[string]func(js *jsSock) goja.Value{
		"closed":             func(js *jsSock) goja.Value { return vm.ToValue(js.closed) },
		"readableDidRead":    func(js *jsSock) goja.Value { return vm.ToValue(js.didRead) },
		"readableObjectMode": func(*jsSock) goja.Value { return vm.ToValue(false) },
		"writableObjectMode": func(*jsSock) goja.Value { return vm.ToValue(false) },
		"readableAborted": func(js *jsSock) goja.Value {
			s := js.s
			return vm.ToValue((s.Destroyed() || s.Errored() != nil) && !s.ReadableEnded())
		},
	}
	getters := map[string]func(s *netmod.Socket) goja.Value{
		"remoteAddress": func(s *netmod.Socket) goja.Value { return strOrUndef(s.RemoteAddress()) },
		"remoteFamily":  func(s *netmod.Socket) goja.Value { return strOrUndef(s.RemoteFamily()) },
		"remotePort": func(s *netmod.Socket) goja.Value {
			if p := s.RemotePort(); p != 0 {
				return vm.ToValue(p)
			}
			return undef
		},
		"localAddress": func(s *netmod.Socket) goja.Value { return strOrUndef(s.LocalAddress()) },
		"localFamily":  func(s *netmod.Socket) goja.Value { return strOrUndef(s.LocalFamily()) },
		"localPort": func(s *netmod.Socket) goja.Value {
			if p := s.LocalPort(); p != 0 {
				return vm.ToValue(p)
			}
			return undef
		},
		"bytesRead":             func(s *netmod.Socket) goja.Value { return vm.ToValue(s.BytesRead()) },
		"bytesWritten":          func(s *netmod.Socket) goja.Value { return vm.ToValue(s.BytesWritten()) },
		"connecting":            func(s *netmod.Socket) goja.Value { return vm.ToValue(s.Connecting()) },
		"pending":               func(s *netmod.Socket) goja.Value { return vm.ToValue(s.Pending()) },
		"readyState":            func(s *netmod.Socket) goja.Value { return vm.ToValue(s.ReadyState()) },
		"destroyed":             func(s *netmod.Socket) goja.Value { return vm.ToValue(s.Destroyed()) },
		"readable":              func(s *netmod.Socket) goja.Value { return vm.ToValue(s.Readable()) },
		"writable":              func(s *netmod.Socket) goja.Value { return vm.ToValue(s.Writable()) },
		"readableEnded":         func(s *netmod.Socket) goja.Value { return vm.ToValue(s.ReadableEnded()) },
		"readableLength":        func(s *netmod.Socket) goja.Value { return vm.ToValue(s.ReadableLength()) },
		"readableHighWaterMark": func(s *netmod.Socket) goja.Value { return vm.ToValue(s.ReadableHighWaterMark()) },
		"writableLength":        func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableLength()) },
		"writableEnded":         func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableEnded()) },
		"writableFinished":      func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableFinished()) },
		"writableNeedDrain":     func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableNeedDrain()) },
		"writableCorked":        func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableCorked()) },
		"writableHighWaterMark": func(s *netmod.Socket) goja.Value { return vm.ToValue(s.WritableHighWaterMark()) },
		"allowHalfOpen":         func(s *netmod.Socket) goja.Value { return vm.ToValue(s.AllowHalfOpen()) },
		"readableFlowing": func(s *netmod.Socket) goja.Value {
			if f := s.ReadableFlowing(); f != nil {
				return vm.ToValue(*f)
			}
			return goja.Null()
		},
		"errored": func(s *netmod.Socket) goja.Value {
			if err := s.Errored(); err != nil {
				return h.ToJS(err)
			}
			return goja.Null()
		},
		"autoSelectFamilyAttemptedAddresses": func(s *netmod.Socket) goja.Value {
			addrs := s.AutoSelectFamilyAttemptedAddresses()
			if addrs == nil {
				return undef
			}
			vals := make([]any, len(addrs))
			for i, a := range addrs {
				vals[i] = a
			}
			return vm.NewArray(vals...)
		},
		"bufferSize": func(s *netmod.Socket) goja.Value {
			if s.Destroyed() || (s.Pending() && !s.Connecting()) {
				return undef
			}
			return vm.ToValue(s.BufferSize())
		},
	}
	_ = o.Set("defineSocketProps", func(c goja.FunctionCall) goja.Value {
		proto := c.Argument(0).ToObject(vm)
		st.socketProto = proto
		if ee := c.Argument(1); !goja.IsUndefined(ee) {
			st.eeEmit = ee
		}
		// sockOfThis is the jsSock behind this.
		sockOfThis := func(c goja.FunctionCall) *jsSock { return st.sockThis(c.This) }
		defineEmitterFields(st, proto)
		for name, get := range getters {
			g := vm.ToValue(func(c goja.FunctionCall) goja.Value {
				js := sockOfThis(c)
				if js == nil {
					return undef
				}
				return get(js.s)
			})
			_ = proto.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		for name, get := range jsGetters {
			g := vm.ToValue(func(c goja.FunctionCall) goja.Value {
				js := sockOfThis(c)
				if js == nil {
					return undef
				}
				return get(js)
			})
			_ = proto.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return undef
	})
}

// defineEmitterFields defines Socket.prototype's _events, _eventsCount and
// _nodenetHandle: a socket's EventEmitter fields and its handle are the
// binding's (jsSock), so that its object has no own property. On an
// object the binding does not know (one made on Socket.prototype without
// the constructor), _events and _eventsCount read as EventEmitter's
// prototype has them and an assignment makes an own property, as it would
// without the accessors.
func defineEmitterFields(st *netState, proto *goja.Object) {
	vm := st.h.Runtime()
	own := func(this goja.Value, name string, v goja.Value) {
		if o, ok := this.(*goja.Object); ok {
			_ = o.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	getEvents := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if js := st.sockThis(c.This); js != nil {
			return st.eventsOf(js)
		}
		return goja.Undefined()
	})
	setEvents := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if js := st.sockThis(c.This); js != nil {
			js.lazy, js.evObj, js.evSet = nil, c.Argument(0), true
			if js.evCount == nil {
				js.evCount = vm.ToValue(0)
			}
		} else {
			own(c.This, "_events", c.Argument(0))
		}
		return goja.Undefined()
	})
	getCount := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if js := st.sockThis(c.This); js != nil {
			return st.eventsCount(js)
		}
		return vm.ToValue(0)
	})
	setCount := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if js := st.sockThis(c.This); js != nil {
			st.eventsOf(js)
			js.evCount = c.Argument(0)
		} else {
			own(c.This, "_eventsCount", c.Argument(0))
		}
		return goja.Undefined()
	})
	getHandle := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok {
			if js := st.objs[o]; js != nil {
				return js.handleValue()
			}
		}
		return goja.Undefined()
	})
	_ = proto.DefineAccessorProperty("_events", getEvents, setEvents, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineAccessorProperty("_eventsCount", getCount, setCount, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineAccessorProperty(handleKey, getHandle, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func boolOf(v goja.Value) bool { return v != nil && v.ToBoolean() }

// wtf8Value converts text from netmod's decoders, where a lone surrogate
// is kept as WTF-8, into a JavaScript string with that surrogate.
func wtf8Value(vm *goja.Runtime, s string) goja.Value {
	if utf8.ValidString(s) {
		return vm.ToValue(s)
	}
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 {
			u = append(u, uint16(c&0x0F)<<12|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		u = utf16.AppendRune(u, r)
		i += n
	}
	return vm.ToValue(goja.StringFromUTF16(u))
}

// extraListeners counts the listeners of name a Go object has besides the
// binding's own (its forwarder, and the socket's cleanup on 'close').
func extraListeners(x any, name string) int {
	switch js := x.(type) {
	case *jsSock:
		n := js.s.ListenerCount(name)
		if _, ok := js.fwd.get(name); ok {
			n--
		}
		if name == "close" {
			n--
		}
		return n
	case *jsServer:
		n := js.srv.ListenerCount(name)
		if _, ok := js.fwd[name]; ok {
			n--
		}
		return n
	}
	return 0
}

// textOf is a string to write with encoding enc. For the encodings that
// write UTF-16 code units (utf16le, latin1, ascii) a lone surrogate must
// stay itself, which goja's UTF-8 conversion turns into U+FFFD: it is
// passed as WTF-8, as netmod takes it.
func textOf(v goja.Value, enc string) string {
	str := v.String()
	if enc == "" || isUTF8Name(enc) {
		return str
	}
	if !strings.ContainsRune(str, utf8.RuneError) {
		return str
	}
	s, ok := v.(goja.String)
	if !ok {
		return str
	}
	n := s.Length()
	b := make([]byte, 0, n*3)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if utf16.IsSurrogate(rune(c)) {
			if c < 0xDC00 && i+1 < n {
				if d := s.CharAt(i + 1); d >= 0xDC00 && d <= 0xDFFF {
					b = utf8.AppendRune(b, utf16.DecodeRune(rune(c), rune(d)))
					i++
					continue
				}
			}
			b = append(b, 0xED, 0xA0|byte(c>>6)&0x1F, 0x80|byte(c)&0x3F)
			continue
		}
		b = utf8.AppendRune(b, rune(c))
	}
	return string(b)
}
