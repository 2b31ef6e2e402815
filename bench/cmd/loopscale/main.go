//go:build linux

// Command loopscale measures how nodenet's echo server (examples/echo)
// scales from one event loop to several (-loops N: netmod.ListenGroup, N
// loops on their own threads sharing the port with SO_REUSEPORT):
//
//	go run ./bench/cmd/loopscale                 # from the module root
//	go run ./bench/cmd/loopscale -loops 1,2 -reps 5 -msgs 400000
//
// For every loop count the server runs under the same load: -conns
// connections, each with one 64-byte message in flight (ping-pong), until
// -msgs messages have been echoed. It reports the messages per second,
// the server's CPU time per message (utime+stime of every thread, from
// /proc/PID/stat), how many cores the server and the load generator kept
// busy, and the ratios against the first loop count.
//
// The load generator is this program: -gen-threads threads (default: as
// many as the CPUs of -client-cpu), each driving its share of the
// connections with its own epoll and raw read/write calls, so that it
// spends as little as possible per message (one write, one read, a share
// of an epoll_wait). Its own CPU time (getrusage) is reported beside the
// server's: when it nears the CPUs it may use, the run is generator-bound
// and says so. Server and generator are pinned with taskset (-server-cpu,
// -client-cpu); on a machine with few cores they have to share them, and
// the figure then shows how much more the server gets through with more
// loops on the same cores, not its scaling on idle cores.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/nodenet/nodenet/bench/pinned"
	"github.com/nodenet/nodenet/bench/procstat"
)

type config struct {
	loops      []int
	reps       int
	conns      int
	msgs       int
	warmup     int
	serverCPU  string
	clientCPU  string
	genThreads int
	mode       string
	binDir     string
	timeout    time.Duration
}

const pinnedEnv = "LOOPSCALE_PINNED"

func main() {
	var cfg config
	loops := flag.String("loops", "1,2", "loop counts to compare (examples/echo -loops N)")
	flag.IntVar(&cfg.reps, "reps", 3, "repetitions (loop counts interleaved)")
	flag.IntVar(&cfg.conns, "conns", 64, "connections, each with one message in flight")
	flag.IntVar(&cfg.msgs, "msgs", 300000, "messages echoed per measurement")
	flag.IntVar(&cfg.warmup, "warmup", 30000, "messages echoed before each measurement")
	flag.StringVar(&cfg.serverCPU, "server-cpu", "0,1", "CPU list the server is pinned to (taskset -c)")
	flag.StringVar(&cfg.clientCPU, "client-cpu", "0,1", "CPU list the load generator is pinned to")
	flag.IntVar(&cfg.genThreads, "gen-threads", 0, "load generator threads (0: the number of CPUs in -client-cpu)")
	flag.StringVar(&cfg.mode, "mode", "", "echo mode flag passed to the server: \"\", \"onread\" or \"pipe\"")
	flag.DurationVar(&cfg.timeout, "timeout", 5*time.Minute, "stop everything after this long")
	flag.StringVar(&cfg.binDir, "bindir", "", "directory with the built server (set by the parent process)")
	flag.Parse()
	for f := range strings.SplitSeq(*loops, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "loopscale: bad -loops %q\n", *loops)
			os.Exit(2)
		}
		cfg.loops = append(cfg.loops, n)
	}
	if err := run(&cfg); err != nil {
		fmt.Fprintln(os.Stderr, "loopscale:", err)
		os.Exit(1)
	}
}

// run builds the server and re-executes itself pinned to the client CPUs.
func run(cfg *config) error {
	if os.Getenv(pinnedEnv) != "" {
		return measure(cfg)
	}
	dir, err := os.MkdirTemp("", "loopscale")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "nodenet-echo"), "./examples/echo")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("building examples/echo (run from the module root): %w", err)
	}
	return pinned.Reexec(pinnedEnv, cfg.clientCPU, "", func() { os.RemoveAll(dir) }, "-bindir", dir)
}

// ---- server ----------------------------------------------------------------

type server struct {
	*pinned.Server
	port int
}

func (cfg *config) start(loops int) (*server, error) {
	args := []string{"-port", "0", "-loops", strconv.Itoa(loops)}
	if cfg.mode != "" {
		args = append(args, "-"+cfg.mode)
	}
	ps, l, err := pinned.Start(cfg.serverCPU, filepath.Join(cfg.binDir, "nodenet-echo"), args, nil)
	if err != nil {
		return nil, err
	}
	s := &server{Server: ps}
	// "echo server listening on 127.0.0.1 port N (L loops)"
	f := strings.Fields(l)
	for i := range f {
		if f[i] == "port" && i+1 < len(f) {
			s.port, _ = strconv.Atoi(f[i+1])
		}
	}
	if s.port == 0 {
		s.Kill()
		return nil, fmt.Errorf("server did not start: %q %s", l, s.Stderr.String())
	}
	return s, nil
}

// cpu is the server's utime+stime (every thread).
func (s *server) cpu() (time.Duration, error) { return procstat.CPU(s.Pid) }

// ---- load generator ------------------------------------------------------------

var msg = func() []byte {
	b := make([]byte, 64)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return b
}()

// dialRaw opens a blocking-connected, then non-blocking, TCP_NODELAY
// socket to 127.0.0.1:port.
func dialRaw(port int) (int, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	sa := &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}
	if err := syscall.Connect(fd, sa); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	_ = syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	if err := syscall.SetNonblock(fd, true); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	return fd, nil
}

// drive echoes total messages over fds (one in flight on each) with its
// own epoll, on a locked thread; deadline bounds it.
func drive(fds []int, total int, deadline time.Time) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ep, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return err
	}
	defer syscall.Close(ep)
	got := make(map[int32]int, len(fds))
	for _, fd := range fds {
		ev := syscall.EpollEvent{Events: syscall.EPOLLIN, Fd: int32(fd)}
		if err := syscall.EpollCtl(ep, syscall.EPOLL_CTL_ADD, fd, &ev); err != nil {
			return err
		}
	}
	sent, done := 0, 0
	for _, fd := range fds {
		if sent == total {
			break
		}
		if _, err := syscall.Write(fd, msg); err != nil {
			return err
		}
		sent++
	}
	events := make([]syscall.EpollEvent, len(fds))
	buf := make([]byte, 4096)
	for done < total {
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out with %d of %d messages echoed", done, total)
		}
		n, err := syscall.EpollWait(ep, events, 1000)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		for _, ev := range events[:n] {
			fd := int(ev.Fd)
			r, err := syscall.Read(fd, buf)
			if err == syscall.EAGAIN {
				continue
			}
			if err != nil {
				return err
			}
			if r == 0 {
				return errors.New("server closed a connection")
			}
			got[ev.Fd] += r
			for got[ev.Fd] >= len(msg) {
				got[ev.Fd] -= len(msg)
				done++
				if sent < total {
					if _, err := syscall.Write(fd, msg); err != nil {
						return err
					}
					sent++
				}
			}
		}
	}
	return nil
}

// load echoes msgs messages over conns connections with threads threads.
func load(port, conns, msgs, threads int, deadline time.Time) error {
	fds := make([]int, 0, conns)
	defer func() {
		for _, fd := range fds {
			syscall.Close(fd)
		}
	}()
	for range conns {
		fd, err := dialRaw(port)
		if err != nil {
			return err
		}
		fds = append(fds, fd)
	}
	var wg sync.WaitGroup
	errs := make([]error, threads)
	for t := range threads {
		var share []int
		for i := t; i < len(fds); i += threads {
			share = append(share, fds[i])
		}
		quota := msgs / threads
		if t < msgs%threads {
			quota++
		}
		wg.Go(func() { errs[t] = drive(share, quota, deadline) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ---- measurement -------------------------------------------------------------

type sample struct {
	rate       float64 // messages/s
	cpuPerMsg  float64 // server CPU µs per message
	serverCore float64 // server CPU time / wall time
	genCore    float64 // generator CPU time / wall time
}

func (cfg *config) measureOnce(loops int, deadline time.Time) (sample, error) {
	var smp sample
	s, err := cfg.start(loops)
	if err != nil {
		return smp, err
	}
	defer s.Kill()
	if err := load(s.port, cfg.conns, cfg.warmup, cfg.genThreads, deadline); err != nil {
		return smp, fmt.Errorf("warm-up: %w (server: %s)", err, s.Stderr.String())
	}
	c0, err := s.cpu()
	if err != nil {
		return smp, err
	}
	g0 := selfCPU()
	t0 := time.Now()
	if err := load(s.port, cfg.conns, cfg.msgs, cfg.genThreads, deadline); err != nil {
		return smp, fmt.Errorf("load: %w (server: %s)", err, s.Stderr.String())
	}
	wall := time.Since(t0)
	g1 := selfCPU()
	c1, err := s.cpu()
	if err != nil {
		return smp, err
	}
	smp.rate = float64(cfg.msgs) / wall.Seconds()
	smp.cpuPerMsg = float64(c1-c0) / float64(time.Microsecond) / float64(cfg.msgs)
	smp.serverCore = float64(c1-c0) / float64(wall)
	smp.genCore = float64(g1-g0) / float64(wall)
	return smp, nil
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

func measure(cfg *config) error {
	if cfg.binDir == "" {
		return errors.New("-bindir is set by the parent process: run without " + pinnedEnv)
	}
	if cfg.genThreads <= 0 {
		cfg.genThreads = runtime.NumCPU() // the CPUs taskset left us
	}
	runtime.GOMAXPROCS(cfg.genThreads + 1)
	deadline := time.Now().Add(cfg.timeout)
	fmt.Printf("loopscale: server on CPUs %s, load generator on CPUs %s (%d threads), %d conns, %d msgs of 64 B per run, %d reps; %d CPUs online; load average %s\n",
		cfg.serverCPU, cfg.clientCPU, cfg.genThreads, cfg.conns, cfg.msgs, cfg.reps, runtime.NumCPU(), loadAvg())
	results := map[int][]sample{}
	for rep := range cfg.reps {
		for i := range cfg.loops {
			loops := cfg.loops[(i+rep)%len(cfg.loops)]
			smp, err := cfg.measureOnce(loops, deadline)
			if err != nil {
				return fmt.Errorf("-loops %d: %w", loops, err)
			}
			results[loops] = append(results[loops], smp)
			fmt.Fprintf(os.Stderr, "  rep %d  loops %d: %8.0f msgs/s  %.2f µs/msg  server %.2f cores  generator %.2f cores  (load %s)\n",
				rep+1, loops, smp.rate, smp.cpuPerMsg, smp.serverCore, smp.genCore, loadAvg())
		}
	}
	report(cfg, results)
	return nil
}

func median(xs []float64) (med, lo, hi float64) {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	med = s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return med, s[0], s[n-1]
}

func col(ss []sample, f func(sample) float64, prec int) (string, float64) {
	xs := make([]float64, len(ss))
	for i, s := range ss {
		xs[i] = f(s)
	}
	med, lo, hi := median(xs)
	if lo == hi {
		return strconv.FormatFloat(med, 'f', prec, 64), med
	}
	return fmt.Sprintf("%.*f (%.*f–%.*f)", prec, med, prec, lo, prec, hi), med
}

func report(cfg *config, results map[int][]sample) {
	fmt.Printf("\nMedian over %d runs (min–max)\n\n", cfg.reps)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "loops\tmsgs/s\tserver CPU µs/msg\tserver cores busy\tgenerator cores busy\tmsgs/s ratio\tCPU/msg ratio")
	var baseRate, baseCPU float64
	for i, loops := range cfg.loops {
		ss := results[loops]
		rate, r := col(ss, func(s sample) float64 { return s.rate }, 0)
		cpu, c := col(ss, func(s sample) float64 { return s.cpuPerMsg }, 2)
		sc, _ := col(ss, func(s sample) float64 { return s.serverCore }, 2)
		gc, g := col(ss, func(s sample) float64 { return s.genCore }, 2)
		if i == 0 {
			baseRate, baseCPU = r, c
		}
		note := ""
		if g >= 0.9*float64(cfg.genThreads) {
			note = " (generator-bound)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s%s\t%.2f×\t%.2f×\n", loops, rate, cpu, sc, gc, note, r/baseRate, c/baseCPU)
	}
	tw.Flush()
	fmt.Printf("\nload average %s\n", loadAvg())
}
