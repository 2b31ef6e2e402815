package net_test

// The Go re-enactments of the signal_* scenarios: Node's AbortSignal
// options (listen({signal}), new net.Socket({signal}), net.connect({signal}))
// as a context.Context. abort() is context's cancel, abort(reason)
// context.WithCancelCause, AbortSignal.timeout context.WithTimeout.

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// aborted returns a context that is already cancelled with cause (Node's
// AbortSignal.abort(reason); a nil cause is abort() with no reason).
func aborted(cause error) context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(cause)
	return ctx
}

// causeOf returns e.cause's name and message and, as the scenarios print
// it, whether it is a DOMException and its code ("DOMException 20") or
// "Error".
func causeOf(err error) (name, message, kind string) {
	e := nodeErr(err)
	var dom *nodeerr.DOMException
	if errors.As(e.Cause, &dom) {
		return dom.Name, dom.Message, "DOMException " + strconv.Itoa(dom.Code)
	}
	c := nodeErr(e.Cause)
	name = c.Name
	if name == "" {
		name = nodeerr.NameError
	}
	return name, c.Message, "Error"
}

func TestSignalListenAborted(t *testing.T) {
	dir := ipcDir(t)
	sock := filepath.Join(dir, "s.sock")
	run(t, "signal_listen_aborted", func(loop *eventloop.Loop, tr *trace) {
		show := func(name string, s *netmod.Server) {
			s.On("listening", func() { tr.log(name + ": listening (unexpected)") })
			s.On("error", func(err error) { tr.log(name+": error", nodeerr.Code(err)) })
			s.On("close", func() {
				var a any = "null"
				if ai, ok := s.Address(); ok && ai.Path != "" {
					a = "path"
				}
				tr.log(name+": close", s.Listening(), a)
			})
		}
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show("host", a)
		require.NoError(t, a.Listen(netmod.ListenOptions{Host: "127.0.0.1", Signal: aborted(nil)}, nil))
		tr.log("host: after listen", a.Listening())

		b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show("pipe", b)
		require.NoError(t, b.Listen(netmod.ListenOptions{Path: sock, Signal: aborted(errors.New("stop"))}, nil))
		tr.log("pipe: after listen", b.Listening(), exists(sock))

		c := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show("reason", c)
		require.NoError(t, c.Listen(netmod.ListenOptions{Signal: aborted(errors.New("a string reason"))}, func() {
			tr.log("reason: callback (unexpected)")
		}))
		tr.log("reason: after listen", c.Listening())
		loop.NextTick(func() { tr.log("next tick", a.Listening(), b.Listening(), c.Listening()) })
		loop.SetTimeout(func() { tr.log("socket file removed", !exists(sock)) }, 100*time.Millisecond)
	})
}

func TestSignalConnectAborted(t *testing.T) {
	run(t, "signal_connect_aborted", func(loop *eventloop.Loop, tr *trace) {
		show := func(name string, s *netmod.Socket) {
			s.OnError(func(err error) {
				e := nodeErr(err)
				tr.log(name+": error", e.Name, e.Code, e.Message)
				cn, cm, kind := causeOf(err)
				tr.log(name+": cause", cn, cm, kind)
			})
			s.OnClose(func(h bool) { tr.log(name+": close", h, s.Destroyed(), s.ReadyState()) })
		}
		a := netmod.NewSocket(loop, netmod.SocketOptions{Signal: aborted(nil)})
		tr.log("a: created", a.Destroyed(), a.ReadyState(), a.Connecting())
		show("a", a)

		b := netmod.NewSocket(loop, netmod.SocketOptions{Signal: aborted(errors.New("no longer needed"))})
		tr.log("b: created", b.Destroyed(), b.ReadyState())
		show("b", b)

		c := netmod.NewSocket(loop, netmod.SocketOptions{Signal: aborted(nodeerr.New(nodeerr.NameRangeError, "", "out of range"))})
		show("c", c)
		var errored any = "null"
		if err := c.Errored(); err != nil {
			errored = nodeerr.Code(err)
		}
		tr.log("c: created", c.Destroyed(), errored)
		loop.NextTick(func() { tr.log("next tick") })
		loop.SetImmediate(func() { tr.log("immediate") })
	})
}

func TestSignalAbortLookup(t *testing.T) {
	run(t, "signal_abort_lookup", func(loop *eventloop.Loop, tr *trace) {
		srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(*netmod.Socket) { tr.log("server: connection (unexpected)") })
		listen(t, srv, func(port int) {
			ctx, abort := context.WithCancel(context.Background())
			// A lookup that answers once the socket has closed (the
			// script's answers after 100 ms).
			release := make(chan struct{})
			lookup := netmod.OffloadLookup(loop, func(context.Context, string, netmod.LookupOptions) ([]netmod.LookupAddress, error) {
				<-release
				return []netmod.LookupAddress{{Address: "127.0.0.1", Family: 4}}, nil
			})
			off := false
			c := must(netmod.Connect(loop, netmod.SocketOptions{Signal: ctx},
				netmod.ConnectOptions{Port: port, Host: "example.invalid", Lookup: lookup, AutoSelectFamily: &off}, nil))
			tr.log("lookup called", "example.invalid")
			c.On("lookup", func(err error, address string, family int, host string) {
				tr.log("lookup", srvNull(err), address, family, host, c.Connecting(), c.Destroyed())
				loop.SetTimeout(func() { srv.Close(func(error) { tr.log("server closed") }) }, 100*time.Millisecond)
			})
			c.On("connectionAttempt", func(string, int, int) { tr.log("connectionAttempt (unexpected)") })
			c.OnConnect(func() { tr.log("connect (unexpected)") })
			c.OnError(func(err error) {
				e := nodeErr(err)
				cn, _, _ := causeOf(err)
				tr.log("error", e.Name, e.Code, e.Message, cn, c.Connecting())
			})
			c.OnClose(func(h bool) {
				tr.log("close", h, c.Destroyed(), c.ReadyState())
				close(release)
			})
			loop.SetTimeout(func() {
				tr.log("aborting", c.Connecting(), c.ReadyState())
				abort()
			}, 10*time.Millisecond)
		})
	})
}

func TestSignalAbortConnecting(t *testing.T) {
	run(t, "signal_abort_connecting", func(loop *eventloop.Loop, tr *trace) {
		srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			s.OnError(func(error) {})
			s.Resume()
		})
		listen(t, srv, func(port int) {
			ctx, abort := context.WithCancelCause(context.Background())
			c := dial(loop, netmod.SocketOptions{Signal: ctx}, port, nil)
			c.On("connectionAttempt", func(address string, p, family int) {
				tr.log("connectionAttempt", address, p == port, family, c.Connecting())
				loop.NextTick(func() {
					tr.log("aborting", c.Connecting(), c.ReadyState(), c.Pending())
					abort(errors.New("too slow"))
				})
			})
			c.OnConnect(func() { tr.log("connect (unexpected)") })
			c.On("ready", func() { tr.log("ready (unexpected)") })
			c.OnError(func(err error) {
				e := nodeErr(err)
				_, cm, _ := causeOf(err)
				tr.log("error", e.Name, e.Code, e.Message, cm, c.Connecting(), c.Destroyed())
			})
			c.OnClose(func(h bool) {
				tr.log("close", h, c.ReadyState(), orUndefined(c.RemoteAddress()), c.BytesWritten())
				srv.Close(func(error) { tr.log("server closed") })
			})
		})
	})
}

func TestSignalAbortConnected(t *testing.T) {
	run(t, "signal_abort_connected", func(loop *eventloop.Loop, tr *trace) {
		var got []byte
		ended := false
		var serverSocketClosed any = "null"
		srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection")
			s.OnData(func(d []byte) { got = append(got, d...) })
			s.OnEnd(func() { ended = true })
			s.OnClose(func(h bool) { serverSocketClosed = h })
		})
		listen(t, srv, func(port int) {
			ctx, abort := context.WithCancel(context.Background())
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{Signal: ctx}, port, func() {
				tr.log("connect", c.ReadyState())
				c.Write([]byte("hello"), func(error) {
					tr.log("written", c.BytesWritten())
					loop.SetTimeout(func() {
						tr.log("aborting", c.ReadyState())
						abort()
					}, 100*time.Millisecond)
				})
			})
			c.OnEnd(func() { tr.log("end (unexpected)") })
			c.On("finish", func() { tr.log("finish (unexpected)") })
			c.OnError(func(err error) {
				e := nodeErr(err)
				cn, cm, _ := causeOf(err)
				tr.log("error", e.Name, e.Code, e.Message, cn, cm)
				if !errors.Is(err, context.Canceled) {
					t.Errorf("errors.Is(%v, context.Canceled) = false", err)
				}
			})
			c.OnClose(func(h bool) {
				tr.log("close", h, c.Destroyed(), c.ReadyState(), c.BytesWritten())
				srv.Close(func(error) {
					tr.log("server closed", jsonStr(string(got)), ended)
					loop.SetTimeout(func() { tr.log("server socket closed", serverSocketClosed) }, 100*time.Millisecond)
				})
			})
		})
	})
}

func TestSignalAbortReason(t *testing.T) {
	clientClose := any("none")
	runExit(t, "signal_abort_reason", func(loop *eventloop.Loop, tr *trace) {
		clientClose = "none"
		srvAbort := netmod.NewAbortController(loop, nil)
		srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection")
			s.Resume()
			s.OnError(func(error) {})
		})
		srv.On("close", func() { tr.log("server close", srv.Listening()) })
		require.NoError(t, srv.Listen(netmod.ListenOptions{Host: "127.0.0.1", Signal: srvAbort.Context()}, func() {
			port := srvPort(srv)
			clientAbort := netmod.NewAbortController(loop, nil)
			c := dial(loop, netmod.SocketOptions{Signal: clientAbort.Context()}, port, func() {
				tr.log("connect")
				srvAbort.Abort(nil)
				loop.SetTimeout(func() {
					tr.log("at 50 ms: listening", srv.Listening(), srvAddress(srv))
					srv.GetConnections(func(err error, n int) { tr.log("connections", srvNull(err), n) })
				}, 50*time.Millisecond)
				// AbortSignal.timeout(100)'s reason, forwarded.
				loop.SetTimeout(func() { clientAbort.Abort(context.DeadlineExceeded) }, 100*time.Millisecond)
			})
			c.OnError(func(err error) {
				e := nodeErr(err)
				tr.log("error", e.Name, e.Code, e.Message)
				var dom *nodeerr.DOMException
				require.ErrorAs(t, err, &dom)
				tr.log("cause", dom.Name, dom.Message, true, dom.Code)
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("errors.Is(%v, context.DeadlineExceeded) = false", err)
				}
			})
			c.OnClose(func(h bool) { clientClose = h })
		}))
	}, func(tr *trace) { tr.log("exit: client close", clientClose) }, nil)
}

func TestSignalListenAbort(t *testing.T) {
	run(t, "signal_listen_abort", func(loop *eventloop.Loop, tr *trace) {
		show := func(name string, s *netmod.Server) {
			s.On("listening", func() { tr.log(name + ": listening (unexpected)") })
			s.On("error", func(err error) { tr.log(name+": error", nodeerr.Code(err)) })
			s.On("close", func() { tr.log(name+": close", s.Listening(), srvAddress(s)) })
		}
		ctx1, abort1 := context.WithCancel(context.Background())
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show("no host", a)
		require.NoError(t, a.Listen(netmod.ListenOptions{Signal: ctx1}, func() { tr.log("no host: callback (unexpected)") }))
		tr.log("no host: after listen", a.Listening())
		abort1()

		ctx2, abort2 := context.WithCancel(context.Background())
		b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show("localhost", b)
		require.NoError(t, b.Listen(netmod.ListenOptions{Host: "localhost", Signal: ctx2}, nil))
		tr.log("localhost: after listen", b.Listening())
		abort2()

		loop.SetTimeout(func() {
			ctx3, abort3 := context.WithCancel(context.Background())
			c := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			c.On("close", func() { tr.log("closed first: close", c.Listening(), srvAddress(c)) })
			require.NoError(t, c.Listen(netmod.ListenOptions{Host: "127.0.0.1", Signal: ctx3}, func() {
				tr.log("closed first: listening")
				c.Close(func(error) {
					tr.log("closed first: close callback")
					abort3()
					loop.SetTimeout(func() { tr.log("done", a.Listening(), b.Listening(), c.Listening()) }, 100*time.Millisecond)
				})
			}))
		}, 100*time.Millisecond)
	})
}
