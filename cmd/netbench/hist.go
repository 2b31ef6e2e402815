package main

import (
	"math"
	"math/bits"
	"time"
)

// Histogram records durations (nanoseconds) in log-linear buckets, as an
// HDR histogram does: values below 2·subCount are kept exactly, and above
// that every power of two is cut into subCount buckets, so a recorded
// value is known to within 1/subCount (under 0.8 %) of itself, whatever
// its magnitude, in a fixed 59 KiB.
type Histogram struct {
	counts [buckets]uint64
	n      uint64
	min    int64
	max    int64
	sum    float64
}

const (
	subBits  = 7
	subCount = 1 << subBits // buckets per power of two
	// buckets covers every non-negative int64: the largest shift is
	// 63-subBits, and bucket index shift*subCount + (v>>shift) stays
	// below (64-subBits)*subCount.
	buckets = (64 - subBits) * subCount
)

// bucketOf returns the bucket index of v ≥ 0.
func bucketOf(v int64) int {
	u := uint64(v)
	if u < 2*subCount {
		return int(u)
	}
	shift := bits.Len64(u) - (subBits + 1) // u>>shift is in [subCount, 2·subCount)
	return shift*subCount + int(u>>shift)
}

// bucketRange returns the smallest and largest values of bucket i.
func bucketRange(i int) (lo, hi int64) {
	if i < 2*subCount {
		return int64(i), int64(i)
	}
	shift := i/subCount - 1
	m := int64(i - shift*subCount)
	return m << shift, (m+1)<<shift - 1
}

// Record adds one duration; a negative one counts as zero.
func (h *Histogram) Record(d time.Duration) {
	v := max(int64(d), 0)
	h.counts[bucketOf(v)]++
	if h.n == 0 || v < h.min {
		h.min = v
	}
	if v > h.max {
		h.max = v
	}
	h.n++
	h.sum += float64(v)
}

// Merge adds every value recorded in o.
func (h *Histogram) Merge(o *Histogram) {
	if o.n == 0 {
		return
	}
	for i, c := range o.counts {
		h.counts[i] += c
	}
	if h.n == 0 || o.min < h.min {
		h.min = o.min
	}
	h.max = max(h.max, o.max)
	h.n += o.n
	h.sum += o.sum
}

// Count is the number of recorded values.
func (h *Histogram) Count() uint64 { return h.n }

// Min and Max are the exact extremes (0 when empty).
func (h *Histogram) Min() time.Duration { return time.Duration(h.min) }

// Max is the largest recorded value.
func (h *Histogram) Max() time.Duration { return time.Duration(h.max) }

// Mean is the exact mean of the recorded values.
func (h *Histogram) Mean() time.Duration {
	if h.n == 0 {
		return 0
	}
	return time.Duration(h.sum / float64(h.n))
}

// Quantile returns the value at quantile q in [0, 1]: the smallest
// recorded value v such that at least q·Count values are ≤ v, reported as
// the highest value of v's bucket (an upper bound within 1/subCount), and
// never above Max. Quantile(0) is Min, Quantile(1) is Max.
func (h *Histogram) Quantile(q float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	if q <= 0 {
		return time.Duration(h.min)
	}
	rank := uint64(math.Ceil(q * float64(h.n)))
	rank = min(max(rank, 1), h.n)
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			_, hi := bucketRange(i)
			return time.Duration(min(max(hi, h.min), h.max))
		}
	}
	return time.Duration(h.max)
}
