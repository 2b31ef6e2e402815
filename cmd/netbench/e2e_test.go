package main

import (
	"bufio"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// tinyWorkloads are every kind, small enough for seconds.
var tinyWorkloads = []string{
	"pingpong:conns=2,n=200,size=1..300",
	"pipeline:conns=2,depth=4,n=400",
	"bulk:bytes=1048576,chunk=4096",
	"bulk:bytes=1048576,dir=up",
	"churn:n=20,par=2",
	"idle:conns=20,steps=2",
	"openloop:rate=500,dur=200ms,conns=2",
}

// wantCounts are the latencies each tiny workload records per round.
var wantCounts = map[string]uint64{"pingpong": 200, "pipeline": 400, "churn": 20, "idle": 20, "openloop": 100}

func tinyConfig(t *testing.T, unix bool, targets ...string) *Config {
	t.Helper()
	cfg := &Config{Proto: Protocol{"echo", "echo"}, Unix: unix, Rounds: 2, Warmup: 50, Timeout: 30 * time.Second,
		tools: tools{dir: t.TempDir()}}
	for i, spec := range targets {
		tg, err := ParseTarget(spec)
		if err != nil {
			t.Fatal(err)
		}
		if err := tg.prepare(&cfg.tools, i); err != nil {
			t.Fatal(err)
		}
		cfg.Targets = append(cfg.Targets, tg)
	}
	cfg.Baseline = cfg.Targets[0].Label
	for _, spec := range tinyWorkloads {
		w, err := ParseWorkload(spec)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Workloads = append(cfg.Workloads, w)
	}
	return cfg
}

// TestEndToEnd runs every workload kind twice against nodenet's Go echo
// server over TCP and over a Unix socket path, and writes the report.
func TestEndToEnd(t *testing.T) {
	defer goleak.VerifyNone(t)
	for _, unix := range []bool{false, true} {
		listen := "-port {port}"
		if unix {
			listen = "-path {path}"
		}
		cfg := tinyConfig(t, unix, "echo=go:github.com/nodenet/nodenet/examples/echo "+listen)
		rep, err := Run(cfg)
		if err != nil {
			t.Fatalf("unix %v: %v", unix, err)
		}
		if len(rep.Results) != len(tinyWorkloads) {
			t.Fatalf("%d results, want %d", len(rep.Results), len(tinyWorkloads))
		}
		for i, res := range rep.Results {
			w := cfg.Workloads[i]
			if res.Workload != w.Name || len(res.Samples) != 2 {
				t.Fatalf("result %d is %s with %d samples", i, res.Workload, len(res.Samples))
			}
			for _, s := range res.Samples {
				if s.Count != wantCounts[w.Kind] {
					t.Errorf("%s round %d: %d latencies, want %d", w.Name, s.Round, s.Count, wantCounts[w.Kind])
				}
				if s.Wall <= 0 || s.Latency.Max < s.Latency.P50 {
					t.Errorf("%s round %d: wall %v, latencies %+v", w.Name, s.Round, s.Wall, s.Latency)
				}
			}
			if runtime.GOOS == "linux" && res.CPUPerUnit == nil {
				t.Errorf("%s: no server CPU", w.Name)
			}
			if (w.Kind == "idle") != (res.RSSPerConn != nil) || w.Kind == "idle" && len(res.RSSCurve) != 3 {
				t.Errorf("%s: RSS per conn %v, curve %v", w.Name, res.RSSPerConn, res.RSSCurve)
			}
			if m := res.mainFigure(); m != nil && m.Median > 0 && (res.Ratio == nil || *res.Ratio != 1) {
				t.Errorf("%s: ratio to itself %v", w.Name, res.Ratio)
			}
		}
	}
}

// lineServer answers every line with reply; the stall-th line (from 1,
// over every connection) waits 200 ms first. stop closes it and waits for
// its goroutines.
func lineServer(t *testing.T, reply string, stall int) (addr string, stop func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	lines := 0
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Go(func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					if _, err := r.ReadString('\n'); err != nil {
						return
					}
					mu.Lock()
					lines++
					n := lines
					mu.Unlock()
					if n == stall {
						time.Sleep(200 * time.Millisecond)
					}
					if _, err := c.Write([]byte(reply)); err != nil {
						return
					}
				}
			})
		}
	})
	return ln.Addr().String(), func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	}
}

// TestOpenLoopChargesStalls checks that open-loop latencies count from the
// scheduled send time: one 200 ms stall of the server at request 100 of
// 500 (1 ms apart, one connection) delays every request scheduled during
// it, so over 10 % of them (those scheduled in its first 150 ms) wait at
// least 50 ms. Measured from the actual send, only one request would.
func TestOpenLoopChargesStalls(t *testing.T) {
	defer goleak.VerifyNone(t)
	addr, stop := lineServer(t, "OK\n", 100)
	defer stop()
	p, _ := ParseProtocol("line", "=OK")
	d := &driver{ep: Endpoint{"tcp", addr}, proto: p, deadline: time.Now().Add(30 * time.Second)}
	w, err := ParseWorkload("openloop:rate=1000,dur=500ms,conns=1,size=10")
	if err != nil {
		t.Fatal(err)
	}
	o, err := d.Run(w)
	if err != nil {
		t.Fatal(err)
	}
	if o.Hist.Count() != 500 {
		t.Fatalf("%d latencies, want 500", o.Hist.Count())
	}
	if p90 := o.Hist.Quantile(0.9); p90 < 50*time.Millisecond {
		t.Fatalf("p90 %v after a 200 ms stall: the schedule's delay is not counted", p90)
	}
}

// TestWrongReplyFails runs an address target that answers NO where OK is
// expected: the run stops with the checker's error.
func TestWrongReplyFails(t *testing.T) {
	defer goleak.VerifyNone(t)
	addr, stop := lineServer(t, "NO\n", 0)
	defer stop()
	tg, err := ParseTarget("srv=addr:" + addr)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := ParseWorkload("pingpong:conns=1,n=10")
	p, _ := ParseProtocol("line", "=OK")
	cfg := &Config{Targets: []*Target{tg}, Workloads: []*Workload{w}, Proto: p, Rounds: 1, Timeout: 10 * time.Second, Baseline: "srv"}
	_, err = Run(cfg)
	want := `srv, round 1, pingpong:conns=1,n=10: unexpected reply "NO\n", want "OK\n"`
	if err == nil || strings.TrimSpace(err.Error()) != want {
		t.Fatalf("error %v, want %s", err, want)
	}
}

// TestReportFiles writes the JSON, the charts and the page of a real run.
func TestReportFiles(t *testing.T) {
	defer goleak.VerifyNone(t)
	addr, stop := lineServer(t, "OK\n", 0)
	defer stop()
	tg, _ := ParseTarget("srv=addr:" + addr)
	tg2, _ := ParseTarget("again=addr:" + addr)
	p, _ := ParseProtocol("line", "=OK")
	cfg := &Config{Targets: []*Target{tg, tg2}, Proto: p, Rounds: 2, Timeout: 10 * time.Second, Baseline: "srv"}
	for _, s := range []string{"pingpong:conns=2,n=100", "openloop:rate=500,dur=100ms"} {
		w, _ := ParseWorkload(s)
		cfg.Workloads = append(cfg.Workloads, w)
	}
	rep, err := Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	md := filepath.Join(out, "page.md")
	if err := write(rep, filepath.Join(out, "charts"), md, filepath.Join(out, "r.json")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"charts/report.json", "charts/latency.png", "charts/latency.svg", "r.json", "page.md"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	// An address without pid= has no CPU figures, so no CPU chart.
	if _, err := os.Stat(filepath.Join(out, "charts/cpu.png")); !os.IsNotExist(err) {
		t.Errorf("cpu.png without CPU figures: %v", err)
	}
	page, _ := os.ReadFile(md)
	if !strings.Contains(string(page), "![latency](charts/latency.svg)") {
		t.Errorf("the page does not show the latency chart:\n%s", page)
	}
}
