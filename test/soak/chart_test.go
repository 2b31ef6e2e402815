//go:build linux

package soak

import (
	"fmt"
	"os"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// writeChart draws the sampled series, one panel each, into a PNG.
func writeChart(path string, samples []sample, duration time.Duration) error {
	panels := []struct {
		title string
		get   func(sample) float64
	}{
		{"RSS (MB): test process", func(s sample) float64 { return s.rssMB }},
		{"Go heap (MB)", func(s sample) float64 { return s.heapMB }},
		{"goroutines", func(s sample) float64 { return s.goroutines }},
		{"open descriptors: test process", func(s sample) float64 { return s.fds }},
		{"script server under nodenet: RSS (MB)", func(s sample) float64 { return s.scriptRSSMB }},
		{"script server: Go heap live after each GC (MB)", func(s sample) float64 { return s.scriptLiveMB }},
		{"script server: open descriptors", func(s sample) float64 { return s.scriptFD }},
		{"Go server loop delay p99 per second (ms)", func(s sample) float64 { return s.p99ms }},
		{"echoed (MB/s)", func(s sample) float64 { return s.echoMBps }},
	}
	rows := make([][]*plot.Plot, len(panels))
	for i, p := range panels {
		pl := plot.New()
		pl.Title.Text = p.title
		pl.X.Label.Text = "seconds"
		pts := make(plotter.XYs, 0, len(samples))
		for _, s := range samples {
			pts = append(pts, plotter.XY{X: s.t, Y: p.get(s)})
		}
		line, err := plotter.NewLine(pts)
		if err != nil {
			return err
		}
		pl.Add(line)
		pl.Y.Min = 0
		rows[i] = []*plot.Plot{pl}
	}
	const cols = 2
	grid := make([][]*plot.Plot, (len(rows)+cols-1)/cols)
	for i, r := range rows {
		grid[i/cols] = append(grid[i/cols], r[0])
	}
	for last := len(grid) - 1; len(grid[last]) < cols; {
		grid[last] = append(grid[last], plot.New()) // an empty tile keeps the grid square
	}
	img := vgimg.New(vg.Points(1000), vg.Points(1100))
	dc := draw.New(img)
	title := fmt.Sprintf("nodenet soak, %v", duration)
	dc.FillText(draw.TextStyle{Color: plot.New().Title.TextStyle.Color, Font: plot.New().Title.TextStyle.Font, Handler: plot.New().Title.TextStyle.Handler}, vg.Point{X: vg.Points(20), Y: vg.Points(1085)}, title)
	tiles := draw.Tiles{Rows: len(grid), Cols: cols, PadTop: vg.Points(25), PadX: vg.Points(10), PadY: vg.Points(10), PadBottom: vg.Points(5), PadLeft: vg.Points(5), PadRight: vg.Points(10)}
	canvases := plot.Align(grid, tiles, dc)
	for i := range grid {
		for j, p := range grid[i] {
			p.Draw(canvases[i][j])
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
