package perfhooks

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "perf" binding behind lib/perf_hooks.js: histograms (createHistogram
// and monitorEventLoopDelay's), the event loop delay sampler, and the
// loop's idle time for eventLoopUtilization.

// perfNatives are the functions of the perf binding.
type perfNatives struct {
	h        *host.Host
	vm       *goja.Runtime
	samplers map[*sampler]bool // enabled, stopped when the host closes
}

// Binding builds the perf binding of h.
func Binding(h *host.Host) *goja.Object {
	p := &perfNatives{h: h, vm: h.Runtime(), samplers: map[*sampler]bool{}}
	h.OnClose(p.close)
	o := p.vm.NewObject()
	for name, fn := range map[string]func(goja.FunctionCall) goja.Value{
		"histogram":   p.histogram,
		"record":      p.record,
		"recordDelta": p.recordDelta,
		"add":         p.add,
		"reset":       p.reset,
		"count":       p.count,
		"exceeds":     p.exceeds,
		"min":         p.min,
		"max":         p.max,
		"moments":     p.moments,
		"percentile":  p.percentile,
		"percentiles": p.percentiles,
		"sampler":     p.sampler,
		"enable":      p.enable,
		"disable":     p.disable,
		"idle":        p.idle,
	} {
		_ = o.Set(name, fn)
	}
	return o
}

func (p *perfNatives) hist(v goja.Value) *histogram {
	switch x := v.Export().(type) {
	case *histogram:
		return x
	case *sampler:
		return x.hist
	}
	panic(p.vm.NewTypeError("not a histogram"))
}

// histogram(unit, highest): a histogram whose smallest bucket is 2**unit
// wide, counting values above highest in exceeds.
func (p *perfNatives) histogram(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(newHistogram(uint(c.Argument(0).ToInteger()), c.Argument(1).ToInteger()))
}

// record(h, v) records v; it reports whether v was in range.
func (p *perfNatives) record(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(p.hist(c.Argument(0)).record(c.Argument(1).ToInteger(), 1))
}

// recordDelta(h) records the nanoseconds since its previous call.
func (p *perfNatives) recordDelta(c goja.FunctionCall) goja.Value {
	h := p.hist(c.Argument(0))
	now := p.h.Elapsed().Nanoseconds()
	if h.lastSeen > 0 {
		d := now - h.lastSeen
		if d < 1 {
			d = 1
		}
		h.record(d, 1)
	}
	h.lastSeen = now
	return goja.Undefined()
}

func (p *perfNatives) add(c goja.FunctionCall) goja.Value {
	p.hist(c.Argument(0)).add(p.hist(c.Argument(1)))
	return goja.Undefined()
}

func (p *perfNatives) reset(c goja.FunctionCall) goja.Value {
	h := p.hist(c.Argument(0))
	h.reset()
	h.lastSeen = 0
	return goja.Undefined()
}

func (p *perfNatives) count(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(p.hist(c.Argument(0)).count)
}

func (p *perfNatives) exceeds(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(p.hist(c.Argument(0)).exceeds)
}

// min and max are float64 so that an empty histogram's min is the number
// Node shows (2**63).
func (p *perfNatives) min(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(float64(p.hist(c.Argument(0)).min()))
}

func (p *perfNatives) max(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(float64(p.hist(c.Argument(0)).max()))
}

// moments(h): [mean, stddev, skewness, kurtosis].
func (p *perfNatives) moments(c goja.FunctionCall) goja.Value {
	mean, sd, skew, kurt := p.hist(c.Argument(0)).moments()
	return p.vm.NewArray(mean, sd, skew, kurt)
}

func (p *perfNatives) percentile(c goja.FunctionCall) goja.Value {
	return p.vm.ToValue(float64(p.hist(c.Argument(0)).percentile(c.Argument(1).ToFloat())))
}

// percentiles(h): a flat array p0, v0, p1, v1, ...
func (p *perfNatives) percentiles(c goja.FunctionCall) goja.Value {
	pairs := p.hist(c.Argument(0)).percentiles()
	out := make([]any, 0, 2*len(pairs))
	for _, pv := range pairs {
		out = append(out, pv[0], pv[1])
	}
	return p.vm.NewArray(out...)
}

// sampler is monitorEventLoopDelay's: an unref'd interval timer that
// records, each time it fires, the nanoseconds since it last fired (the
// resolution plus the loop's delay), read from the monotonic clock.
type sampler struct {
	loop       *eventloop.Loop
	start      time.Time
	resolution time.Duration
	timer      *eventloop.Timer
	last       time.Duration
	hist       *histogram
}

// sampler(resolutionMs): a stopped sampler; its histogram's smallest
// bucket is 512 ns wide.
func (p *perfNatives) sampler(c goja.FunctionCall) goja.Value {
	ms := c.Argument(0).ToInteger()
	return p.vm.ToValue(&sampler{
		loop:       p.h.Loop(),
		start:      p.h.Start(),
		resolution: time.Duration(ms) * time.Millisecond,
		hist:       newHistogram(9, math.MaxInt64),
	})
}

func (p *perfNatives) samplerArg(v goja.Value) *sampler {
	s, ok := v.Export().(*sampler)
	if !ok {
		panic(p.vm.NewTypeError("not an event loop delay monitor"))
	}
	return s
}

// enable(s) starts sampling; false if it already was.
func (p *perfNatives) enable(c goja.FunctionCall) goja.Value {
	s := p.samplerArg(c.Argument(0))
	if s.timer != nil {
		return p.vm.ToValue(false)
	}
	s.last = time.Since(s.start)
	s.timer = s.loop.SetInterval(s.sample, s.resolution).Unref()
	p.samplers[s] = true
	return p.vm.ToValue(true)
}

func (s *sampler) sample() {
	now := time.Since(s.start)
	d := int64(now - s.last)
	if d < 1 {
		d = 1
	}
	s.hist.record(d, 1)
	s.last = now
}

// disable(s) stops sampling; false if it was not sampling.
func (p *perfNatives) disable(c goja.FunctionCall) goja.Value {
	s := p.samplerArg(c.Argument(0))
	if s.timer == nil {
		return p.vm.ToValue(false)
	}
	s.timer.Close()
	s.timer = nil
	delete(p.samplers, s)
	return p.vm.ToValue(true)
}

func (p *perfNatives) close() {
	for s := range p.samplers {
		s.timer.Close()
		s.timer = nil
	}
	clear(p.samplers)
}

// idle(): the milliseconds the loop spent waiting for events so far.
func (p *perfNatives) idle(goja.FunctionCall) goja.Value {
	return p.vm.ToValue(float64(p.h.Loop().CurrentStats().Idle) / 1e6)
}
