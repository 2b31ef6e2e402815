package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// syntheticReport is a report of two targets under a ping-pong and an idle
// workload over three rounds, with known figures.
func syntheticReport(t *testing.T) *Report {
	t.Helper()
	a, _ := ParseTarget("a=exec:/bin/a {port}")
	b, _ := ParseTarget("b=addr:127.0.0.1:1 pid=1")
	pp, _ := ParseWorkload("pingpong:conns=2,n=1000")
	idle, _ := ParseWorkload("idle:conns=100,steps=2")
	cfg := &Config{Targets: []*Target{a, b}, Workloads: []*Workload{pp, idle}, Rounds: 3, Baseline: "a", Proto: Protocol{"echo", "echo"}}
	rep := newReport(cfg)
	samples := map[[2]int][]Sample{}
	for ti, scale := range []float64{1, 2} {
		for r, cpu := range []float64{0.010, 0.030, 0.020} { // 10, 30, 20 µs/req for a
			h := &Histogram{}
			for i := range 1000 {
				h.Record(time.Duration(float64(i+1)*scale) * time.Microsecond)
			}
			samples[[2]int{ti, 0}] = append(samples[[2]int{ti, 0}], Sample{
				Round: r + 1, ServerCPU: cpu * scale, Wall: 0.5, LoopMax: -1, LoopMean: -1,
				Latency: quantilesOf(h), Count: h.Count(), hist: h,
			})
			rss := []RSSPoint{{0, 1 << 20}, {50, 1<<20 + int64(50*1000*scale)}, {100, 1<<20 + int64(100*1000*scale)}}
			samples[[2]int{ti, 1}] = append(samples[[2]int{ti, 1}], Sample{
				Round: r + 1, ServerCPU: cpu, Wall: 1, LoopMax: float64(1000 * (r + 1)), LoopMean: 100,
				RSS: rss, Latency: quantilesOf(&Histogram{}), hist: &Histogram{},
			})
		}
	}
	rep.summarize(cfg, samples)
	return rep
}

func TestSummary(t *testing.T) {
	rep := syntheticReport(t)
	if len(rep.Results) != 4 {
		t.Fatalf("%d results, want 4", len(rep.Results))
	}
	a := rep.result("a", "pingpong:conns=2,n=1000")
	b := rep.result("b", "pingpong:conns=2,n=1000")
	if *a.CPUPerUnit != (Stat{20, 10, 30}) || *b.CPUPerUnit != (Stat{40, 20, 60}) {
		t.Fatalf("CPU per request %+v and %+v, want 20 (10–30) and 40 (20–60)", *a.CPUPerUnit, *b.CPUPerUnit)
	}
	if *a.Ratio != 1 || *b.Ratio != 2 {
		t.Fatalf("ratios %v %v, want 1 and 2", *a.Ratio, *b.Ratio)
	}
	if a.Throughput != (Stat{2000, 2000, 2000}) || a.CPUUnit != "µs/req" {
		t.Fatalf("throughput %+v %s", a.Throughput, a.CPUUnit)
	}
	// 990 µs and 1998 µs, reported as the top of their buckets:
	// 990 000 ns is in [241·2¹², 242·2¹²), 1 998 000 in [243·2¹³, 244·2¹³).
	if p := a.Latency["p99"]; p.Median != 991.231 || b.Latency["p99.9"].Median != 1998.847 {
		t.Fatalf("p99 of a %v, p99.9 of b %v, want 991.231 and 1998.847", p, b.Latency["p99.9"])
	}
	if last := a.Curve[len(a.Curve)-1]; last != (QuantilePoint{1, 1000}) {
		t.Fatalf("the curve ends at %+v, want q=1 at 1000 µs", last)
	}
	ia := rep.result("a", "idle:conns=100,steps=2")
	ib := rep.result("b", "idle:conns=100,steps=2")
	if *ia.RSSPerConn != (Stat{1000, 1000, 1000}) || *ib.Ratio != 2 {
		t.Fatalf("RSS per conn %+v, idle ratio %v; want 1000 and 2 (idle compares RSS)", *ia.RSSPerConn, *ib.Ratio)
	}
	if ia.Latency != nil || len(ia.RSSCurve) != 3 || ia.RSSCurve[2] != (RSSPoint{100, 1<<20 + 100000}) {
		t.Fatalf("idle latency %v, RSS curve %v", ia.Latency, ia.RSSCurve)
	}
	if *ia.LoopDelay["max"] != (Stat{2000, 1000, 3000}) {
		t.Fatalf("loop delay %+v", *ia.LoopDelay["max"])
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// TestJSONSchema pins the JSON report's field names: a change here is a
// change of SchemaVersion.
func TestJSONSchema(t *testing.T) {
	rep := syntheticReport(t)
	rep.Primitives = []Primitive{{Name: "emit", Unit: "/s", Hosts: map[string]Stat{"node": {1, 1, 1}}, Ratio: 1}}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	check := func(what string, m any, want string) {
		t.Helper()
		got := strings.Join(keys(m.(map[string]any)), " ")
		if got != want {
			t.Errorf("%s keys:\n got %s\nwant %s", what, got, want)
		}
	}
	if doc["schema"] != "netbench/1" {
		t.Errorf("schema %v", doc["schema"])
	}
	check("report", doc, "date machine primitives results schema settings targets warnings workloads")
	check("machine", doc["machine"], "cpus go kernel load_end load_start model os")
	check("settings", doc["settings"], "baseline client_cpus expect network protocol rounds warmup")
	check("target", doc["targets"].([]any)[0], "args kind label")
	check("workload", doc["workloads"].([]any)[0], "conns kind n name size")
	res := doc["results"].([]any)
	check("result", res[0], "cpu_per_unit cpu_unit latency_curve latency_us ratio_to_baseline samples target throughput unit workload")
	check("idle result", res[1], "cpu_per_unit cpu_unit loop_delay_us ratio_to_baseline rss_curve rss_per_conn_bytes samples target throughput unit workload")
	r0 := res[0].(map[string]any)
	check("stat", r0["cpu_per_unit"], "max median min")
	check("latency", r0["latency_us"], "p50 p90 p99 p99.9")
	check("curve point", r0["latency_curve"].([]any)[0], "q us")
	check("sample", r0["samples"].([]any)[0], "generator_cpu_s latency_count latency_us loop_delay_max_us loop_delay_mean_us other_cpu_s round server_cpu_s wall_s")
	check("sample latency", r0["samples"].([]any)[0].(map[string]any)["latency_us"], "max p50 p90 p99 p99.9")
	check("rss point", res[1].(map[string]any)["rss_curve"].([]any)[0], "bytes conns")
	check("primitive", doc["primitives"].([]any)[0], "hosts name ratio unit")

	// And it reads back into the same figures.
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if *back.Results[0].CPUPerUnit != *rep.Results[0].CPUPerUnit || back.Results[2].Samples[1].ServerCPU != rep.Results[2].Samples[1].ServerCPU {
		t.Error("the report does not read back into the same figures")
	}
}

func TestChartsWritten(t *testing.T) {
	rep := syntheticReport(t)
	rep.Primitives = []Primitive{
		{Name: "emit", Unit: "/cpu-s", Hosts: map[string]Stat{"node": {10, 9, 11}, "nodenet": {5, 5, 6}}, Ratio: 0.5},
		{Name: "timers", Unit: "/cpu-s", Hosts: map[string]Stat{"node": {10, 9, 11}, "nodenet": {12, 11, 13}}, Ratio: 1.2},
	}
	dir := t.TempDir()
	files, err := rep.WriteCharts(dir)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := writePrimitivesChart(dir, rep.Primitives)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, pf...)
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(f) {
		case ".png":
			if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) < 5000 {
				t.Errorf("%s: %d bytes, not a drawn PNG", f, len(b))
			}
		case ".svg":
			if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("</svg>")) {
				t.Errorf("%s is not an SVG", f)
			}
			// The labels are in the SVG as text.
			want := "a"
			switch filepath.Base(f) {
			case "cpu.svg", "latency.svg":
				want = "pingpong:conns=2,n=1000"
			case "rss.svg":
				want = "server RSS over idle connections"
			case "primitives.svg":
				want = "timers"
			}
			if !bytes.Contains(b, []byte(want)) {
				t.Errorf("%s does not mention %q", f, want)
			}
		}
	}
	want := "cpu.png cpu.svg latency.png latency.svg rss.png rss.svg primitives.png primitives.svg"
	if got := strings.Join(names, " "); got != want {
		t.Fatalf("wrote %s, want %s", got, want)
	}
}

func TestMarkdownPage(t *testing.T) {
	rep := syntheticReport(t)
	var buf bytes.Buffer
	rep.WriteMarkdownPage(&buf, []string{"netbench/cpu.svg"})
	md := buf.String()
	for _, want := range []string{
		"# Benchmarks",
		"| target | CPU µs/req | × a | req/s | p50 µs | p90 µs | p99 µs | p99.9 µs | loop delay max ms |",
		"| b | 40.0 (20.0–60.0) | 2.00 | 2.0k | 1.0k | 1.8k | 2.0k | 2.0k | - |",
		"| a | 200 (100–300) | 1.00 | 100 | 1000 | 2.0 |",
		"![cpu](netbench/cpu.svg)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the page lacks %q:\n%s", want, md)
		}
	}
}

func TestParsePrimitives(t *testing.T) {
	vals, order, err := parsePrimitives([]byte("nextTick: 1000 /s, 2000 /cpu-s\nnoise\ntimers: 30 /s\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(order, "|") != "nextTick /s|nextTick /cpu-s|timers /s" || vals["nextTick /cpu-s"] != 2000 || vals["timers /s"] != 30 {
		t.Fatalf("parsed %v %v", order, vals)
	}
	if _, _, err := parsePrimitives([]byte("nothing here\n")); err == nil {
		t.Fatal("output without figures accepted")
	}
}

func TestParseTargetAndWorkload(t *testing.T) {
	tg, err := ParseTarget("mine=go:./cmd/x -port {port} -mode=a")
	if err != nil || tg.Label != "mine" || tg.Kind != "go" || strings.Join(tg.Args, " ") != "./cmd/x -port {port} -mode=a" {
		t.Fatalf("%+v %v", tg, err)
	}
	tg, err = ParseTarget("exec:/bin/srv -x=1")
	if err != nil || tg.Label != "exec" || strings.Join(tg.Args, " ") != "/bin/srv -x=1" {
		t.Fatalf("%+v %v", tg, err)
	}
	tg, err = ParseTarget("s=addr:unix:/tmp/s.sock pid=42")
	if err != nil || tg.ep != (Endpoint{"unix", "/tmp/s.sock"}) || tg.pid != 42 || tg.Started() {
		t.Fatalf("%+v %v", tg, err)
	}
	for _, bad := range []string{"x", "x=ruby:a.rb", "node:", "a=addr:nowhere", "a=addr:127.0.0.1:1 pid=x"} {
		if _, err := ParseTarget(bad); err == nil {
			t.Errorf("ParseTarget(%q) accepted", bad)
		}
	}
	w, err := ParseWorkload("openloop:rate=100,dur=2s,size=8..16")
	if err != nil || w.Rate != 100 || w.dur != 2*time.Second || w.Conns != 20 || w.requests() != 200 || w.Unit() != "req" {
		t.Fatalf("%+v %v", w, err)
	}
	w, err = ParseWorkload("bulk:bytes=1000000000,dir=up")
	if err != nil || w.units() != 1 || w.Unit() != "GB" || w.Chunk != 64<<10 {
		t.Fatalf("%+v %v", w, err)
	}
	for _, bad := range []string{"flood", "pingpong:conns=0", "pingpong:rate=5", "bulk:dir=down", "churn:close=never", "pingpong:size=0", "openloop:dur=x", "idle:conns"} {
		if _, err := ParseWorkload(bad); err == nil {
			t.Errorf("ParseWorkload(%q) accepted", bad)
		}
	}
	if countCPUs("0-3,6") != 5 || countCPUs("") != 0 || countCPUs("3-1") != 0 {
		t.Error("countCPUs")
	}
}
