package net_test

// The Go re-enactments of the ipc_* scenarios: net.Server and net.Socket
// over Unix domain sockets (ListenOptions.Path, ConnectOptions.Path).

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// ipcDir is fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-')): a
// directory for socket files. The scenarios about socket files do not
// apply on Windows, where IPC is named pipes (notOnWindows says why); those
// that do use ipcPath.
func ipcDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp(os.TempDir(), "nodenet-ipc-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

// ipcPath is the IPC path a scenario listens on (Node's common.PIPE): a
// socket file in a fresh temporary directory, or on Windows a fresh pipe
// name.
func ipcPath(t *testing.T, name string) string { return testutil.IPCPath(t, name) }

// exists is fs.existsSync.
func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// ipcAddressIs is server.address() === p.
func ipcAddressIs(s *netmod.Server, p string) bool {
	a, ok := s.Address()
	return ok && a.Path == p
}

func TestIPCEcho(t *testing.T) {
	dir := ipcDir(t)
	p := filepath.Join(dir, "echo.sock")
	run(t, "ipc_echo", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", orUndefined(sock.RemoteAddress()), srvUndefinedInt(sock.RemotePort()),
				orUndefined(sock.RemoteFamily()), orUndefined(sock.LocalAddress()), srvUndefinedInt(sock.LocalPort()))
			sock.OnData(func(d []byte) { tr.log("server: data", jsonStr(string(d))); sock.Write(d, nil) })
			sock.OnEnd(func() { tr.log("server: end"); sock.End(nil, nil) })
			sock.OnClose(func(h bool) {
				tr.log("server: close", h, sock.BytesRead(), sock.BytesWritten())
				server.Close(func(error) {
					tr.log("server: closed", exists(p), ipcAddressIs(server, p), server.Listening())
				})
			})
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Path: p}, func() {
			tr.log("server: listening", ipcAddressIs(server, p), "string", exists(p), server.Listening())
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: p}, nil))
			tr.log("client: connecting", c.Connecting(), c.ReadyState())
			c.On("lookup", func(error, string, int, string) { tr.log("client: lookup (unexpected)") })
			c.On("connectionAttempt", func(string, int, int) { tr.log("client: connectionAttempt (unexpected)") })
			c.OnConnect(func() {
				addr := "{}"
				if _, ok := c.Address(); ok {
					addr = "(unexpected)"
				}
				tr.log("client: connect", c.Connecting(), c.ReadyState(), orUndefined(c.RemoteAddress()),
					srvUndefinedInt(c.RemotePort()), orUndefined(c.RemoteFamily()), addr)
				if err := c.ResetAndDestroy(); err != nil {
					e := srvErr(err)
					tr.log("client: resetAndDestroy throws", e.Name, e.Code, e.Message)
				} else {
					tr.log("client: resetAndDestroy did not throw (unexpected)")
				}
				c.Write([]byte("hello"), nil)
			})
			c.On("ready", func() { tr.log("client: ready") })
			c.OnData(func(d []byte) { tr.log("client: data", jsonStr(string(d))); c.End(nil, nil) })
			c.OnEnd(func() { tr.log("client: end") })
			c.OnClose(func(h bool) {
				tr.log("client: close", h, c.BytesRead(), c.BytesWritten(), orUndefined(c.RemoteAddress()))
			})
		}))
	})
}

func TestIPCEADDRINUSE(t *testing.T) {
	dir := ipcDir(t)
	p := filepath.Join(dir, "busy.sock")
	run(t, "ipc_eaddrinuse", func(loop *eventloop.Loop, tr *trace) {
		show := func(who string, err error, p string) {
			e := srvErr(err)
			tr.log(who+": error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Address == p, e.Port)
			tr.log(who+": message", strings.ReplaceAll(e.Message, p, "PATH"))
		}
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, a.Listen(netmod.ListenOptions{Path: p}, func() {
			b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			b.On("listening", func() { tr.log("b: listening (unexpected)") })
			b.On("close", func() { tr.log("b: close (unexpected)") })
			b.On("error", func(err error) {
				show("b", err, p)
				tr.log("b: after error", b.Listening(), ipcAddressIs(b, p), exists(p))
				long := filepath.Join(dir, strings.Repeat("x", 200))
				c := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
				c.On("close", func() { tr.log("c: close (unexpected)") })
				c.On("error", func(err error) {
					show("c", err, long)
					tr.log("c: after error", c.Listening(), ipcAddressIs(c, long))
					a.Close(func(error) { tr.log("a: closed", exists(p)) })
				})
				require.NoError(t, c.Listen(netmod.ListenOptions{Path: long}, nil))
				tr.log("c: listen returned", c.Listening())
			})
			require.NoError(t, b.Listen(netmod.ListenOptions{Path: p}, nil))
			tr.log("b: listen returned", b.Listening(), ipcAddressIs(b, p))
			loop.NextTick(func() { tr.log("b: next tick") })
		}))
	})
}

func TestIPCENOENT(t *testing.T) {
	dir := ipcDir(t)
	run(t, "ipc_enoent", func(loop *eventloop.Loop, tr *trace) {
		attempt := func(name, p string, next func()) {
			c := netmod.NewSocket(loop, netmod.SocketOptions{})
			c.On("lookup", func(error, string, int, string) { tr.log(name + ": lookup (unexpected)") })
			c.On("connectionAttempt", func(a string, port, fam int) {
				tr.log(name+": connectionAttempt", a == p, srvUndefinedInt(port), srvUndefinedInt(fam))
			})
			c.On("connectionAttemptFailed", func(a string, port, fam int, err error) {
				tr.log(name+": connectionAttemptFailed", a == p, srvUndefinedInt(port), srvUndefinedInt(fam), nodeerr.Code(err))
			})
			c.OnConnect(func() { tr.log(name + ": connect (unexpected)") })
			c.On("error", func(err error) {
				e := srvErr(err)
				tr.log(name+": error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Address == p, srvUndefinedInt(e.Port))
				tr.log(name+": message", strings.ReplaceAll(e.Message, p, "PATH"))
			})
			c.OnClose(func(h bool) { tr.log(name+": close", h, c.Destroyed()); next() })
			require.NoError(t, c.Connect(netmod.ConnectOptions{Path: p}, nil))
			tr.log(name+": connecting", c.Connecting(), c.ReadyState())
			loop.NextTick(func() { tr.log(name + ": next tick") })
		}
		missing := filepath.Join(dir, "missing.sock")
		stale := filepath.Join(dir, "stale.sock")
		attempt("missing", missing, func() {
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			require.NoError(t, s.Listen(netmod.ListenOptions{Path: stale + ".tmp"}, func() {
				require.NoError(t, os.Link(stale+".tmp", stale))
				s.Close(func(error) {
					tr.log("stale file exists", exists(stale), exists(stale+".tmp"))
					attempt("stale", stale, func() {
						require.NoError(t, os.Remove(stale))
						attempt("long", filepath.Join(dir, strings.Repeat("y", 200)), func() {})
					})
				})
			}))
		})
	})
}

func TestIPCAbstract(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the abstract namespace is Linux only")
	}
	name := "\x00nodenet-ipc-" + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(time.Now().UnixNano(), 10)
	run(t, "ipc_abstract", func(loop *eventloop.Loop, tr *trace) {
		bad := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		for _, opt := range []string{"readableAll", "writableAll"} {
			err := bad.Listen(netmod.ListenOptions{Path: name, ReadableAll: opt == "readableAll", WritableAll: opt == "writableAll"}, nil)
			if err == nil {
				tr.log(opt + ": no throw (unexpected)")
				continue
			}
			e := srvErr(err)
			tr.log(opt+": throws", e.Name, e.Code)
			tr.log(opt+": message", strings.ReplaceAll(e.Message, nodeerr.InspectString(name), "NAME"))
		}
		tr.log("bad listening", bad.Listening())
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", orUndefined(sock.RemoteAddress()))
			sock.OnData(func(d []byte) { sock.End(d, nil) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Path: name}, func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Path == name, int(a.Path[0]), exists(name[1:]))
			var c *netmod.Socket
			c = must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: name}, func() {
				tr.log("client: connect")
				c.Write([]byte("ping"), nil)
			}))
			c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
			c.OnClose(func(bool) {
				tr.log("client: close")
				server.Close(func(error) { tr.log("server: closed", ipcAddressIs(server, name), server.Listening()) })
			})
		}))
	})
}

func TestIPCChmod(t *testing.T) {
	dir := ipcDir(t)
	run(t, "ipc_chmod", func(loop *eventloop.Loop, tr *trace) {
		cases := []struct {
			name       string
			read, writ bool
		}{{"readable", true, false}, {"writable", false, true}, {"both", true, true}}
		var next func(i int)
		next = func(i int) {
			if i == len(cases) {
				return
			}
			cs := cases[i]
			p := filepath.Join(dir, cs.name+".sock")
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			err := s.Listen(netmod.ListenOptions{Path: p, ReadableAll: cs.read, WritableAll: cs.writ}, func() {
				fi, err := os.Stat(p)
				require.NoError(t, err)
				mode := fi.Mode().Perm()
				tr.log(cs.name+": listening", fi.Mode()&os.ModeSocket != 0,
					!cs.read || mode&0o444 == 0o444, !cs.writ || mode&0o222 == 0o222)
				s.Close(func(error) {
					tr.log(cs.name+": closed", exists(p))
					next(i + 1)
				})
			})
			tr.log(cs.name+": listen returned", err == nil, s.Listening())
		}
		next(0)
	})
}

func TestIPCDrop(t *testing.T) {
	p := ipcPath(t, "drop.sock")
	run(t, "ipc_drop", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{NoDelay: true, KeepAlive: true}, func(sock *netmod.Socket) {
			addr := "{}"
			if _, ok := sock.Address(); ok {
				addr = "(unexpected)"
			}
			tr.log("server: connection", orUndefined(sock.RemoteAddress()), orUndefined(sock.LocalAddress()), addr)
			sock.SetNoDelay(true)
			sock.SetKeepAlive(true, time.Second)
			tos0, err0 := sock.GetTypeOfService()
			errSet := sock.SetTypeOfService(8)
			tos1, err1 := sock.GetTypeOfService()
			require.NoError(t, errors.Join(err0, errSet, err1))
			tr.log("server: tos", tos0, errSet == nil, tos1)
			sock.End([]byte("bye"), nil)
		})
		server.MaxConnections = 0
		server.On("drop", func(d netmod.DropInfo) {
			var data any
			if d != (netmod.DropInfo{}) {
				data = "(unexpected data)"
			}
			tr.log("server: drop", data)
			server.MaxConnections = 1
			c2 := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: p}, nil))
			c2.OnData(func(d []byte) { tr.log("c2: data", string(d)) })
			c2.OnClose(func(bool) {
				tr.log("c2: close")
				server.Close(func(error) { tr.log("server: closed", exists(p)) })
			})
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Path: p, Backlog: 8}, func() {
			c1 := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: p}, func() { tr.log("c1: connect") }))
			c1.OnData(func(d []byte) { tr.log("c1: data (unexpected)", string(d)) })
			c1.OnEnd(func() { tr.log("c1: end") })
			c1.On("error", func(err error) { tr.log("c1: error", nodeerr.Code(err)) })
			c1.OnClose(func(h bool) { tr.log("c1: close", h) })
		}))
	})
}
