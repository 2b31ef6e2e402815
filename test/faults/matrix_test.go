//go:build linux

// Package faults runs the fault matrix: an echo scenario on loopback
// through netmod's Go API, with one system call made to fail through
// internal/sys's fault injection, for every operation and every errno that
// operation can return, at the first, a middle and the last call of that
// operation in the scenario. Every cell checks that the loop survives (Run
// returns, no panic, no hang, a timer still fires), that no descriptor
// leaks, that no acknowledged byte is lost, that EINTR and EAGAIN are
// retried (the scenario completes as without a fault), and that any other
// errno arrives as a Node error with that code on the object that made the
// call. The outcomes are written as a table to docs/fault-matrix.md, which
// the test keeps in step: it fails on drift, and FAULT_MATRIX_UPDATE=1
// rewrites it.
package faults

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/test/oracle"
)

// updateEnv rewrites docs/fault-matrix.md instead of comparing it.
const updateEnv = "FAULT_MATRIX_UPDATE"

// matrix lists, for each operation InjectFault knows, the errnos that
// operation can return and that the matrix injects.
var matrix = []struct {
	op     string
	errnos []syscall.Errno
}{
	{"socket", []syscall.Errno{syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM}},
	{"bind", []syscall.Errno{syscall.ENOMEM, syscall.ENOBUFS}},
	{"listen", []syscall.Errno{syscall.ENOBUFS, syscall.ENOMEM}},
	{"accept", []syscall.Errno{syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM, syscall.ECONNABORTED, syscall.EINTR, syscall.EAGAIN}},
	{"connect", []syscall.Errno{syscall.ENOBUFS, syscall.ETIMEDOUT, syscall.ECONNRESET, syscall.EINTR, syscall.EAGAIN}},
	{"read", []syscall.Errno{syscall.ECONNRESET, syscall.ETIMEDOUT, syscall.ENOBUFS, syscall.ENOMEM, syscall.EINTR, syscall.EAGAIN}},
	{"write", []syscall.Errno{syscall.EPIPE, syscall.ECONNRESET, syscall.ENOBUFS, syscall.ENOMEM, syscall.ETIMEDOUT, syscall.EINTR, syscall.EAGAIN}},
	{"writev", []syscall.Errno{syscall.EPIPE, syscall.ECONNRESET, syscall.ENOBUFS, syscall.ENOMEM, syscall.EINTR, syscall.EAGAIN}},
	{"shutdown", []syscall.Errno{syscall.ENOBUFS, syscall.ECONNRESET}},
	{"close", []syscall.Errno{syscall.EINTR, syscall.ENOBUFS}},
}

// rounds is how many messages the client sends, each echoed back before
// the next; odd ones are two corked writes, which go out with writev.
const rounds = 4

// outcome is what one run of the scenario did.
type outcome struct {
	errs      []string // "object: syscall CODE", in the order they came
	completed bool     // every message echoed, both sides closed cleanly
	leaked    int      // descriptors open after the run that were not before
	lost      string   // acknowledged bytes that never arrived, described
	hung      bool
	survived  bool // a timer still fired on the loop after the run
}

func (o outcome) String() string {
	var parts []string
	if o.hung {
		parts = append(parts, "stalled (stopped after 3s)")
	}
	parts = append(parts, o.errs...)
	switch {
	case o.completed:
		parts = append(parts, "completed")
	case len(o.errs) == 0 && !o.hung:
		parts = append(parts, "connection dropped, no error")
	}
	return strings.Join(parts, "; ")
}

func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// scenario runs the echo scenario once. inject, when not nil, is called
// before the loop starts and returns the function that undoes it.
func scenario(t *testing.T, inject func() func()) outcome {
	var o outcome
	before := openFDs(t)
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	rec := func(who string) func(error) {
		return func(err error) {
			var ne *nodeerr.Error
			if errors.As(err, &ne) && ne.Syscall != "" {
				o.errs = append(o.errs, fmt.Sprintf("%s: %s %s", who, ne.Syscall, ne.Code))
			} else {
				o.errs = append(o.errs, fmt.Sprintf("%s: %s", who, nodeerr.Code(err)))
			}
		}
	}
	var sent, echoed, serverGot bytes.Buffer
	var ackedC, ackedS int
	var serverErr, clientErr, accepted bool
	var socks []*netmod.Socket
	srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		accepted = true
		socks = append(socks, s)
		s.OnError(func(err error) { serverErr = true; rec("server socket")(err) })
		s.OnData(func(b []byte) {
			serverGot.Write(b)
			n := len(b)
			s.Write(b, func(err error) {
				if err == nil {
					ackedS += n
				}
			})
		})
	})
	srv.OnError(rec("server"))
	restore := func() {}
	if inject != nil {
		restore = inject()
	}
	clientClosed := false
	err = srv.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		addr, _ := srv.Address()
		var c *netmod.Socket
		var send func(i int)
		send = func(i int) {
			if i == rounds {
				c.End(nil, nil)
				return
			}
			msg := bytes.Repeat([]byte{byte('a' + i)}, 1000*(i+1))
			ack := func(err error) {
				if err == nil {
					ackedC += len(msg)
				}
			}
			if i%2 == 1 {
				c.Cork()
				c.Write(msg[:len(msg)/2], nil)
				c.Write(msg[len(msg)/2:], ack)
				c.Uncork()
			} else {
				c.Write(msg, ack)
			}
			sent.Write(msg)
		}
		var cerr error
		c, cerr = netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: addr.Port, Host: "127.0.0.1"}, func() { send(0) })
		if cerr != nil {
			rec("connect call")(cerr)
			srv.Close(nil)
			return
		}
		socks = append(socks, c)
		next := 0
		c.OnData(func(b []byte) {
			echoed.Write(b)
			if echoed.Len() == sent.Len() {
				next++
				send(next)
			}
		})
		c.OnError(func(err error) { clientErr = true; rec("client")(err) })
		c.OnClose(func(bool) {
			clientClosed = true
			srv.Close(nil)
		})
	})
	if err != nil {
		rec("listen call")(err)
	}
	var hung atomic.Bool
	guard := time.AfterFunc(3*time.Second, func() { hung.Store(true); loop.Stop() })
	runErr := loop.Run()
	guard.Stop()
	restore()
	o.hung = hung.Load()
	if runErr != nil {
		o.errs = append(o.errs, "loop: "+runErr.Error())
	}
	if o.hung {
		// End what the scenario left behind, without faults.
		for _, s := range socks {
			s.Destroy(nil)
		}
		srv.Close(nil)
	}
	fired := false
	loop.SetTimeout(func() { fired = true }, time.Millisecond)
	guard = time.AfterFunc(3*time.Second, loop.Stop)
	if err := loop.Run(); err == nil && fired {
		o.survived = true
	}
	guard.Stop()
	loop.Close()
	o.completed = !o.hung && clientClosed && echoed.Len() == rounds*(rounds+1)*500 && bytes.Equal(echoed.Bytes(), sent.Bytes())
	// Acknowledged bytes are in the peer's kernel buffer: unless the
	// reading side failed (or the connection was never accepted), they
	// must have arrived, in order.
	if accepted && !serverErr && (serverGot.Len() < ackedC || !bytes.HasPrefix(sent.Bytes(), serverGot.Bytes())) {
		o.lost = fmt.Sprintf("client: %d bytes acknowledged, server got %d", ackedC, serverGot.Len())
	}
	if !clientErr && (echoed.Len() < ackedS || !bytes.HasPrefix(serverGot.Bytes(), echoed.Bytes())) {
		o.lost += fmt.Sprintf("server: %d bytes acknowledged, client got %d", ackedS, echoed.Len())
	}
	o.leaked = openFDs(t) - before
	return o
}

// cell is one injection: op fails with errno at call number at (1-based)
// of calls.
type cell struct {
	op    string
	errno syscall.Errno
	pos   string
	at    int
	calls int
	out   outcome
}

func TestFaultMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the echo scenario a few hundred times")
	}
	base := scenario(t, nil)
	if !base.completed || len(base.errs) != 0 || base.leaked != 0 || base.lost != "" {
		t.Fatalf("the scenario fails without a fault: %+v", base)
	}
	var table strings.Builder
	table.WriteString(header)
	only := os.Getenv("FAULT_MATRIX_OPS") // a comma-separated subset, while working on one
	for _, row := range matrix {
		if only != "" && !slices.Contains(strings.Split(only, ","), row.op) {
			continue
		}
		// Count the operation's calls in a run without a fault.
		var calls func() int
		scenario(t, func() func() {
			var restore func()
			restore, calls = sys.InjectFaultAt(row.op, syscall.EIO, 1<<30, 1)
			return restore
		})
		n := calls()
		if n == 0 {
			t.Fatalf("the scenario makes no %s call", row.op)
		}
		positions := []struct {
			name string
			at   int
		}{{"first", 1}, {"middle", (n + 1) / 2}, {"last", n}}
		for _, errno := range row.errnos {
			name := nodeerr.ErrnoName(errno)
			var outs []string
			for _, p := range positions {
				c := cell{op: row.op, errno: errno, pos: p.name, at: p.at, calls: n}
				c.out = scenario(t, func() func() {
					restore, _ := sys.InjectFaultAt(row.op, errno, p.at-1, 1)
					return restore
				})
				check(t, c)
				if testing.Verbose() {
					fmt.Fprintf(os.Stderr, "%s %s %s (%d/%d): %s\n", c.op, name, c.pos, c.at, n, c.out)
				}
				outs = append(outs, c.out.String())
			}
			fmt.Fprintf(&table, "| %s | %s | %d | %s |\n", row.op, name, n, strings.Join(outs, " | "))
		}
	}
	if only == "" {
		compareDoc(t, table.String())
	}
}

const header = `# Fault matrix

Generated by ` + "`go test ./test/faults/`" + ` (TestFaultMatrix); ` + "`FAULT_MATRIX_UPDATE=1`" + ` rewrites it,
and the test fails when the outcomes drift from this file.

The scenario: a server on 127.0.0.1 and one client on the same loop (netmod's Go
API); the client sends 4 messages of 1,000 to 4,000 bytes (the 2nd and 4th as two
corked writes, which leave by writev), waits for each echo, then ends; the server
ends back and closes when the client has closed. One call of one operation fails
with the errno of the row (through internal/sys's fault injection, without making
the call) at its first, middle or last call in the scenario ("calls" counts them in
a run without a fault). A failed close still releases the descriptor, as close(2)
does on Linux.

Every cell also checks: the loop's Run returns (no panic, no hang) and a timer
still fires on it afterwards; no descriptor is left open; every byte whose write
callback reported success reached the peer, unless the peer's socket failed;
EINTR and EAGAIN are retried (the scenario completes as without a fault); any
other errno either arrives as a Node error with that code on the object that made
the call, or is one Node also swallows (an accept failure past the spare
descriptor, a failed shutdown or close).

An outcome lists the errors in the order they were emitted, as
"object: syscall CODE"; "completed" means every message still came back and
both sides closed ("completed" alone: no error at all); "connection dropped, no error" means the
connection ended early with no error emitted anywhere; "stalled" means the
connection waited for an end that never came, and the test stopped the loop
after 3 s and destroyed what was left (only allowed for a failed shutdown:
no FIN leaves, and Node ignores a failed shutdown too).

| operation | errno | calls | first call | middle call | last call |
| --- | --- | --- | --- | --- | --- |
`

// check applies the invariants every cell must hold.
func check(t *testing.T, c cell) {
	t.Helper()
	where := fmt.Sprintf("%s %s at call %d of %d (%s)", c.op, nodeerr.ErrnoName(c.errno), c.at, c.calls, c.pos)
	o := c.out
	if o.hung && c.op != "shutdown" {
		// A failed shutdown sends no FIN and Node ignores the error
		// ('finish' follows): the peer waits for an end that never
		// comes, in Node as here.
		t.Errorf("%s: the loop hung", where)
	}
	if !o.survived {
		t.Errorf("%s: the loop did not run a timer after the scenario", where)
	}
	if o.leaked != 0 {
		t.Errorf("%s: %d descriptors leaked", where, o.leaked)
	}
	if o.lost != "" {
		t.Errorf("%s: acknowledged bytes lost: %s", where, o.lost)
	}
	for _, e := range o.errs {
		if strings.HasPrefix(e, "loop: ") {
			t.Errorf("%s: %s", where, e)
		}
	}
	switch c.errno {
	case syscall.EINTR, syscall.EAGAIN:
		if c.op == "connect" && c.errno == syscall.EAGAIN {
			// EAGAIN from connect(2) is "no free local port": an error,
			// as in Node.
			break
		}
		if !o.completed || len(o.errs) != 0 {
			t.Errorf("%s: not retried: %s", where, o)
		}
	default:
		code := nodeerr.ErrnoName(c.errno)
		for _, e := range o.errs {
			if strings.HasSuffix(e, " "+code) {
				return
			}
		}
		if !swallowed(c) {
			t.Errorf("%s: no error with code %s: %s", where, code, o)
		}
	}
}

// swallowed reports whether Node, too, reports no error for the fault.
func swallowed(c cell) bool {
	switch c.op {
	case "shutdown", "close":
		// Node ignores a failed shutdown ('finish' follows) and a
		// failed close.
		return true
	case "accept":
		// libuv's spare descriptor accepts and closes the connection on
		// EMFILE/ENFILE; other accept errors... are checked by the
		// table.
		return c.errno == syscall.EMFILE || c.errno == syscall.ENFILE || c.errno == syscall.ECONNABORTED
	}
	return false
}

func compareDoc(t *testing.T, got string) {
	root, err := oracle.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "docs", "fault-matrix.md")
	if os.Getenv(updateEnv) == "1" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with %s=1)", err, updateEnv)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := range max(len(wl), len(gl)) {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Errorf("docs/fault-matrix.md drifted (rewrite it with %s=1 if the change is right); first difference, line %d:\n doc:  %s\n test: %s", updateEnv, i+1, w, g)
				return
			}
		}
	}
}
