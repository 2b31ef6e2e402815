package main

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// chartFormats are the files every chart is written as.
var chartFormats = []string{"png", "svg"}

// WriteCharts writes the report's charts into dir and returns their file
// names (one per chart and format):
//
//   - cpu: the server's CPU per unit of work by target, a panel per
//     workload, the bar at the median and the whisker from min to max;
//   - latency: the latency percentile curves (every round's latencies
//     together), a panel per workload that measures latency;
//   - rss: the server's RSS as idle connections open (median over the
//     rounds), when an idle workload ran.
func (r *Report) WriteCharts(dir string) ([]string, error) {
	var files []string
	var cpu, lat []*plot.Plot
	var rss *plot.Plot
	for _, w := range r.Workloads {
		if p, err := r.cpuPlot(w); err != nil {
			return nil, err
		} else if p != nil {
			cpu = append(cpu, p)
		}
		if p, err := r.latencyPlot(w); err != nil {
			return nil, err
		} else if p != nil {
			lat = append(lat, p)
		}
		if w.Kind == "idle" && rss == nil {
			p, err := r.rssPlot(w)
			if err != nil {
				return nil, err
			}
			rss = p
		}
	}
	for _, c := range []struct {
		name  string
		plots []*plot.Plot
	}{{"cpu", cpu}, {"latency", lat}, {"rss", nonNil(rss)}} {
		if len(c.plots) == 0 {
			continue
		}
		fs, err := saveTiles(c.plots, filepath.Join(dir, c.name))
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	return files, nil
}

func nonNil(p *plot.Plot) []*plot.Plot {
	if p == nil {
		return nil
	}
	return []*plot.Plot{p}
}

// barErrors places a whisker from min to max over each bar.
type barErrors struct{ stats []Stat }

func (b barErrors) Len() int                    { return len(b.stats) }
func (b barErrors) XY(i int) (float64, float64) { return float64(i), b.stats[i].Median }
func (b barErrors) YError(i int) (float64, float64) {
	s := b.stats[i]
	return s.Median - s.Min, s.Max - s.Median
}

func (r *Report) cpuPlot(w *Workload) (*plot.Plot, error) {
	var names []string
	var stats []Stat
	var colors []int
	for _, res := range r.Results {
		if res.Workload == w.Name && res.CPUPerUnit != nil {
			names = append(names, res.Target)
			stats = append(stats, *res.CPUPerUnit)
			colors = append(colors, r.targetIndex(res.Target))
		}
	}
	if len(stats) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = w.Name
	p.Y.Label.Text = "server CPU " + cpuUnitOf(w)
	p.Y.Min = 0
	for i, s := range stats {
		// One bar chart per target, so that each target keeps its colour
		// in every chart.
		bars, err := plotter.NewBarChart(plotter.Values{s.Median}, vg.Points(22))
		if err != nil {
			return nil, err
		}
		bars.XMin = float64(i)
		bars.Color = plotutil.Color(colors[i])
		bars.LineStyle.Width = 0
		p.Add(bars)
	}
	eb, err := plotter.NewYErrorBars(barErrors{stats})
	if err != nil {
		return nil, err
	}
	p.Add(eb)
	p.NominalX(names...)
	return p, nil
}

// tailX maps a quantile to the x axis of a latency curve: -log10(1-q), so
// that 90 %, 99 %, 99.9 % are evenly spaced.
func tailX(q float64) float64 { return -math.Log10(1 - q) }

var tailTicks = plot.ConstantTicks([]plot.Tick{
	{Value: 0, Label: "0"}, {Value: tailX(0.5), Label: "50"}, {Value: 1, Label: "90"},
	{Value: 2, Label: "99"}, {Value: 3, Label: "99.9"}, {Value: 4, Label: "99.99"},
})

func (r *Report) latencyPlot(w *Workload) (*plot.Plot, error) {
	var lines []series
	for _, res := range r.Results {
		if res.Workload != w.Name || len(res.Curve) == 0 {
			continue
		}
		var xys plotter.XYs
		for _, pt := range res.Curve {
			if pt.Q < 1 && pt.US > 0 {
				xys = append(xys, plotter.XY{X: tailX(pt.Q), Y: pt.US})
			}
		}
		if len(xys) > 0 {
			lines = append(lines, series{res.Target, r.targetIndex(res.Target), xys})
		}
	}
	if len(lines) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = w.Name
	p.X.Label.Text = "percentile"
	p.X.Tick.Marker = tailTicks
	p.Y.Label.Text = "latency µs"
	p.Y.Scale = plot.LogScale{}
	p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	if err := addLines(p, lines, false); err != nil {
		return nil, err
	}
	return p, nil
}

func (r *Report) rssPlot(w *Workload) (*plot.Plot, error) {
	var lines []series
	for _, res := range r.Results {
		if res.Workload != w.Name || len(res.RSSCurve) < 2 {
			continue
		}
		xys := make(plotter.XYs, len(res.RSSCurve))
		for i, pt := range res.RSSCurve {
			xys[i] = plotter.XY{X: float64(pt.Conns), Y: float64(pt.Bytes) / (1 << 20)}
		}
		lines = append(lines, series{res.Target, r.targetIndex(res.Target), xys})
	}
	if len(lines) == 0 {
		return nil, nil
	}
	p := plot.New()
	p.Title.Text = "server RSS over idle connections"
	p.X.Label.Text = "open connections"
	p.Y.Label.Text = "RSS MiB"
	p.Legend.Top = true
	p.Legend.Left = true
	if err := addLines(p, lines, true); err != nil {
		return nil, err
	}
	p.Y.Min = 0
	p.Y.Max *= 1.25 // room for the legend

	return p, nil
}

// saveTiles draws plots in a grid of up to three columns into base.png
// and base.svg.
func saveTiles(plots []*plot.Plot, base string) ([]string, error) {
	cols := min(3, len(plots))
	rows := (len(plots) + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for i := range grid {
		grid[i] = make([]*plot.Plot, cols)
	}
	for i, p := range plots {
		p.BackgroundColor = color.White
		grid[i/cols][i%cols] = p
	}
	width, height := vg.Length(cols)*4.2*vg.Inch, vg.Length(rows)*3.2*vg.Inch
	var files []string
	for _, f := range chartFormats {
		c, err := draw.NewFormattedCanvas(width, height, f)
		if err != nil {
			return nil, err
		}
		dc := draw.New(c)
		dc.SetColor(color.White)
		dc.Fill(dc.Rectangle.Path())
		t := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Millimeter * 4, PadY: vg.Millimeter * 4,
			PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
		canvases := plot.Align(grid, t, dc)
		for j := range grid {
			for i, p := range grid[j] {
				if p != nil {
					p.Draw(canvases[j][i])
				}
			}
		}
		name := base + "." + f
		fh, err := os.Create(name)
		if err != nil {
			return nil, err
		}
		_, err = c.WriteTo(fh)
		if err = errors.Join(err, fh.Close()); err != nil {
			return nil, fmt.Errorf("writing %s: %w", name, err)
		}
		files = append(files, name)
	}
	return files, nil
}

// targetIndex is the target's position, which picks its colour.
func (r *Report) targetIndex(label string) int {
	for i, t := range r.Targets {
		if t.Label == label {
			return i
		}
	}
	return 0
}

// series is one target's line.
type series struct {
	label string
	index int // the target's, for its colour and dashes
	xys   plotter.XYs
}

// addLines adds lines (with points) to p, each in its target's style.
func addLines(p *plot.Plot, lines []series, points bool) error {
	for _, s := range lines {
		l, err := plotter.NewLine(s.xys)
		if err != nil {
			return err
		}
		l.Color = plotutil.Color(s.index)
		l.Dashes = plotutil.Dashes(s.index)
		p.Add(l)
		if !points {
			p.Legend.Add(s.label, l)
			continue
		}
		sc, err := plotter.NewScatter(s.xys)
		if err != nil {
			return err
		}
		sc.Color = l.Color
		sc.Shape = plotutil.Shape(s.index)
		p.Add(sc)
		p.Legend.Add(s.label, l, sc)
	}
	return nil
}
