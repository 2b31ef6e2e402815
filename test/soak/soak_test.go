//go:build linux

// Package soak runs nodenet under a long, mixed load on loopback: an echo
// server written with netmod's Go API and one written as a script under
// the nodenet command, each under SOAK_CONNS (default 2,000) connections
// from a client loop doing ping-pong, bulk transfers with every byte
// checked, churn (connect, one exchange, close, again), idle sockets with
// timeouts, and slow readers that make both sides hit backpressure. Every
// second it samples the process's RSS, Go heap, goroutines and open
// descriptors (and the script's RSS and descriptors), and the server
// loop's lateness. It fails when a series grows without bound (the
// least-squares slope over the second half of the run, projected over that
// half, exceeds a bound and the fit's noise), when the script's live heap
// with no connection grew over the run (quietGrowth), when a byte is lost
// or corrupted, when a client
// sees an error, or when the loop delay p99 exceeds SOAK_MAX_P99. It writes
// soak.csv and soak.png (gonum/plot) under SOAK_OUT.
//
// It runs only when SOAK_DURATION is set (make soak: 10 minutes by
// default); it needs about 4 descriptors a connection (ulimit -n).
package soak

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/test/oracle"
)

func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, s, err)
	}
	return d
}

// pattern is the byte a client sends at offset off of its stream.
func pattern(id int, off int64) byte {
	return byte(off*131 + int64(id)*7 + off>>9)
}

type kind int

const (
	pingPong kind = iota
	bulk
	churn
	idle
	slowReader
)

var kindNames = [...]string{"ping-pong", "bulk", "churn", "idle", "slow reader"}

// kindOf spreads the kinds over the connections: 40% ping-pong, 10% bulk,
// 10% churn, 30% idle, 10% slow readers.
func kindOf(i int) kind {
	switch i % 10 {
	case 0, 1, 2, 3:
		return pingPong
	case 4:
		return bulk
	case 5:
		return churn
	case 6, 7, 8:
		return idle
	default:
		return slowReader
	}
}

// stats are the client loop's counters, read by the sampler.
type stats struct {
	sent, echoed, corrupt, errors, cycles atomic.Int64
}

// client is one connection of the load, on the client loop.
type client struct {
	d       *driver
	id      int
	kind    kind
	port    int
	s       *netmod.Socket
	sent    int64
	recv    int64
	waiting bool // a write is waiting for 'drain'
	done    bool
}

// driver runs the clients on their own loop.
type driver struct {
	loop     *eventloop.Loop
	st       *stats
	stopping bool
	clients  []*client
	nextID   int
	firstErr atomic.Value
}

func (d *driver) start(port, n int) {
	for i := 0; i < n; i++ {
		c := &client{d: d, id: d.nextID, kind: kindOf(i), port: port}
		d.nextID++
		d.clients = append(d.clients, c)
		c.connect()
	}
}

func (c *client) connect() {
	d := c.d
	c.sent, c.recv, c.waiting = 0, 0, false
	s, err := netmod.Connect(d.loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: c.port, Host: "127.0.0.1"}, func() { c.connected() })
	if err != nil {
		c.fail(err)
		return
	}
	c.s = s
	s.OnData(func(b []byte) { c.data(b) })
	s.OnError(func(err error) { c.fail(err) })
	s.OnDrain(func() {
		c.waiting = false
		c.next()
	})
	s.OnClose(func(bool) {
		if c.kind == churn && !d.stopping && !c.done {
			d.st.cycles.Add(1)
			c.id = d.nextID
			d.nextID++
			d.loop.SetTimeout(c.connect, 20*time.Millisecond)
		}
	})
}

func (c *client) fail(err error) {
	if c.d.stopping && c.done {
		return
	}
	c.d.st.errors.Add(1)
	c.d.firstErr.CompareAndSwap(nil, fmt.Sprintf("client %d (%s): %v", c.id, kindNames[c.kind], err))
}

func (c *client) connected() {
	switch c.kind {
	case idle:
		// Silent; every 500 ms of silence sends one byte.
		_ = c.s.SetTimeout(500*time.Millisecond, func() {
			if !c.d.stopping {
				c.send(1)
			}
		})
	case slowReader:
		c.s.Pause()
		var resume func()
		resume = func() {
			if c.s.Destroyed() {
				return
			}
			c.s.Resume()
			c.d.loop.SetTimeout(func() {
				if !c.s.Destroyed() && !c.d.stopping {
					c.s.Pause()
				}
			}, 10*time.Millisecond)
			c.d.loop.SetTimeout(resume, 300*time.Millisecond).Unref()
		}
		c.d.loop.SetTimeout(resume, 300*time.Millisecond).Unref()
	}
	c.next()
}

// next sends the client's next message when it is due.
func (c *client) next() {
	if c.d.stopping || c.waiting || c.s.Destroyed() {
		return
	}
	switch c.kind {
	case pingPong:
		if c.recv == c.sent {
			c.d.loop.SetTimeout(func() {
				if c.recv == c.sent {
					c.send(64)
				}
			}, 100*time.Millisecond)
		}
	case bulk:
		if c.recv == c.sent {
			c.d.loop.SetTimeout(func() { c.send(256 << 10) }, time.Second)
		}
	case churn:
		if c.sent == 0 {
			c.send(64)
		}
	case slowReader:
		// Write until the socket says stop, then wait for 'drain'.
		c.d.loop.SetTimeout(func() { c.send(32 << 10) }, 50*time.Millisecond)
	}
}

func (c *client) send(n int) {
	if c.d.stopping || c.waiting || c.s.Destroyed() {
		return
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = pattern(c.id, c.sent+int64(i))
	}
	c.sent += int64(n)
	c.d.st.sent.Add(int64(n))
	if !c.s.Write(b, nil) {
		c.waiting = true
		return
	}
	if c.kind == slowReader {
		c.next()
	}
}

func (c *client) data(b []byte) {
	bad := 0
	for i, x := range b {
		if x != pattern(c.id, c.recv+int64(i)) {
			bad++
		}
	}
	c.recv += int64(len(b))
	c.d.st.echoed.Add(int64(len(b)))
	if bad > 0 {
		c.d.st.corrupt.Add(int64(bad))
	}
	if c.recv > c.sent {
		c.d.st.corrupt.Add(c.recv - c.sent)
	}
	if c.kind == churn && c.recv == c.sent && !c.d.stopping {
		c.s.End(nil, nil)
		return
	}
	if c.recv == c.sent {
		c.next()
	}
}

// goServer is the echo server on netmod's Go API, with backpressure:
// reading pauses while a write is buffered and resumes on 'drain'.
func goServer(t *testing.T, loop *eventloop.Loop) *netmod.Server {
	srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		s.OnData(func(b []byte) {
			if !s.Write(b, nil) {
				s.Pause()
			}
		})
		s.OnDrain(func() { s.Resume() })
		s.OnError(func(error) {})
	})
	if err := srv.Listen(netmod.ListenOptions{Host: "127.0.0.1", Backlog: 4096}, nil); err != nil {
		t.Fatal(err)
	}
	return srv
}

type sample struct {
	t                     float64 // seconds since start
	rssMB, heapMB         float64
	goroutines, fds       float64
	scriptRSSMB, scriptFD float64
	scriptLiveMB          float64 // the script's Go heap marked live at its last collection
	p99ms                 float64 // the Go server loop's lateness p99 in this second
	echoMBps              float64
}

// gcTrace matches a line of the Go runtime's GC trace (GODEBUG=gctrace=1):
// "gc 12 @3.1s 2%: ... ms cpu, 40->42->20 MB, 44 MB goal, ...", whose third
// heap figure is the heap marked live.
var gcTrace = regexp.MustCompile(`^gc \d+ @[0-9.]+s [0-9]+%: .* (\d+)->(\d+)->(\d+) MB`)

// gcLiveMB returns the live heap of a GC trace line.
func gcLiveMB(line string) (float64, bool) {
	m := gcTrace.FindStringSubmatch(line)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[3], 64)
	return v, err == nil
}

func procRSS(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", pid))
	if err != nil {
		return math.NaN()
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return math.NaN()
	}
	pages, _ := strconv.ParseFloat(f[1], 64)
	return pages * float64(os.Getpagesize()) / (1 << 20)
}

func procFDs(pid int) float64 {
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return math.NaN()
	}
	return float64(len(ents))
}

// lateness records how late a 10 ms interval timer fires on a loop.
type lateness struct {
	mu     sync.Mutex
	window []time.Duration
	all    []time.Duration
}

func (l *lateness) add(d time.Duration) {
	l.mu.Lock()
	l.window = append(l.window, d)
	l.all = append(l.all, d)
	l.mu.Unlock()
}

func p99(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)*99/100]
}

func (l *lateness) takeWindow() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	v := p99(l.window)
	l.window = l.window[:0]
	return v
}

// fit is the least-squares line of y over x: its slope and the standard
// error of that slope.
func fit(x, y []float64) (slope, se float64) {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxx, sxy float64
	for i := range x {
		sxx += (x[i] - mx) * (x[i] - mx)
		sxy += (x[i] - mx) * (y[i] - my)
	}
	if sxx == 0 || n < 3 {
		return 0, 0
	}
	slope = sxy / sxx
	var rss float64
	for i := range x {
		r := y[i] - (my + slope*(x[i]-mx))
		rss += r * r
	}
	return slope, math.Sqrt(rss/(n-2)) / math.Sqrt(sxx)
}

func TestSoak(t *testing.T) {
	if os.Getenv("SOAK_DURATION") == "" {
		t.Skip("SOAK_DURATION not set: run make soak")
	}
	duration := envDuration(t, "SOAK_DURATION", 10*time.Minute)
	maxP99 := envDuration(t, "SOAK_MAX_P99", 250*time.Millisecond)
	conns := 2000
	if s := os.Getenv("SOAK_CONNS"); s != "" {
		conns, _ = strconv.Atoi(s)
	}
	out := os.Getenv("SOAK_OUT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "nodenet-soak")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	if need := uint64(5*conns + 200); lim.Cur < need {
		t.Fatalf("ulimit -n is %d; the soak needs about %d descriptors for %d connections a server", lim.Cur, need, conns)
	}

	// The script server under the nodenet command.
	root, err := oracle.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "nodenet")
	if b, err := exec.Command("go", "build", "-C", root, "-o", bin, "./cmd/nodenet").CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/nodenet: %v\n%s", err, b)
	}
	settle := 10 * time.Second // time for the clients to stop and drain
	script := exec.Command(bin, "--expose-gc", "server.js", strconv.FormatInt((duration+settle).Milliseconds(), 10))
	scriptOut, err := script.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	// The runtime's GC trace gives the script's live heap after each
	// collection: the leak signal (its RSS follows the collector's heap
	// goal, which steps up and down with GOGC, not with leaks).
	script.Env = append(os.Environ(), "GODEBUG=gctrace=1")
	scriptErr, err := script.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var scriptLive atomic.Uint64 // math.Float64bits of MB, 0 before the first collection
	scriptErrDone := make(chan struct{})
	go func() {
		defer close(scriptErrDone)
		sc := bufio.NewScanner(scriptErr)
		for sc.Scan() {
			if mb, ok := gcLiveMB(sc.Text()); ok {
				scriptLive.Store(math.Float64bits(mb))
				continue
			}
			fmt.Fprintln(os.Stderr, sc.Text())
		}
	}()
	if err := script.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(scriptOut)
	if !lines.Scan() {
		t.Fatal("the script server printed no port")
	}
	scriptPort, err := strconv.Atoi(strings.TrimPrefix(lines.Text(), "port "))
	if err != nil {
		t.Fatalf("script server: %q", lines.Text())
	}
	var scriptTail []string
	scriptDone := make(chan struct{})
	go func() {
		defer close(scriptDone)
		for lines.Scan() {
			scriptTail = append(scriptTail, lines.Text())
		}
	}()

	// The Go server on its loop.
	srvLoop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer srvLoop.Close()
	var late lateness
	srv := goServer(t, srvLoop)
	last := time.Now()
	lateTimer := srvLoop.SetInterval(func() {
		now := time.Now()
		late.add(max(0, now.Sub(last)-10*time.Millisecond))
		last = now
	}, 10*time.Millisecond)
	srvDone := make(chan error, 1)
	go func() { srvDone <- srvLoop.Run() }()

	// The clients on theirs.
	cliLoop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer cliLoop.Close()
	st := &stats{}
	d := &driver{loop: cliLoop, st: st}
	start := time.Now()
	keep := cliLoop.SetInterval(func() {}, time.Second) // keeps the client loop up until the end
	cliDone := make(chan error, 1)
	go func() { cliDone <- cliLoop.Run() }()
	addrPort, _ := srvAddress(srv, srvLoop)
	cliLoop.Post(func() {
		d.start(addrPort, conns)
		d.start(scriptPort, conns)
	})

	// Sample every second until the end.
	var samples []sample
	var lastEcho int64
	tick := time.NewTicker(time.Second)
	for now := range tick.C {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		echo := st.echoed.Load()
		samples = append(samples, sample{
			t:           now.Sub(start).Seconds(),
			rssMB:       procRSS(os.Getpid()),
			heapMB:      float64(ms.HeapAlloc) / (1 << 20),
			goroutines:  float64(runtime.NumGoroutine()),
			fds:         procFDs(os.Getpid()),
			scriptRSSMB: procRSS(script.Process.Pid),
			scriptFD:    procFDs(script.Process.Pid),
			scriptLiveMB: func() float64 {
				if b := scriptLive.Load(); b != 0 {
					return math.Float64frombits(b)
				}
				return math.NaN()
			}(),
			p99ms:    float64(late.takeWindow()) / float64(time.Millisecond),
			echoMBps: float64(echo-lastEcho) / (1 << 20),
		})
		lastEcho = echo
		if now.Sub(start) >= duration {
			break
		}
	}
	tick.Stop()

	// Stop the load, let every sent byte come back, then close.
	drained := make(chan bool, 1)
	cliLoop.Post(func() {
		d.stopping = true
		deadline := time.Now().Add(settle - 3*time.Second)
		var check func()
		check = func() {
			pending := 0
			for _, c := range d.clients {
				if c.s != nil && !c.s.Destroyed() && c.recv < c.sent {
					if c.kind == slowReader {
						c.s.Resume()
					}
					pending++
				}
			}
			if pending > 0 && time.Now().Before(deadline) {
				cliLoop.SetTimeout(check, 50*time.Millisecond)
				return
			}
			lost := int64(0)
			for _, c := range d.clients {
				c.done = true
				if c.s != nil && !c.s.Destroyed() {
					lost += c.sent - c.recv
				}
				if c.s != nil {
					c.s.Destroy(nil)
				}
			}
			if lost > 0 {
				d.firstErr.CompareAndSwap(nil, fmt.Sprintf("%d bytes sent never came back", lost))
				st.corrupt.Add(lost)
			}
			keep.Close()
			drained <- pending == 0
		}
		check()
	})
	allBack := <-drained
	if err := <-cliDone; err != nil {
		t.Error(err)
	}
	srvLoop.Post(func() { lateTimer.Close(); srv.Close(nil) })
	if err := <-srvDone; err != nil {
		t.Error(err)
	}
	<-scriptDone
	<-scriptErrDone
	if err := script.Wait(); err != nil {
		t.Errorf("script server: %v", err)
	}

	writeCSV(t, filepath.Join(out, "soak.csv"), samples)
	if err := writeChart(filepath.Join(out, "soak.png"), samples, duration); err != nil {
		t.Errorf("chart: %v", err)
	}

	// Verdicts.
	overall := p99(late.all)
	var scriptP99 string
	// quietLive holds the script's live heap (MB) at its quiet moments:
	// after start-up and once every connection has closed (server.js's
	// collect).
	var quietLive []float64
	for _, l := range scriptTail {
		if strings.HasPrefix(l, "p99 ") {
			scriptP99 = l
		}
		if v, ok := strings.CutPrefix(l, "quiet "); ok {
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				quietLive = append(quietLive, n/(1<<20))
			}
		}
	}
	summary := fmt.Sprintf("soak: %v, %d connections a server (Go API and script), %.1f GB echoed, %d churn cycles; Go server loop delay p99 %v; script %s",
		duration, conns, float64(st.echoed.Load())/1e9, st.cycles.Load(), overall.Round(time.Millisecond), scriptP99)
	t.Log(summary)
	fmt.Println(summary)
	for _, line := range append(growth(samples), quietGrowth(quietLive)) {
		fmt.Println(line.text)
		if line.fail {
			t.Error(line.text)
		}
	}
	if !allBack {
		t.Error("not every sent byte came back before the end")
	}
	if n := st.corrupt.Load(); n > 0 {
		t.Errorf("%d bytes lost or corrupted", n)
	}
	if n := st.errors.Load(); n > 0 {
		t.Errorf("%d client errors, the first: %v", n, d.firstErr.Load())
	}
	if overall > maxP99 {
		t.Errorf("the Go server loop's delay p99 is %v, over SOAK_MAX_P99=%v", overall, maxP99)
	}
	for _, l := range scriptTail {
		if strings.HasPrefix(l, "error ") {
			t.Errorf("script server: %s", l)
		}
	}
	if ms, ok := parseScriptP99(scriptP99); ok && time.Duration(ms)*time.Millisecond > maxP99 {
		t.Errorf("the script server loop's delay p99 is %d ms, over SOAK_MAX_P99=%v", ms, maxP99)
	}
}

func parseScriptP99(l string) (int, bool) {
	f := strings.Fields(l)
	if len(f) < 2 {
		return 0, false
	}
	v, err := strconv.Atoi(f[1])
	return v, err == nil
}

// srvAddress reads the Go server's port on its loop.
func srvAddress(srv *netmod.Server, loop *eventloop.Loop) (int, bool) {
	ch := make(chan netmod.AddressInfo, 1)
	for {
		loop.Post(func() {
			a, _ := srv.Address()
			ch <- a
		})
		a := <-ch
		if a.Port != 0 {
			return a.Port, true
		}
		time.Sleep(10 * time.Millisecond)
	}
}

type verdict struct {
	text string
	fail bool
}

// growth fits a line to each series over the second half of the run and
// fails the series whose fitted growth over that half exceeds its bound.
func growth(samples []sample) []verdict {
	half := samples[len(samples)/2:]
	series := []struct {
		name  string
		get   func(sample) float64
		bound func(mean float64) float64
	}{
		{"RSS (MB)", func(s sample) float64 { return s.rssMB }, func(m float64) float64 { return max(0.1*m, 16) }},
		{"Go heap (MB)", func(s sample) float64 { return s.heapMB }, func(m float64) float64 { return max(0.1*m, 16) }},
		{"goroutines", func(s sample) float64 { return s.goroutines }, func(float64) float64 { return 10 }},
		{"descriptors", func(s sample) float64 { return s.fds }, func(float64) float64 { return 50 }},
		{"script RSS (MB)", func(s sample) float64 { return s.scriptRSSMB }, nil},
		// Under load the script's live heap holds the data in flight, which
		// follows the clients: quietGrowth judges it.
		{"script live heap (MB)", func(s sample) float64 { return s.scriptLiveMB }, nil},
		{"script descriptors", func(s sample) float64 { return s.scriptFD }, func(float64) float64 { return 50 }},
	}
	var out []verdict
	for _, se := range series {
		var x, y []float64
		mean := 0.0
		for _, s := range half {
			v := se.get(s)
			if math.IsNaN(v) {
				continue
			}
			x = append(x, s.t)
			y = append(y, v)
			mean += v
		}
		if len(x) < 2 {
			continue
		}
		mean /= float64(len(y))
		span := x[len(x)-1] - x[0]
		sl, stderr := fit(x, y)
		grew, noise := sl*span, 3*stderr*span
		if se.bound == nil {
			out = append(out, verdict{
				text: fmt.Sprintf("soak: %-21s mean %9.1f over the second half, fitted growth %+8.1f ± %.1f (3 standard errors; reported, not judged)", se.name, mean, grew, noise),
			})
			continue
		}
		b := se.bound(mean)
		out = append(out, verdict{
			text: fmt.Sprintf("soak: %-21s mean %9.1f over the second half, fitted growth %+8.1f ± %.1f (3 standard errors; bound %.1f)", se.name, mean, grew, noise, b),
			fail: grew > b && grew > noise,
		})
	}
	return out
}

// quietLeakMB bounds how much more the script's live heap may hold at the
// end, with every connection closed, than just after start-up: what the
// soak's connections (tens of thousands) leave behind.
const quietLeakMB = 4

// quietGrowth judges the script's live heap at its two quiet moments
// (server.js's collect): after start-up, and at the end once every
// connection has closed.
func quietGrowth(quiet []float64) verdict {
	if len(quiet) != 2 {
		return verdict{text: fmt.Sprintf("soak: script quiet live heap: %d measures, want 2 (start and end)", len(quiet)), fail: true}
	}
	grew := quiet[1] - quiet[0]
	return verdict{
		text: fmt.Sprintf("soak: script live heap with no connection: %.1f MB after start-up, %.1f MB at the end (%+.1f; bound %d)", quiet[0], quiet[1], grew, quietLeakMB),
		fail: grew > quietLeakMB,
	}
}

func writeCSV(t *testing.T, path string, samples []sample) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"seconds", "rss_mb", "go_heap_mb", "goroutines", "fds", "script_rss_mb", "script_live_heap_mb", "script_fds", "loop_delay_p99_ms", "echoed_mb_per_s"})
	ff := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	for _, s := range samples {
		w.Write([]string{ff(s.t), ff(s.rssMB), ff(s.heapMB), ff(s.goroutines), ff(s.fds), ff(s.scriptRSSMB), ff(s.scriptLiveMB), ff(s.scriptFD), ff(s.p99ms), ff(s.echoMBps)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
}
