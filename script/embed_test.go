package script_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/script"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func newHost(t *testing.T, opts script.Options) (*script.Host, *eventloop.Loop, *bytes.Buffer) {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	var out bytes.Buffer
	if opts.Stdout == nil {
		opts.Stdout = &out
	}
	if opts.Stderr == nil {
		opts.Stderr = &out
	}
	h, err := script.New(loop, opts)
	require.NoError(t, err)
	t.Cleanup(func() {
		h.Close()
		_ = loop.Close()
	})
	return h, loop, &out
}

func TestRunStringOrderAndGlobals(t *testing.T) {
	h, loop, out := newHost(t, script.Options{})
	var got []string
	require.NoError(t, h.Set("record", func(s string) { got = append(got, s) }))
	_, err := h.RunString("order.js", `
		setImmediate(() => record('immediate'));
		Promise.resolve().then(() => record('promise'));
		process.nextTick(() => record('tick'));
		queueMicrotask(() => record('microtask'));
		record('main');
		console.log('printed', { a: 1 });
	`)
	require.NoError(t, err)
	require.NoError(t, loop.Run())
	require.Equal(t, []string{"main", "tick", "promise", "microtask", "immediate"}, got)
	require.Equal(t, "printed { a: 1 }\n", out.String())
}

func TestRunStringError(t *testing.T) {
	h, _, _ := newHost(t, script.Options{})
	_, err := h.RunString("x.js", `const e = new RangeError('nope'); e.code = 'ERR_X'; throw e;`)
	se, ok := script.AsError(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, "ERR_X", se.Code)
	require.Equal(t, "nope", se.Message)
	_, err = h.RunString("syntax.js", `let = ;`)
	require.Error(t, err)
}

func TestAllowlist(t *testing.T) {
	h, _, _ := newHost(t, script.Options{Modules: []string{"events"}})
	_, err := h.RunString("ok.js", `require('events'); require('node:events');`)
	require.NoError(t, err)
	for _, src := range []string{`require('fs')`, `require('node:net')`, `require('timers')`} {
		_, err = h.RunString("denied.js", src)
		se, ok := script.AsError(err)
		require.True(t, ok, "%s: %v", src, err)
		require.Equal(t, "ERR_ACCESS_DENIED", se.Code, src)
	}
	_, err = h.RunString("unknown.js", `require('node:nosuch')`)
	se, ok := script.AsError(err)
	require.True(t, ok)
	require.Equal(t, "ERR_UNKNOWN_BUILTIN_MODULE", se.Code)
	require.Equal(t, "No such built-in module: node:nosuch", se.Message)
}

func TestDefaultAllowlistHasNoFS(t *testing.T) {
	h, _, _ := newHost(t, script.Options{})
	_, err := h.RunString("fs.js", `require('fs')`)
	se, ok := script.AsError(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, "ERR_ACCESS_DENIED", se.Code)
}

func TestCallFunctionFromGo(t *testing.T) {
	h, loop, _ := newHost(t, script.Options{})
	fn, err := h.RunString("f.js", `(function (a, b) { process.nextTick(() => globalThis.ticked = true); return a + b; })`)
	require.NoError(t, err)
	v, err := h.CallFunction(fn, 2, 3)
	require.NoError(t, err)
	require.EqualValues(t, 5, v.ToInteger())
	require.True(t, h.Get("ticked").ToBoolean(), "the tick ran before CallFunction returned")
	require.NoError(t, loop.Run())
}

// A runaway callback is stopped by the CPU budget with a catchable error
// while the loop and the other callbacks go on.
func TestCPUBudget(t *testing.T) {
	var caught []string
	h, loop, _ := newHost(t, script.Options{
		CPUBudget: 50 * time.Millisecond,
		OnUncaught: func(err *script.Error) {
			caught = append(caught, err.Code)
		},
	})
	var got []string
	require.NoError(t, h.Set("record", func(s string) { got = append(got, s) }))
	_, err := h.RunString("budget.js", `
		setTimeout(() => { record('spin'); for (;;) {} }, 1);
		setTimeout(() => record('after'), 20);
		process.on('uncaughtException', (e) => record('caught ' + e.code));
	`)
	require.NoError(t, err)
	start := time.Now()
	require.NoError(t, loop.Run())
	require.Less(t, time.Since(start), 5*time.Second)
	require.Equal(t, []string{"spin", "caught ERR_SCRIPT_CPU_BUDGET", "after"}, got)
	require.Empty(t, caught, "the process listener took it")

	// Without a listener the embedder's OnUncaught gets it.
	_, err = h.RunString("budget2.js", `
		process.removeAllListeners('uncaughtException');
		setTimeout(() => { for (;;) {} }, 1);
		setTimeout(() => record('still running'), 5);
	`)
	require.NoError(t, err)
	require.NoError(t, loop.Run())
	require.Equal(t, []string{"ERR_SCRIPT_CPU_BUDGET"}, caught)
	require.Equal(t, "still running", got[len(got)-1])
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		code int
		out  string
	}{
		{`process.exitCode = 3`, 3, ""},
		{`process.on('exit', (c) => console.log('exit', c)); process.exit(5); console.log('not reached')`, 5, "exit 5\n"},
		{`setTimeout(() => { throw new Error('boom') }, 1)`, 1, ""},
		{`Promise.reject(new Error('rejected'))`, 1, ""},
		{`process.on('beforeExit', (c) => { console.log('beforeExit', c); }); process.exitCode = 2`, 2, "beforeExit 2\n"},
	} {
		var out, errb bytes.Buffer
		_, loop, _ := newHost(t, script.Options{Stdout: &out, Stderr: &errb})
		_ = loop
		h, err := script.New(loop, script.Options{Stdout: &out, Stderr: &errb})
		require.NoError(t, err)
		code, err := h.RunMainString("[eval]", tc.src)
		h.Close()
		require.NoError(t, err, tc.src)
		require.Equal(t, tc.code, code, tc.src)
		require.Equal(t, tc.out, out.String(), tc.src)
		if tc.code == 1 {
			require.True(t, strings.Contains(errb.String(), "Node.js v26.10.0"), errb.String())
		}
	}
}

func TestSocketHandoffBothWays(t *testing.T) {
	h, loop, _ := newHost(t, script.Options{})
	srvV, err := h.RunString("srv.js", `
		const net = require('net');
		globalThis.server = net.createServer((s) => { globalThis.accepted = s; s.end('bye'); server.close(); });
		server.listen(0, '127.0.0.1');
		server`)
	require.NoError(t, err)
	srv, ok := h.GoServer(srvV)
	require.True(t, ok)
	require.True(t, srv.Listening())
	addr, _ := srv.Address()

	// A Go client socket handed to the script and back.
	c, err := netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Host: "127.0.0.1", Port: addr.Port}, nil)
	require.NoError(t, err)
	js, err := h.Socket(c)
	require.NoError(t, err)
	again, _ := h.Socket(c)
	require.Same(t, js, again, "one JavaScript object per Go socket")
	back, ok := h.GoSocket(js)
	require.True(t, ok)
	require.Same(t, c, back)
	var got []string
	require.NoError(t, h.Set("record", func(s string) { got = append(got, s) }))
	fn, err := h.RunString("client.js", `(sock) => {
		sock.setEncoding('utf8');
		sock.on('data', (d) => record('data ' + d));
		sock.on('close', () => record('close ' + (sock instanceof require('net').Socket)));
	}`)
	require.NoError(t, err)
	_, err = h.CallFunction(fn, js)
	require.NoError(t, err)
	require.NoError(t, loop.Run())
	require.Equal(t, []string{"data bye", "close true"}, got)
	_, ok = h.GoSocket(h.Get("accepted"))
	require.True(t, ok, "a socket the script's server accepted has a Go socket too")
}

func TestServerToScript(t *testing.T) {
	h, loop, out := newHost(t, script.Options{})
	var accepted int
	srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		accepted++
		s.End([]byte("from go"), nil)
	})
	v, err := h.Server(srv)
	require.NoError(t, err)
	again, _ := h.Server(srv)
	require.Same(t, v, again)
	back, ok := h.GoServer(v)
	require.True(t, ok)
	require.Same(t, srv, back)
	fn, err := h.RunString("server.js", `(server) => {
		const net = require('net');
		console.log('is a net.Server', server instanceof net.Server, server.listening);
		server.on('connection', () => console.log('script sees a connection'));
		server.listen(0, '127.0.0.1', () => {
			console.log('listening', server.listening, typeof server.address().port);
			const c = net.connect(server.address().port, '127.0.0.1');
			c.setEncoding('utf8');
			c.on('data', (d) => console.log('client got', d));
			c.on('close', () => server.close(() => console.log('closed')));
		});
	}`)
	require.NoError(t, err)
	_, err = h.CallFunction(fn, v)
	require.NoError(t, err)
	require.NoError(t, loop.Run())
	require.Equal(t, 1, accepted)
	require.Equal(t, "is a net.Server true false\nlistening true number\nscript sees a connection\nclient got from go\nclosed\n", out.String())
}
