package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Target is a server to measure, from "label=kind:command...":
//
//   - node:SCRIPT ARGS   the script under the reference Node (-node)
//   - nodenet:SCRIPT ARGS  the same under nodenet's JavaScript host (-nodenet)
//   - go:PACKAGE ARGS    a Go program, built with go build
//   - exec:PROGRAM ARGS  any program
//   - addr:HOST:PORT [pid=PID]  or addr:unix:PATH [pid=PID]: a server
//     already running (its CPU and RSS are read only when pid is given)
//
// In ARGS, {port}, {host}, {path} and {addr} stand for where the target
// must listen; the environment also has PORT, HOST and NETBENCH_PATH. A
// started target counts as ready once it accepts a connection.
type Target struct {
	Label string   `json:"label"`
	Kind  string   `json:"kind"`
	Args  []string `json:"args"`
	CPUs  string   `json:"cpus,omitempty"` // taskset -c list; empty: not pinned

	bin  string   // resolved program (built for go:)
	argv []string // its arguments, placeholders unreplaced
	pid  int      // addr: the server's process, if given
	ep   Endpoint
}

// ParseTarget parses "label=kind:args" ("kind:args" takes the kind as the
// label).
func ParseTarget(spec string) (*Target, error) {
	label, rest, ok := strings.Cut(spec, "=")
	if !ok || strings.Contains(label, ":") {
		label, rest = "", spec
	}
	kind, args, ok := strings.Cut(rest, ":")
	if !ok {
		return nil, fmt.Errorf("target %q: want label=kind:command (kinds: node, nodenet, go, exec, addr)", spec)
	}
	if label == "" {
		label = kind
	}
	t := &Target{Label: label, Kind: kind, Args: strings.Fields(args)}
	if len(t.Args) == 0 {
		return nil, fmt.Errorf("target %q: nothing after %q", spec, kind+":")
	}
	switch kind {
	case "node", "nodenet", "go", "exec":
	case "addr":
		a := t.Args[0]
		if p, ok := strings.CutPrefix(a, "unix:"); ok {
			t.ep = Endpoint{"unix", p}
		} else if _, _, err := net.SplitHostPort(a); err == nil {
			t.ep = Endpoint{"tcp", a}
		} else {
			return nil, fmt.Errorf("target %q: %q is neither HOST:PORT nor unix:PATH", spec, a)
		}
		for _, kv := range t.Args[1:] {
			v, ok := strings.CutPrefix(kv, "pid=")
			pid, err := strconv.Atoi(v)
			if !ok || err != nil || pid < 1 {
				return nil, fmt.Errorf("target %q: unknown %q (pid=PID)", spec, kv)
			}
			t.pid = pid
		}
	default:
		return nil, fmt.Errorf("target %q: unknown kind %q (node, nodenet, go, exec, addr)", spec, kind)
	}
	return t, nil
}

// Started says whether netbench starts the target (not an address).
func (t *Target) Started() bool { return t.Kind != "addr" }

// tools are the programs targets run under.
type tools struct {
	node    string // the reference Node
	nodenet string // nodenet's JavaScript host
	dir     string // where go: targets are built
}

// prepare resolves the target's program, building it for go:.
func (t *Target) prepare(tl *tools, i int) error {
	switch t.Kind {
	case "node":
		t.bin, t.argv = tl.node, t.Args
	case "nodenet":
		t.bin, t.argv = tl.nodenet, t.Args
	case "exec":
		t.bin, t.argv = t.Args[0], t.Args[1:]
	case "go":
		t.bin = filepath.Join(tl.dir, fmt.Sprintf("target%d-%s", i, filepath.Base(t.Args[0])))
		cmd := exec.Command("go", "build", "-o", t.bin, t.Args[0])
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("target %s: go build %s: %v\n%s", t.Label, t.Args[0], err, out.String())
		}
		t.argv = t.Args[1:]
	}
	if t.Kind != "addr" && t.bin == "" {
		return fmt.Errorf("target %s: no %s binary (-%s)", t.Label, t.Kind, t.Kind)
	}
	return nil
}

// server is a running target.
type server struct {
	t    *Target
	cmd  *exec.Cmd
	pid  int // 0: unknown (an address without pid=)
	ep   Endpoint
	errb lockedBuffer
	dir  string // the Unix socket's folder, removed at stop

	mu    sync.Mutex
	delay []loopDelay // loop-delay reports, in arrival order
	dead  chan struct{}
}

// loopDelay is one report a target printed on stdout:
//
//	netbench loop-delay-us max=N mean=M
//
// (the most and the mean by which the target's event loop ran a timer late
// over the last period), timestamped on arrival.
type loopDelay struct {
	at        time.Time
	max, mean float64
}

// start runs the target (or connects to an address) and waits until it
// accepts connections.
func (t *Target) start(unix bool, deadline time.Time) (*server, error) {
	s := &server{t: t, pid: t.pid, ep: t.ep, dead: make(chan struct{})}
	if !t.Started() {
		return s, s.waitReady(deadline)
	}
	host, port := "127.0.0.1", 0
	if unix {
		dir, err := os.MkdirTemp("", "netbench")
		if err != nil {
			return nil, err
		}
		s.dir = dir
		s.ep = Endpoint{"unix", filepath.Join(dir, "s.sock")}
	} else {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		port = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		s.ep = Endpoint{"tcp", net.JoinHostPort(host, strconv.Itoa(port))}
	}
	r := strings.NewReplacer("{port}", strconv.Itoa(port), "{host}", host, "{path}", s.ep.Address, "{addr}", s.ep.Address)
	args := make([]string, len(t.argv))
	for i, a := range t.argv {
		args[i] = r.Replace(a)
	}
	bin := t.bin
	if t.CPUs != "" {
		args = append([]string{"-c", t.CPUs, bin}, args...)
		bin = "taskset"
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "HOST="+host, "NETBENCH_LOOP_DELAY=1")
	if unix {
		cmd.Env = append(cmd.Env, "NETBENCH_PATH="+s.ep.Address)
	}
	setDeathSignal(cmd)
	cmd.Stderr = &s.errb
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("target %s: %w", t.Label, err)
	}
	s.cmd = cmd
	s.pid = cmd.Process.Pid // taskset execs the program: same process
	go s.readStdout(out)
	if err := s.waitReady(deadline); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

// readStdout keeps the loop-delay reports and discards the rest.
func (s *server) readStdout(out io.Reader) {
	defer close(s.dead)
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "netbench loop-delay-us ")
		if !ok {
			continue
		}
		d := loopDelay{at: time.Now()}
		for kv := range strings.FieldsSeq(rest) {
			k, v, _ := strings.Cut(kv, "=")
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			switch k {
			case "max":
				d.max = f
			case "mean":
				d.mean = f
			}
		}
		s.mu.Lock()
		s.delay = append(s.delay, d)
		s.mu.Unlock()
	}
	_, _ = io.Copy(io.Discard, out)
}

// loopDelayIn returns the largest max and the mean of the means the target
// reported between from and to, and whether it reported any.
func (s *server) loopDelayIn(from, to time.Time) (maxUS, meanUS float64, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int
	for _, d := range s.delay {
		if d.at.Before(from) || d.at.After(to) {
			continue
		}
		maxUS = max(maxUS, d.max)
		meanUS += d.mean
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	return maxUS, meanUS / float64(n), true
}

// waitReady dials until the server accepts a connection, it exits, or the
// deadline passes.
func (s *server) waitReady(deadline time.Time) error {
	for {
		c, err := net.DialTimeout(s.ep.Network, s.ep.Address, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		select {
		case <-s.dead:
			return fmt.Errorf("target %s exited before listening: %s", s.t.Label, s.stderr())
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("target %s: not accepting on %s: %v %s", s.t.Label, s.ep.Address, err, s.stderr())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *server) stderr() string {
	if s.cmd == nil {
		return ""
	}
	e := strings.TrimSpace(s.errb.String())
	if e == "" {
		return ""
	}
	return "(stderr: " + e + ")"
}

// alive says whether a started target is still running.
func (s *server) alive() bool {
	select {
	case <-s.dead:
		return false
	default:
		return true
	}
}

// stop ends a started target and removes its socket folder.
func (s *server) stop() {
	if s.cmd != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// cpu is the server's CPU time, every thread; errNoPid when unknown.
func (s *server) cpu() (time.Duration, error) {
	if s.pid == 0 {
		return 0, errNoPid
	}
	return procCPU(s.pid)
}

var errNoPid = errors.New("no process to read")

// settledCPU waits until the server stops using CPU (two readings 50 ms
// apart agree, at most 2 s) and returns its CPU time: the work a phase
// leaves behind (closing connections, garbage collection) counts for it.
func (s *server) settledCPU() (time.Duration, error) {
	prev, err := s.cpu()
	if err != nil {
		return 0, err
	}
	for range 40 {
		time.Sleep(50 * time.Millisecond)
		c, err := s.cpu()
		if err != nil {
			return 0, err
		}
		if c == prev {
			return c, nil
		}
		prev = c
	}
	return prev, nil
}

// lockedBuffer is the target's stderr, written by exec's copying goroutine
// and read for error messages.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() > 64<<10 {
		return len(p), nil // keep the start, where the reason usually is
	}
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
