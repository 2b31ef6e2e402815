package perfhooks

import (
	"math"
	"math/bits"
	"sort"
)

// histogram records positive integers as Node's histograms show them: a
// value is kept to three significant figures (values below 2048 units
// exactly; above, in buckets whose width is a power of two, 1024 to 2047
// buckets per power of two), so min reports the low end of its bucket, max
// and percentile(p) the high end, and mean and stddev use bucket middles.
type histogram struct {
	unit     uint // log2 of the smallest bucket width
	highest  int64
	counts   map[int64]int64 // bucket low end -> count
	count    int64
	exceeds  int64
	minV     int64
	maxV     int64
	lastSeen int64 // recordDelta's previous time, 0 before the first
}

func newHistogram(unit uint, highest int64) *histogram {
	h := &histogram{unit: unit, highest: highest}
	h.reset()
	return h
}

func (h *histogram) reset() {
	h.counts = map[int64]int64{}
	h.count, h.exceeds = 0, 0
	h.minV, h.maxV = math.MaxInt64, 0
}

// shift is log2 of the width of v's bucket.
func (h *histogram) shift(v int64) uint {
	s := uint(0)
	if n := bits.Len64(uint64(v)); n > 11 {
		s = uint(n - 11)
	}
	if s < h.unit {
		s = h.unit
	}
	return s
}

func (h *histogram) low(v int64) int64  { s := h.shift(v); return v >> s << s }
func (h *histogram) high(v int64) int64 { return h.low(v) + 1<<h.shift(v) - 1 }
func (h *histogram) mid(v int64) int64  { return h.low(v) + 1<<h.shift(v)>>1 }

// record adds v (at least 1); it reports false for a value above the
// histogram's highest, counted in exceeds only.
func (h *histogram) record(v int64, n int64) bool {
	if v > h.highest {
		h.exceeds += n
		return false
	}
	h.counts[h.low(v)] += n
	h.count += n
	if v < h.minV {
		h.minV = v
	}
	if v > h.maxV {
		h.maxV = v
	}
	return true
}

// add merges o into h: each of o's buckets counts as its low end.
func (h *histogram) add(o *histogram) {
	for _, k := range o.sorted() {
		h.record(k, o.counts[k])
	}
	h.exceeds += o.exceeds
}

func (h *histogram) min() int64 {
	if h.count == 0 {
		return math.MaxInt64
	}
	return h.low(h.minV)
}

func (h *histogram) max() int64 {
	if h.count == 0 {
		return 0
	}
	return h.high(h.maxV)
}

// sorted lists the buckets' low ends in order.
func (h *histogram) sorted() []int64 {
	keys := make([]int64, 0, len(h.counts))
	for k := range h.counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// moments are the mean, the standard deviation, the skewness and the
// excess kurtosis over the buckets' middles (NaN, NaN, 0, 0 when empty).
func (h *histogram) moments() (mean, stddev, skew, kurt float64) {
	if h.count == 0 {
		return math.NaN(), math.NaN(), 0, 0
	}
	n := float64(h.count)
	keys := h.sorted()
	var sum float64
	for _, k := range keys {
		sum += float64(h.mid(k)) * float64(h.counts[k])
	}
	mean = sum / n
	var m2, m3, m4 float64
	for _, k := range keys {
		c := h.counts[k]
		d := float64(h.mid(k)) - mean
		d2 := d * d
		m2 += d2 * float64(c)
		m3 += d2 * d * float64(c)
		m4 += d2 * d2 * float64(c)
	}
	m2, m3, m4 = m2/n, m3/n, m4/n
	stddev = math.Sqrt(m2)
	if m2 > 0 {
		skew = m3 / (stddev * m2)
		kurt = m4/(m2*m2) - 3
	}
	return mean, stddev, skew, kurt
}

// percentile is the high end of the bucket holding the value at
// percentile p (0 when empty).
func (h *histogram) percentile(p float64) int64 {
	if h.count == 0 {
		return h.high(0)
	}
	want := int64(p/100*float64(h.count) + 0.5)
	if want < 1 {
		want = 1
	}
	var seen int64
	keys := h.sorted()
	for _, k := range keys {
		seen += h.counts[k]
		if seen >= want {
			return h.high(k)
		}
	}
	return h.high(keys[len(keys)-1])
}

// percentiles lists [percentile, value] pairs as Node's percentiles map
// shows them: from 0, each step halves the distance left to 100, and each
// percentile gives the low end of the first bucket that reaches it; the
// walk ends at the last bucket, which is also given for 100.
func (h *histogram) percentiles() [][2]float64 {
	if h.count == 0 {
		return [][2]float64{{100, 0}}
	}
	keys := h.sorted()
	var out [][2]float64
	p := 0.0
	var seen int64
	i := 0
	seen = h.counts[keys[0]]
	for {
		for 100*float64(seen)/float64(h.count) < p && i < len(keys)-1 {
			i++
			seen += h.counts[keys[i]]
		}
		out = append(out, [2]float64{p, float64(keys[i])})
		if i == len(keys)-1 {
			out = append(out, [2]float64{100, float64(keys[i])})
			return out
		}
		p += 100 / math.Exp2(math.Floor(math.Log2(100/(100-p)))+1)
	}
}
