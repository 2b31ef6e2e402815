package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// The loop-primitives mode runs one micro-script (bench/node/primitives.js:
// nextTick, timers, promise jobs, emit, util.inspect, Buffer hex) under
// the reference Node and under nodenet, interleaved over the rounds, each
// pinned like a target. The script prints one line per primitive,
// "name: N /s, M /cpu-s" (operations per second of wall time and of the
// process's CPU time).

// Primitive is one primitive's rate under each host.
type Primitive struct {
	Name  string          `json:"name"`
	Unit  string          `json:"unit"`  // "/s" or "/cpu-s"
	Hosts map[string]Stat `json:"hosts"` // operations per unit, by host
	Ratio float64         `json:"ratio"` // nodenet's median over Node's (higher is better)
}

// PrimitivesConfig says how to run the primitives.
type PrimitivesConfig struct {
	Script  string
	N       int
	Rounds  int
	CPUs    string
	Node    string
	Nodenet string
}

// parsePrimitives reads the script's output into name (unit) → value.
func parsePrimitives(out []byte) (map[string]float64, []string, error) {
	vals := map[string]float64{}
	var order []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ": ")
		if !ok {
			continue
		}
		for part := range strings.SplitSeq(rest, ",") {
			f := strings.Fields(part)
			if len(f) != 2 || !strings.HasPrefix(f[1], "/") {
				continue
			}
			v, err := strconv.ParseFloat(f[0], 64)
			if err != nil {
				return nil, nil, fmt.Errorf("primitives: %q: %v", sc.Text(), err)
			}
			key := name + " " + f[1]
			vals[key] = v
			order = append(order, key)
		}
	}
	if len(vals) == 0 {
		return nil, nil, fmt.Errorf("primitives: no figures in the output %q", out)
	}
	return vals, order, nil
}

// RunPrimitives runs the primitives script under both hosts.
func RunPrimitives(cfg PrimitivesConfig, pr *progress) ([]Primitive, error) {
	hosts := []string{"node", "nodenet"}
	bins := map[string]string{"node": cfg.Node, "nodenet": cfg.Nodenet}
	samples := map[string]map[string][]float64{}
	var order []string
	for r := range cfg.Rounds {
		for k := range hosts {
			h := hosts[(k+r)%len(hosts)]
			pr.step(fmt.Sprintf("primitives round %d/%d: %s", r+1, cfg.Rounds, h))
			args := []string{bins[h], cfg.Script, strconv.Itoa(cfg.N)}
			if cfg.CPUs != "" {
				args = append([]string{"taskset", "-c", cfg.CPUs}, args...)
			}
			cmd := exec.Command(args[0], args[1:]...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				return nil, fmt.Errorf("primitives under %s: %v %s", h, err, strings.TrimSpace(stderr.String()))
			}
			vals, ord, err := parsePrimitives(out)
			if err != nil {
				return nil, err
			}
			for _, key := range ord {
				if samples[key] == nil {
					samples[key] = map[string][]float64{}
					order = append(order, key)
				}
				samples[key][h] = append(samples[key][h], vals[key])
			}
		}
	}
	var res []Primitive
	for _, key := range order {
		i := strings.LastIndexByte(key, ' ')
		p := Primitive{Name: key[:i], Unit: key[i+1:], Hosts: map[string]Stat{}}
		for _, h := range hosts {
			if v := samples[key][h]; len(v) > 0 {
				p.Hosts[h] = statOf(v)
			}
		}
		if a, b := p.Hosts["node"], p.Hosts["nodenet"]; a.Median > 0 {
			p.Ratio = b.Median / a.Median
		}
		res = append(res, p)
	}
	return res, nil
}

// primitiveRows is the primitives table with its header.
func primitiveRows(ps []Primitive) [][]string {
	rows := [][]string{{"primitive", "node ops", "nodenet ops", "nodenet/node"}}
	for _, p := range ps {
		n, nn := p.Hosts["node"], p.Hosts["nodenet"]
		rows = append(rows, []string{p.Name + " " + p.Unit, shortStat(n), shortStat(nn), fmt.Sprintf("%.2f", p.Ratio)})
	}
	return rows
}

func shortStat(s Stat) string {
	if s.Min == s.Max {
		return short(s.Median)
	}
	return fmt.Sprintf("%s (%s–%s)", short(s.Median), short(s.Min), short(s.Max))
}

// writePrimitivesText prints the primitives table.
func writePrimitivesText(out io.Writer, ps []Primitive) {
	fmt.Fprintln(out, "\nloop primitives: operations per second of wall time (/s) and of the process's CPU time (/cpu-s); median (min–max); higher is better")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, row := range primitiveRows(ps) {
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	tw.Flush()
}

// writePrimitivesChart draws nodenet's rate over Node's per primitive (per
// CPU second when the script reports it) into dir/primitives.png and .svg.
func writePrimitivesChart(dir string, ps []Primitive) ([]string, error) {
	unit := "/s"
	for _, p := range ps {
		if p.Unit == "/cpu-s" {
			unit = "/cpu-s"
		}
	}
	var names []string
	var vals plotter.Values
	for _, p := range ps {
		if p.Unit == unit {
			names = append(names, p.Name)
			vals = append(vals, p.Ratio)
		}
	}
	if len(vals) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = "loop primitives: nodenet over Node (ops " + unit + ")"
	p.Y.Label.Text = "ratio (1 = Node; higher is better)"
	p.Y.Min = 0
	bars, err := plotter.NewBarChart(vals, vg.Points(22))
	if err != nil {
		return nil, err
	}
	bars.Color = plotutil.Color(1)
	bars.LineStyle.Width = 0
	one, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: 1}, {X: float64(len(vals)) - 0.5, Y: 1}})
	if err != nil {
		return nil, err
	}
	one.LineStyle.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	var pts plotter.XYs
	var texts []string
	for i, v := range vals {
		pts = append(pts, plotter.XY{X: float64(i), Y: v})
		texts = append(texts, fmt.Sprintf("%.2f×", v))
	}
	labels, err := plotter.NewLabels(plotter.XYLabels{XYs: pts, Labels: texts})
	if err != nil {
		return nil, err
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].XAlign = -0.5 // centred over the bar
	}
	labels.Offset = vg.Point{Y: vg.Points(3)}
	p.Add(bars, one, labels)
	p.NominalX(names...)
	p.X.Tick.Label.Rotation = 0.5
	p.X.Tick.Label.XAlign = -0.8
	return saveTiles([]*plot.Plot{p}, filepath.Join(dir, "primitives"))
}
