package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// SchemaVersion names the layout of the JSON report; it changes when a
// field changes meaning or goes away.
const SchemaVersion = "netbench/1"

// Report is what a run measured, as written to JSON.
type Report struct {
	Schema    string      `json:"schema"`
	Date      time.Time   `json:"date"`
	Machine   Machine     `json:"machine"`
	Settings  Settings    `json:"settings"`
	Targets   []*Target   `json:"targets"`
	Workloads []*Workload `json:"workloads"`
	Results   []Result    `json:"results"`
	Warnings  []string    `json:"warnings"`
	// Primitives is the loop-primitives comparison, when it ran.
	Primitives []Primitive `json:"primitives,omitempty"`

	mu     sync.Mutex
	notes  map[string]*tally // conditions seen in phases, reported once
	order  []string
	phases int
}

// tally counts the phases where a condition held and its largest value.
type tally struct {
	n   int
	max float64
}

// Machine describes where the run took place.
type Machine struct {
	CPUs      int        `json:"cpus"`
	Model     string     `json:"model"`
	Kernel    string     `json:"kernel"`
	OS        string     `json:"os"`
	Go        string     `json:"go"`
	LoadStart [3]float64 `json:"load_start"`
	LoadEnd   [3]float64 `json:"load_end"`
}

// Settings are the run's options that shape every figure.
type Settings struct {
	Protocol   string `json:"protocol"`
	Expect     string `json:"expect"`
	Network    string `json:"network"`
	Rounds     int    `json:"rounds"`
	Warmup     int    `json:"warmup"`
	Baseline   string `json:"baseline"`
	ClientCPUs string `json:"client_cpus"`
}

// Stat is the median of a figure over the rounds, with its min and max.
type Stat struct {
	Median float64 `json:"median"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
}

// Result is one target under one workload over every round.
type Result struct {
	Target     string `json:"target"`
	Workload   string `json:"workload"`
	Unit       string `json:"unit"`     // what the workload counts: req, conn or GB
	CPUUnit    string `json:"cpu_unit"` // µs/req, µs/conn or s/GB
	CPUPerUnit *Stat  `json:"cpu_per_unit,omitempty"`
	Throughput Stat   `json:"throughput"` // units per second of wall time
	// Ratio is the median of this target's main figure over the
	// baseline's (CPU per unit; RSS per connection for idle).
	Ratio      *float64         `json:"ratio_to_baseline,omitempty"`
	Latency    map[string]Stat  `json:"latency_us,omitempty"`    // p50, p90, p99, p99.9 over the rounds
	Curve      []QuantilePoint  `json:"latency_curve,omitempty"` // every round's latencies together
	RSSPerConn *Stat            `json:"rss_per_conn_bytes,omitempty"`
	RSSCurve   []RSSPoint       `json:"rss_curve,omitempty"` // median over the rounds
	LoopDelay  map[string]*Stat `json:"loop_delay_us,omitempty"`
	Samples    []Sample         `json:"samples"`
}

// QuantilePoint is one point of a latency percentile curve.
type QuantilePoint struct {
	Q  float64 `json:"q"`
	US float64 `json:"us"`
}

// curveQuantiles are the points of the latency curves: 0 to 99.99 %
// evenly spaced in -log10(1-q) (ten points from 0 to 90 %, ten from 90 to
// 99 %, ...), then 100 %.
var curveQuantiles = func() []float64 {
	var qs []float64
	for i := range 41 {
		qs = append(qs, 1-math.Pow(10, -float64(i)/10))
	}
	return append(qs, 1)
}()

func newReport(cfg *Config) *Report {
	network := "tcp"
	if cfg.Unix {
		network = "unix"
	}
	return &Report{
		Schema: SchemaVersion,
		Date:   time.Now().UTC().Truncate(time.Second),
		Machine: Machine{
			CPUs: runtime.NumCPU(), Model: cpuModel(), Kernel: kernel(),
			OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), LoadStart: loadAvg(),
		},
		Settings: Settings{
			Protocol: cfg.Proto.Kind, Expect: cfg.Proto.Expect, Network: network, Rounds: cfg.Rounds,
			Warmup: cfg.Warmup, Baseline: cfg.Baseline, ClientCPUs: cfg.ClientCPUs,
		},
		Targets:   cfg.Targets,
		Workloads: cfg.Workloads,
		Results:   []Result{},
		Warnings:  []string{},
	}
}

// note records a condition of one phase, to be reported once: what is a
// format with the phases it held in, the phases and its worst figure v.
// An empty what counts a phase and the CPUs other processes used in it
// (a condition when over a quarter of a CPU).
func (r *Report) note(what string, v float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if what == "" {
		r.phases++
		if v <= 0.25 {
			return
		}
		what = "the machine was busy: other processes used over a quarter of a CPU in %d of %d phases (at most %.2f CPUs)"
	}
	if r.notes == nil {
		r.notes = map[string]*tally{}
	}
	t, ok := r.notes[what]
	if !ok {
		t = &tally{}
		r.notes[what] = t
		r.order = append(r.order, what)
	}
	t.n++
	t.max = max(t.max, v)
}

// flushNotes turns the conditions into warnings.
func (r *Report) flushNotes() {
	for _, what := range r.order {
		t := r.notes[what]
		r.Warnings = append(r.Warnings, fmt.Sprintf(what, t.n, r.phases, t.max))
	}
	r.notes, r.order = nil, nil
}

func (r *Report) warn(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Warnings = append(r.Warnings, fmt.Sprintf(format, args...))
}

func statOf(xs []float64) Stat {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return Stat{}
	}
	med := s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return Stat{med, s[0], s[n-1]}
}

// summarize turns the samples into results, in the order of the targets
// and workloads.
func (r *Report) summarize(cfg *Config, samples map[[2]int][]Sample) {
	r.flushNotes()
	for ti, t := range cfg.Targets {
		for wi, w := range cfg.Workloads {
			ss := samples[[2]int{ti, wi}]
			if len(ss) == 0 {
				continue
			}
			res := Result{Target: t.Label, Workload: w.Name, Unit: w.Unit(), Samples: ss}
			_, res.CPUUnit = cpuPerUnit(w, 0)
			var cpu, thr, rss, lmax, lmean []float64
			lat := map[string][]float64{}
			all := &Histogram{}
			for _, s := range ss {
				if s.ServerCPU >= 0 {
					v, _ := cpuPerUnit(w, s.ServerCPU)
					cpu = append(cpu, v)
				}
				thr = append(thr, w.units()/s.Wall)
				if len(s.RSS) > 1 {
					rss = append(rss, rssPerConn(s.RSS))
				}
				if s.LoopMax >= 0 {
					lmax = append(lmax, s.LoopMax)
					lmean = append(lmean, s.LoopMean)
				}
				if s.Count > 0 {
					lat["p50"] = append(lat["p50"], s.Latency.P50)
					lat["p90"] = append(lat["p90"], s.Latency.P90)
					lat["p99"] = append(lat["p99"], s.Latency.P99)
					lat["p99.9"] = append(lat["p99.9"], s.Latency.P999)
				}
				if s.hist != nil {
					all.Merge(s.hist)
				}
			}
			if len(cpu) == len(ss) {
				st := statOf(cpu)
				res.CPUPerUnit = &st
			}
			res.Throughput = statOf(thr)
			if len(lat) > 0 && w.Kind != "idle" {
				res.Latency = map[string]Stat{}
				for k, v := range lat {
					res.Latency[k] = statOf(v)
				}
				for _, q := range curveQuantiles {
					res.Curve = append(res.Curve, QuantilePoint{q, float64(all.Quantile(q)) / 1e3})
				}
			}
			if len(rss) == len(ss) && len(rss) > 0 {
				st := statOf(rss)
				res.RSSPerConn = &st
				for i, p := range ss[0].RSS {
					var bs []float64
					for _, s := range ss {
						if i < len(s.RSS) {
							bs = append(bs, float64(s.RSS[i].Bytes))
						}
					}
					res.RSSCurve = append(res.RSSCurve, RSSPoint{p.Conns, int64(statOf(bs).Median)})
				}
			}
			if len(lmax) > 0 {
				mx, mean := statOf(lmax), statOf(lmean)
				res.LoopDelay = map[string]*Stat{"max": &mx, "mean": &mean}
			}
			r.Results = append(r.Results, res)
		}
	}
	// Ratios against the baseline's medians.
	for i := range r.Results {
		res := &r.Results[i]
		base := r.result(cfg.Baseline, res.Workload)
		if base == nil {
			continue
		}
		a, b := res.mainFigure(), base.mainFigure()
		if a != nil && b != nil && b.Median > 0 {
			v := a.Median / b.Median
			res.Ratio = &v
		}
	}
}

// mainFigure is what the ratio compares: RSS per connection for idle
// connections, CPU per unit otherwise.
func (res *Result) mainFigure() *Stat {
	if res.RSSPerConn != nil && strings.HasPrefix(res.Workload, "idle") {
		return res.RSSPerConn
	}
	return res.CPUPerUnit
}

func (r *Report) result(target, workload string) *Result {
	for i := range r.Results {
		if r.Results[i].Target == target && r.Results[i].Workload == workload {
			return &r.Results[i]
		}
	}
	return nil
}

// WriteJSON writes the report, indented.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// fmtStat prints a median with its min–max.
func fmtStat(s *Stat) string {
	if s == nil {
		return "-"
	}
	p := prec(s.Median)
	if s.Min == s.Max {
		return fmt.Sprintf("%.*f", p, s.Median)
	}
	return fmt.Sprintf("%.*f (%.*f–%.*f)", p, s.Median, p, s.Min, p, s.Max)
}

// prec gives about three significant digits.
func prec(v float64) int {
	switch {
	case v >= 100:
		return 0
	case v >= 10:
		return 1
	case v >= 1:
		return 2
	}
	return 3
}

// short prints a rate: 12.3k, 1.25M.
func short(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%.0fk", v/1e3)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	}
	return fmt.Sprintf("%.*f", prec(v), v)
}

// table is the rows of one workload's block: the header and a row per
// target.
func (r *Report) table(w *Workload) [][]string {
	head := []string{"target", "CPU " + cpuUnitOf(w), "× " + r.Settings.Baseline, w.Unit() + "/s"}
	lat := w.Kind != "idle"
	if lat {
		head = append(head, "p50 µs", "p90 µs", "p99 µs", "p99.9 µs")
	} else {
		head = append(head, "RSS B/conn")
	}
	head = append(head, "loop delay max ms")
	rows := [][]string{head}
	for _, res := range r.Results {
		if res.Workload != w.Name {
			continue
		}
		ratio := "-"
		if res.Ratio != nil {
			ratio = fmt.Sprintf("%.2f", *res.Ratio)
		}
		row := []string{res.Target, fmtStat(res.CPUPerUnit), ratio, short(res.Throughput.Median)}
		if lat {
			for _, k := range []string{"p50", "p90", "p99", "p99.9"} {
				s, ok := res.Latency[k]
				if !ok {
					row = append(row, "-")
					continue
				}
				row = append(row, short(s.Median))
			}
		} else {
			row = append(row, fmtStat(res.RSSPerConn))
		}
		if d := res.LoopDelay["max"]; d != nil {
			row = append(row, fmt.Sprintf("%.1f", d.Median/1e3))
		} else {
			row = append(row, "-")
		}
		rows = append(rows, row)
	}
	return rows
}

func cpuUnitOf(w *Workload) string {
	_, u := cpuPerUnit(w, 0)
	return u
}

// header is the run's description, for the text and the Markdown.
func (r *Report) header() []string {
	m := r.Machine
	s := r.Settings
	ls := func(l [3]float64) string { return fmt.Sprintf("%.2f %.2f %.2f", l[0], l[1], l[2]) }
	var ts []string
	for _, t := range r.Targets {
		cpus := t.CPUs
		if cpus == "" {
			cpus = "any"
		}
		ts = append(ts, fmt.Sprintf("%s (%s, CPUs %s)", t.Label, t.Kind, cpus))
	}
	client := s.ClientCPUs
	if client == "" {
		client = "any"
	}
	return []string{
		fmt.Sprintf("%s, %s; %d CPUs (%s), Linux %s, %s", r.Date.Format("2006-01-02 15:04 UTC"), m.OS, m.CPUs, m.Model, m.Kernel, m.Go),
		fmt.Sprintf("load average %s at the start, %s at the end", ls(m.LoadStart), ls(m.LoadEnd)),
		fmt.Sprintf("%d rounds, targets interleaved; %d warm-up requests each; %s over %s (expect %s); load generator on CPUs %s",
			s.Rounds, s.Warmup, s.Protocol, s.Network, s.Expect, client),
		"targets: " + strings.Join(ts, ", "),
	}
}

// WriteText writes the tables for a terminal.
func (r *Report) WriteText(out io.Writer) {
	for _, l := range r.header() {
		fmt.Fprintln(out, l)
	}
	fmt.Fprintf(out, "\nmedian over the rounds (min–max); CPU is the server's own, per unit of work; × is the ratio of medians to %s (RSS for idle); lower is better\n", r.Settings.Baseline)
	for _, w := range r.Workloads {
		fmt.Fprintf(out, "\n%s\n", w.Name)
		tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		for _, row := range r.table(w) {
			fmt.Fprintln(tw, strings.Join(row, "\t"))
		}
		tw.Flush()
	}
	if len(r.Warnings) > 0 {
		fmt.Fprintln(out, "\nwarnings:")
		for _, w := range r.Warnings {
			fmt.Fprintln(out, "  "+w)
		}
	}
}

// WriteMarkdownPage writes docs/benchmarks.md: what was run, the tables,
// and the charts (paths relative to the page; SVG).
func (r *Report) WriteMarkdownPage(out io.Writer, charts []string) {
	fmt.Fprint(out, `# Benchmarks

The tables and charts below are the latest output of `+"`make netbench`"+`, which
runs [`+"`cmd/netbench`"+`](../cmd/netbench/main.go) over its default comparison:
the same echo script (`+"`bench/node/echo.js`"+`, `+"`s.pipe(s)`"+`) under Node 26 and
under nodenet's JavaScript host, the echo server on nodenet's Go API
(`+"`examples/echo`"+`), gnet's echo on one event loop and a goroutine-per-connection
echo on Go's `+"`net`"+`. Every server runs pinned to its own CPU, the load generator
to another; a server is judged by its own CPU time per unit of work (a load
generator saturates its CPU before a good server does), then by latency and
memory. Regenerate with `+"`make netbench`"+` (about two minutes); `+"`go run ./cmd/netbench -h`"+`
shows how to compare your own servers.

## Latest run

`)
	for _, l := range r.header() {
		fmt.Fprintf(out, "%s  \n", l)
	}
	if len(r.Results) > 0 {
		fmt.Fprintf(out, "\nMedian over the rounds (min–max). CPU is the server's own (utime+stime of every thread) per unit of work; × is the ratio of medians to `%s` (RSS per connection for `idle`); lower is better. Latencies are the medians over the rounds; the loop delay is how late a 20 ms timer ran at worst, as the script reports it.\n", r.Settings.Baseline)
		for _, w := range r.Workloads {
			fmt.Fprintf(out, "\n#### `%s`\n\n", w.Name)
			mdTable(out, r.table(w))
		}
	}
	if len(r.Warnings) > 0 {
		fmt.Fprint(out, "\nWarnings of this run:\n\n")
		for _, w := range r.Warnings {
			fmt.Fprintf(out, "- %s\n", w)
		}
	}
	for _, c := range charts {
		if name := baseName(c); name != "primitives.svg" {
			fmt.Fprintf(out, "\n![%s](%s)\n", strings.TrimSuffix(name, ".svg"), c)
		}
	}
	if len(r.Primitives) > 0 {
		fmt.Fprint(out, "\n## Loop primitives\n\n`bench/node/primitives.js` under Node and under nodenet: operations per second of wall time (/s) and of the process's CPU time (/cpu-s); median (min–max); higher is better.\n\n")
		mdTable(out, primitiveRows(r.Primitives))
		for _, c := range charts {
			if baseName(c) == "primitives.svg" {
				fmt.Fprintf(out, "\n![primitives](%s)\n", c)
			}
		}
	}
}

func mdTable(out io.Writer, rows [][]string) {
	for i, row := range rows {
		fmt.Fprintf(out, "| %s |\n", strings.Join(row, " | "))
		if i == 0 {
			fmt.Fprintf(out, "|%s\n", strings.Repeat(" --- |", len(row)))
		}
	}
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
