package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Config is one comparison: targets, workloads, and how to run them.
type Config struct {
	Targets    []*Target
	Workloads  []*Workload
	Proto      Protocol
	Unix       bool          // Unix socket paths instead of TCP (started targets)
	Rounds     int           // rounds; targets interleaved, in a rotated order each round
	Warmup     int           // ping-pong requests before measuring, per target and round
	Baseline   string        // the target the ratios are against
	ClientCPUs string        // the generator's CPUs (taskset -c list); empty: not pinned
	Timeout    time.Duration // the longest a phase may take
	Progress   io.Writer     // progress display; nil: none
	tools      tools
}

// Sample is one workload on one target in one round.
type Sample struct {
	Round     int        `json:"round"`
	ServerCPU float64    `json:"server_cpu_s"` // -1: not known
	Wall      float64    `json:"wall_s"`
	GenCPU    float64    `json:"generator_cpu_s"`
	OtherCPU  float64    `json:"other_cpu_s"`             // CPU the rest of the machine used meanwhile
	Behind    float64    `json:"behind_s,omitempty"`      // openloop: the generator's worst lateness
	LoopMax   float64    `json:"loop_delay_max_us"`       // -1: not reported
	LoopMean  float64    `json:"loop_delay_mean_us"`      // -1: not reported
	RSS       []RSSPoint `json:"rss,omitempty"`           // idle
	Latency   Quantiles  `json:"latency_us"`              // this round's percentiles
	Count     uint64     `json:"latency_count,omitempty"` // latencies recorded
	hist      *Histogram
}

// Quantiles are the reported latency percentiles, in µs.
type Quantiles struct {
	P50  float64 `json:"p50"`
	P90  float64 `json:"p90"`
	P99  float64 `json:"p99"`
	P999 float64 `json:"p99.9"`
	Max  float64 `json:"max"`
}

func quantilesOf(h *Histogram) Quantiles {
	us := func(d time.Duration) float64 { return float64(d) / 1e3 }
	return Quantiles{us(h.Quantile(0.5)), us(h.Quantile(0.9)), us(h.Quantile(0.99)), us(h.Quantile(0.999)), us(h.Max())}
}

// progress shows what runs, the time spent and an estimate of the time
// left, on one rewritten line on a terminal, a line per step elsewhere.
type progress struct {
	w          io.Writer
	tty        bool
	start      time.Time
	done, tot  int
	lastLength int
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, start: time.Now(), tot: total}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// step reports that what is now running.
func (p *progress) step(what string) {
	if p == nil || p.w == nil {
		return
	}
	el := time.Since(p.start)
	left := "?"
	if p.done > 0 {
		left = "~" + clock(time.Duration(float64(el)/float64(p.done)*float64(p.tot-p.done)))
	}
	line := fmt.Sprintf("[%d/%d] %s  elapsed %s, left %s", p.done+1, p.tot, what, clock(el), left)
	if p.tty {
		fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.done++
}

// note prints a line above the progress line.
func (p *progress) note(s string) {
	if p == nil || p.w == nil {
		return
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\x1b[K%s\n", s)
	} else {
		fmt.Fprintln(p.w, s)
	}
}

func (p *progress) end() {
	if p != nil && p.w != nil && p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// countCPUs counts the CPUs of a taskset list ("0", "0-3,6"); 0 for "".
func countCPUs(list string) int {
	n := 0
	for part := range strings.SplitSeq(list, ",") {
		if part == "" {
			continue
		}
		a, b, ok := strings.Cut(part, "-")
		lo, err1 := strconv.Atoi(a)
		hi := lo
		var err2 error
		if ok {
			hi, err2 = strconv.Atoi(b)
		}
		if err1 != nil || err2 != nil || hi < lo {
			return 0
		}
		n += hi - lo + 1
	}
	return n
}

// Run measures every target under every workload for cfg.Rounds rounds.
func Run(cfg *Config) (*Report, error) {
	rep := newReport(cfg)
	if l := rep.Machine.LoadStart[0]; l > 0.5*float64(rep.Machine.CPUs) {
		rep.warn("the machine is busy: load average %.2f over %d CPUs at the start; figures will spread", l, rep.Machine.CPUs)
	}
	samples := map[[2]int][]Sample{} // [target, workload]
	pr := newProgress(cfg.Progress, cfg.Rounds*len(cfg.Targets)*(1+len(cfg.Workloads)))
	defer pr.end()
	var persistent []*server // addr targets stay up across rounds
	defer func() {
		for _, s := range persistent {
			s.stop()
		}
	}()
	for r := range cfg.Rounds {
		for k := range cfg.Targets {
			ti := (k + r) % len(cfg.Targets) // rotate the order every round
			t := cfg.Targets[ti]
			pr.step(fmt.Sprintf("round %d/%d %s: start, warm-up", r+1, cfg.Rounds, t.Label))
			s, err := t.start(cfg.Unix, time.Now().Add(20*time.Second))
			if err != nil {
				return nil, err
			}
			if !t.Started() {
				persistent = append(persistent, s)
			}
			err = runTarget(cfg, rep, pr, s, r, func(wi int, smp Sample) {
				samples[[2]int{ti, wi}] = append(samples[[2]int{ti, wi}], smp)
			})
			if t.Started() {
				s.stop()
			}
			if err != nil {
				return nil, err
			}
		}
	}
	rep.Machine.LoadEnd = loadAvg()
	rep.summarize(cfg, samples)
	return rep, nil
}

// runTarget warms a running target up and runs every workload on it once.
func runTarget(cfg *Config, rep *Report, pr *progress, s *server, round int, keep func(int, Sample)) error {
	t := s.t
	d := &driver{ep: s.ep, proto: cfg.Proto, deadline: time.Now().Add(cfg.Timeout)}
	if s.pid != 0 {
		d.rss = func() (int64, error) { return procRSS(s.pid) }
	}
	fail := func(what string, err error) error {
		return fmt.Errorf("%s, round %d, %s: %w %s", t.Label, round+1, what, err, s.stderr())
	}
	if cfg.Warmup > 0 {
		w, _ := ParseWorkload(fmt.Sprintf("pingpong:conns=%d,n=%d", min(10, cfg.Warmup), cfg.Warmup))
		if _, err := d.Run(w); err != nil {
			return fail("warm-up", err)
		}
	}
	clientCPUs := countCPUs(cfg.ClientCPUs)
	if clientCPUs == 0 {
		clientCPUs = runtime.NumCPU()
	}
	serverCPUs := countCPUs(t.CPUs)
	if serverCPUs == 0 {
		serverCPUs = runtime.NumCPU()
	}
	for wi, w := range cfg.Workloads {
		pr.step(fmt.Sprintf("round %d/%d %s: %s", round+1, cfg.Rounds, t.Label, w.Name))
		d.deadline = time.Now().Add(cfg.Timeout)
		smp := Sample{Round: round + 1, ServerCPU: -1, LoopMax: -1, LoopMean: -1}
		var c0, c1, cmid time.Duration
		var cpuErr error
		if s.pid != 0 {
			if c0, cpuErr = s.settledCPU(); cpuErr != nil {
				return fail(w.Name, cpuErr)
			}
		}
		g0, b0 := selfCPU(), machineBusy()
		o, err := d.Run(w)
		if err != nil {
			return fail(w.Name, err)
		}
		g1, b1 := selfCPU(), machineBusy()
		if s.pid != 0 {
			if cmid, cpuErr = s.cpu(); cpuErr == nil {
				c1, cpuErr = s.settledCPU()
			}
			if cpuErr != nil {
				return fail(w.Name, cpuErr)
			}
			smp.ServerCPU = (c1 - c0).Seconds()
		}
		if t.Started() && !s.alive() {
			return fail(w.Name, fmt.Errorf("the target exited"))
		}
		smp.Wall = o.Elapsed.Seconds()
		smp.GenCPU = (g1 - g0).Seconds()
		smp.OtherCPU = max(0, (b1 - b0 - (cmid - c0) - (g1 - g0)).Seconds())
		smp.Behind = o.Behind.Seconds()
		smp.RSS = o.RSS
		smp.hist = o.Hist
		smp.Count = o.Hist.Count()
		smp.Latency = quantilesOf(o.Hist)
		end := time.Now()
		if mx, mean, ok := s.loopDelayIn(end.Add(-o.Elapsed), end.Add(time.Second)); ok {
			smp.LoopMax, smp.LoopMean = mx, mean
		}
		keep(wi, smp)

		// Warnings: a generator near its CPUs while the server is not
		// near its own measures the generator; others' CPU disturbs both.
		wall := o.Elapsed.Seconds()
		genLoad := smp.GenCPU / wall
		srvLoad := (cmid - c0).Seconds() / wall
		where := t.Label + " " + w.Name
		if genLoad > 0.9*float64(clientCPUs) && (s.pid == 0 || srvLoad < 0.9*float64(serverCPUs)) {
			rep.note(where+": the load generator, not the server, was the bottleneck in %d of %d phases (at most %.2f of its CPUs busy)", genLoad)
		}
		rep.note("", smp.OtherCPU/wall)
		if w.Kind == "openloop" && o.Behind > 10*time.Millisecond {
			rep.note(where+": the generator fell behind its schedule in %d of %d phases (at most by %.0f ms; latency still counts from the schedule)", o.Behind.Seconds()*1e3)
		}
		pr.note(sampleLine(t.Label, w, smp))
	}
	return nil
}

// sampleLine is one finished sample for the progress log.
func sampleLine(label string, w *Workload, s Sample) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  r%d %-12s %-28s %6.2fs", s.Round, label, w.Name, s.Wall)
	if s.ServerCPU >= 0 {
		v, unit := cpuPerUnit(w, s.ServerCPU)
		fmt.Fprintf(&b, "  cpu %.3g %s", v, unit)
	}
	if s.Count > 0 {
		fmt.Fprintf(&b, "  p99 %.0fµs", s.Latency.P99)
	}
	if len(s.RSS) > 1 {
		fmt.Fprintf(&b, "  rss %.0f B/conn", rssPerConn(s.RSS))
	}
	return b.String()
}

// cpuPerUnit converts a workload's server CPU seconds to its unit: µs per
// request or connection, s per GB.
func cpuPerUnit(w *Workload, cpu float64) (float64, string) {
	if w.Kind == "bulk" {
		return cpu / w.units(), "s/GB"
	}
	return cpu * 1e6 / w.units(), "µs/" + w.Unit()
}

// rssPerConn is the growth of RSS per connection from the first reading
// to the last.
func rssPerConn(pts []RSSPoint) float64 {
	a, b := pts[0], pts[len(pts)-1]
	if b.Conns == a.Conns {
		return 0
	}
	return float64(b.Bytes-a.Bytes) / float64(b.Conns-a.Conns)
}
