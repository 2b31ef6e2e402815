package fuzzdiff

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// RunGo executes p against netmod's Go API on a new eventloop.Loop, the Go
// twin of the script p.Script() prints: the same server, clients and rounds,
// the same settling between rounds, and a trace in the same format, printed
// when the loop has nothing left to do (where the script prints it at
// 'exit'). It walks the program's operation list, not the script.
//
// Every operation the generator emits has a Go counterpart, so no program
// and no operation is skipped: write (Write, WriteString), end (End with or
// without data and callback), destroy (Destroy with or without an error,
// ResetAndDestroy, DestroySoon), Pause, Resume, SetEncoding, SetTimeout,
// Cork, Uncork, Ref, Unref, SetNoDelay, the state snapshot, Pipe (NoEnd
// for {end: false}), Unpipe, and on the server Close, GetConnections, Unref
// and MaxConnections; nextTick, queueMicrotask, setImmediate and setTimeout
// are the loop's NextTick, QueueMicrotask, SetImmediate and SetTimeout.
//
// Where a Go method returns an error that Node throws, the trace says
// "threw CODE" as the script's op() does. A panic or a loop that does not
// finish within timeout is reported as a failed run (Code 1 or -1, the
// reason on Stderr), as a crashing or hanging process would be.
func RunGo(p *Program, timeout time.Duration) (out Output) {
	loop, err := eventloop.New()
	if err != nil {
		return Output{Code: 1, Stderr: []byte(err.Error())}
	}
	g := &goProg{p: p, loop: loop, C: make([]*netmod.Socket, p.Clients), S: make([]*netmod.Socket, p.Clients), cur: -1}
	stopped := make(chan struct{})
	watchdog := time.AfterFunc(timeout, func() { close(stopped); loop.Stop() })
	defer func() {
		watchdog.Stop()
		if v := recover(); v != nil {
			out = Output{Stdout: g.tr.print(), Code: 1, Stderr: fmt.Appendf(nil, "panic: %v\n%s", v, debug.Stack())}
		}
		loop.Close()
	}()
	if err := g.start(); err != nil {
		return Output{Code: 1, Stderr: []byte(err.Error())}
	}
	runErr := loop.Run()
	out.Stdout = g.tr.print()
	select {
	case <-stopped:
		out.Code = -1
		out.Stderr = fmt.Appendf(nil, "[stopped after %v]\n", timeout)
		return out
	default:
	}
	if runErr != nil {
		out.Code = 1
		out.Stderr = []byte(runErr.Error())
	}
	return out
}

// goTrace is the trace of prelude.js: lines per channel, consecutive data
// merged into a count and a sampled hash.
type goTrace struct {
	ch map[string][]any // string or *dataEntry
}

type dataEntry struct {
	n   int
	h   uint32
	str bool
}

func (t *goTrace) log(ch, s string) {
	if t.ch == nil {
		t.ch = map[string][]any{}
	}
	t.ch[ch] = append(t.ch[ch], s)
}

// data merges a chunk ([]byte, or a string once an encoding is set, hashed
// by its UTF-16 code units as the script's charCodeAt does).
func (t *goTrace) data(ch string, d any) {
	if t.ch == nil {
		t.ch = map[string][]any{}
	}
	a := t.ch[ch]
	var e *dataEntry
	if len(a) > 0 {
		e, _ = a[len(a)-1].(*dataEntry)
	}
	var units []uint16
	var raw []byte
	str := false
	switch v := d.(type) {
	case string:
		str = true
		units = utf16.Encode([]rune(v))
	case []byte:
		raw = v
	default:
		panic(fmt.Sprintf("fuzzdiff: data of type %T", d))
	}
	if e == nil {
		e = &dataEntry{h: 7, str: str}
		t.ch[ch] = append(a, e)
	}
	n := len(raw)
	if str {
		n = len(units)
	}
	h := e.h
	for i := (61 - e.n%61) % 61; i < n; i += 61 {
		var c uint32
		if str {
			c = uint32(units[i])
		} else {
			c = uint32(raw[i])
		}
		h = h*31 + c
	}
	e.n += n
	e.h = h
}

// print renders the trace as the script's 'exit' handler does.
func (t *goTrace) print() []byte {
	names := make([]string, 0, len(t.ch))
	for k := range t.ch {
		names = append(names, k)
	}
	sort.Strings(names)
	var b bytes.Buffer
	for _, ch := range names {
		for _, e := range t.ch[ch] {
			b.WriteString(ch + ": ")
			switch v := e.(type) {
			case string:
				b.WriteString(v)
			case *dataEntry:
				kind := " bytes "
				if v.str {
					kind = " chars "
				}
				fmt.Fprintf(&b, "data %d%s%x", v.n, kind, v.h)
			}
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// code is the script's code(e || null): the Node code, else the message.
func code(e error) string {
	if e == nil {
		return "null"
	}
	if c := nodeerr.Code(e); c != "" {
		return c
	}
	var ne *nodeerr.Error
	if errors.As(e, &ne) {
		return ne.Message
	}
	return e.Error()
}

type goProg struct {
	p         *Program
	loop      *eventloop.Loop
	tr        goTrace
	srv       *netmod.Server
	C, S      []*netmod.Socket
	cur, need int
}

func (g *goProg) start() error {
	p := g.p
	g.srv = netmod.CreateServer(g.loop, netmod.ServerOptions{AllowHalfOpen: p.ServerHalfOpen, PauseOnConnect: p.PauseOnConnect}, nil)
	if p.MaxConnections >= 0 {
		g.srv.MaxConnections = p.MaxConnections
	}
	g.srv.OnConnection(func(s *netmod.Socket) {
		g.S[g.cur] = s
		g.watch(s, "s"+strconv.Itoa(g.cur))
		g.tr.log("srv", "connection "+strconv.Itoa(g.cur))
		g.arrived()
	})
	g.srv.OnDrop(func(netmod.DropInfo) { g.tr.log("srv", "drop "+strconv.Itoa(g.cur)); g.arrived() })
	g.srv.OnClose(func() { g.tr.log("srv", "close") })
	g.srv.OnError(func(e error) { g.tr.log("srv", "error "+code(e)) })
	return g.srv.Listen(netmod.ListenOptions{Port: 0, Host: "127.0.0.1"}, g.connectNext)
}

func (g *goProg) arrived() {
	if g.need--; g.need == 0 {
		g.connectNext()
	}
}

func (g *goProg) connectNext() {
	if g.cur++; g.cur == g.p.Clients {
		if g.p.MaxConnections >= 0 {
			g.settle(func() { g.round(0) })
		} else {
			g.round(0)
		}
		return
	}
	g.need = 2
	a, _ := g.srv.Address()
	c, err := netmod.Connect(g.loop, netmod.SocketOptions{AllowHalfOpen: g.p.ClientHalfOpen[g.cur]},
		netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, nil)
	if err != nil {
		panic(fmt.Sprintf("fuzzdiff: connect: %v", err))
	}
	g.C[g.cur] = c
	g.watch(c, "c"+strconv.Itoa(g.cur))
	c.Once("connect", g.arrived)
}

func (g *goProg) watch(s *netmod.Socket, n string) {
	tr := &g.tr
	s.OnConnect(func() { tr.log(n+".l", "connect") })
	s.On("data", events.Listener(func(args ...any) { tr.data(n+".r", args[0]) }))
	s.OnEnd(func() { tr.log(n+".r", "end") })
	s.OnDrain(func() { tr.log(n+".w", "drain") })
	s.OnFinish(func() { tr.log(n+".w", "finish") })
	s.OnTimeout(func() { tr.log(n+".l", "timeout") })
	s.OnError(func(e error) { tr.log(n+".l", "error "+code(e)) })
	s.OnClose(func(h bool) {
		tr.log(n+".l", fmt.Sprintf("close %t read=%d written=%d", h, s.BytesRead(), s.BytesWritten()))
	})
}

func (g *goProg) round(i int) {
	if i < len(g.p.Rounds) {
		g.tr.log("m", "round "+strconv.Itoa(i))
		for j, it := range g.p.Rounds[i] {
			g.item(fmt.Sprintf("r%d.%d", i, j), it)
		}
		g.settle(func() { g.round(i + 1) })
		return
	}
	g.tr.log("m", "final")
	for _, s := range append(append([]*netmod.Socket(nil), g.C...), g.S...) {
		if s != nil {
			s.Destroy(nil)
		}
	}
	g.srv.Close(nil)
}

func (g *goProg) item(label string, it Item) {
	body := func() {
		if it.Sched != "" {
			g.tr.log("m", label+" "+it.Sched)
		}
		if it.Op != nil {
			g.op(label, *it.Op)
		}
		if it.Inner != nil {
			g.item(label+"i", *it.Inner)
		}
	}
	switch it.Sched {
	case "":
		body()
	case "tick":
		g.loop.NextTick(body)
	case "micro":
		g.loop.QueueMicrotask(body)
	case "immediate":
		g.loop.SetImmediate(body)
	case "timeout":
		g.loop.SetTimeout(body, time.Duration(it.Delay)*time.Millisecond)
	default:
		panic("fuzzdiff: unknown schedule " + it.Sched)
	}
}

// settle is prelude.js's settle: next runs once every byte a live socket
// wrote has been read by its live, flowing peer and nothing moved for 10
// ms, at least 15 ms and at most about 3 s after the call.
func (g *goProg) settle(next func()) {
	last, checks := "", 0
	var check func()
	check = func() {
		now := g.sig()
		if now == last && g.balanced() {
			next()
			return
		}
		if checks++; checks > 300 {
			next()
			return
		}
		last = now
		g.loop.SetTimeout(check, 10*time.Millisecond)
	}
	g.loop.SetTimeout(check, 15*time.Millisecond)
}

func (g *goProg) sig() string {
	var parts []string
	for _, s := range append(append([]*netmod.Socket(nil), g.C...), g.S...) {
		if s == nil {
			parts = append(parts, "-")
			continue
		}
		parts = append(parts, fmt.Sprintf("%d:%d:%t", s.BytesRead(), s.WritableLength(), s.Destroyed()))
	}
	return strings.Join(parts, ",")
}

func flowed(a, b *netmod.Socket) bool {
	return a == nil || b == nil || a.Destroyed() || b.Destroyed() || b.IsPaused() || b.BytesRead() >= a.BytesWritten()
}

func (g *goProg) balanced() bool {
	for i, c := range g.C {
		if !flowed(c, g.S[i]) || !flowed(g.S[i], c) {
			return false
		}
	}
	return true
}

// target is the script's T(name).
func (g *goProg) target(name string) *netmod.Socket {
	i, err := strconv.Atoi(name[1:])
	if err != nil || i >= g.p.Clients {
		panic("fuzzdiff: bad target " + name)
	}
	if name[0] == 'c' {
		return g.C[i]
	}
	return g.S[i]
}

// fill is Buffer.alloc(n, pat).
func fill(n int, pat string) []byte {
	b := make([]byte, n)
	for i := 0; i < n; i += copy(b[i:], pat) {
	}
	return b
}

// Results as the script's op() prints them.
const (
	retNone   = ""
	retSocket = " -> socket"
	retObject = " -> object"
)

// op runs one operation and logs it to "ops" as the script's op() does.
func (g *goProg) op(label string, o Op) {
	t := o.Target
	var X *netmod.Socket
	if t != "srv" {
		if X = g.target(t); X == nil {
			g.tr.log("ops", label+" "+t+" absent")
			return
		}
	}
	lbl := label + " " + t + " " + o.Kind
	cb := func(what string) func(error) {
		return func(e error) { g.tr.log(t+".w", what+" cb "+code(e)) }
	}
	ret := retNone
	var threw error
	switch o.Kind {
	case "write":
		n, id := o.N/1000, o.N%1000
		var f func(error)
		if o.Flag {
			f = cb(fmt.Sprintf("write %d", id))
		}
		ret = fmt.Sprintf(" -> %t", X.Write(fill(n, fmt.Sprintf("w%d.", id)), f))
	case "writestr":
		n, id := o.N/1000, o.N%1000
		s := strings.Repeat("6b", 1+n%50)
		if o.Str != "hex" {
			s = strings.Repeat(fmt.Sprintf("s%d\u00e9", id), 1+n%2000)
		}
		var f func(error)
		if o.Flag {
			f = cb(fmt.Sprintf("write %d", id))
		}
		var ok bool
		if ok, threw = X.WriteString(s, o.Str, f); threw == nil {
			ret = fmt.Sprintf(" -> %t", ok)
		}
	case "end":
		v := o.N & 3
		var data []byte
		var f func(error)
		if v&1 != 0 {
			data = fill(o.N>>4, "e"+label+".")
		}
		if v&2 != 0 {
			f = cb("end " + label)
		}
		X.End(data, f)
		ret = retSocket
	case "destroy":
		switch o.N % 4 {
		case 0:
			X.Destroy(nil)
		case 1:
			X.Destroy(errors.New("boom"))
		case 2:
			threw = X.ResetAndDestroy()
		case 3:
			X.DestroySoon()
		}
		if o.N%4 != 3 {
			ret = retSocket
		}
	case "pause":
		X.Pause()
		ret = retSocket
	case "resume":
		X.Resume()
		ret = retSocket
	case "cork":
		X.Cork()
	case "uncork":
		X.Uncork()
	case "unpipe":
		X.Unpipe(nil)
		ret = retSocket
	case "ref", "unref":
		switch {
		case t == "srv" && o.Kind == "ref":
			g.srv.Ref()
		case t == "srv":
			g.srv.Unref()
		case o.Kind == "ref":
			X.Ref()
		default:
			X.Unref()
		}
		ret = retSocket
		if t == "srv" {
			ret = retObject
		}
	case "setEncoding":
		threw = X.SetEncoding(o.Str)
		ret = retSocket
	case "setTimeout":
		threw = X.SetTimeout(time.Duration(o.N)*time.Millisecond, nil)
		ret = retSocket
	case "setNoDelay":
		X.SetNoDelay(o.Flag)
		ret = retSocket
	case "state":
		ret = " -> " + g.state(X)
	case "pipe":
		Y := g.target(o.Str)
		if Y == nil {
			g.tr.log("ops", label+" pipe "+o.Str+" absent")
			return
		}
		lbl = label + " " + t + " pipe " + o.Str
		X.Pipe(Y, netmod.PipeOptions{NoEnd: !o.Flag})
		ret = retSocket
	case "close":
		g.srv.Close(func(e error) { g.tr.log("srv", "close cb "+code(e)) })
		ret = retObject
	case "getConnections":
		g.srv.GetConnections(func(e error, n int) { g.tr.log("srv", "connections "+code(e)+" "+strconv.Itoa(n)) })
		ret = retObject
	case "maxConnections":
		g.srv.MaxConnections = o.N
	default:
		panic("fuzzdiff: unknown op " + o.Kind)
	}
	if threw != nil {
		g.tr.log("ops", lbl+" threw "+code(threw))
		return
	}
	g.tr.log("ops", lbl+ret)
}

// state is the script's state(X).
func (g *goProg) state(s *netmod.Socket) string {
	return fmt.Sprintf("%s %t %t %t %t %t %t %t", s.ReadyState(), s.Writable(), s.Readable(), s.Destroyed(),
		s.WritableEnded(), s.IsPaused(), s.Pending(), s.Connecting())
}
