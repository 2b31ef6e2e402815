package main

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestBucketsCoverEveryValue(t *testing.T) {
	// Every bucket's range starts right after the previous one ends.
	next := int64(0)
	for i := range buckets {
		lo, hi := bucketRange(i)
		if lo != next || hi < lo {
			t.Fatalf("bucket %d is [%d, %d], want it to start at %d", i, lo, hi, next)
		}
		if bucketOf(lo) != i || bucketOf(hi) != i {
			t.Fatalf("bucket %d: bucketOf(%d)=%d, bucketOf(%d)=%d", i, lo, bucketOf(lo), hi, bucketOf(hi))
		}
		if hi == int64(^uint64(0)>>1) {
			if i != buckets-1 {
				t.Fatalf("MaxInt64 in bucket %d, want the last, %d", i, buckets-1)
			}
			return
		}
		next = hi + 1
	}
	t.Fatalf("the buckets end at %d, before MaxInt64", next-1)
}

func TestQuantilesExactForSmallValues(t *testing.T) {
	var h Histogram
	for v := 1; v <= 100; v++ {
		h.Record(time.Duration(v))
	}
	for _, c := range []struct {
		q    float64
		want time.Duration
	}{{0, 1}, {0.01, 1}, {0.5, 50}, {0.505, 51}, {0.9, 90}, {0.99, 99}, {0.999, 100}, {1, 100}} {
		if got := h.Quantile(c.q); got != c.want {
			t.Errorf("Quantile(%v) = %d, want %d", c.q, got, c.want)
		}
	}
	if h.Count() != 100 || h.Min() != 1 || h.Max() != 100 || h.Mean() != 50 {
		t.Errorf("count %d min %d max %d mean %d, want 100 1 100 50", h.Count(), h.Min(), h.Max(), h.Mean())
	}
}

func TestQuantilesWithinPrecision(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var h Histogram
	vals := make([]int64, 100000)
	for i := range vals {
		// log-uniform from 1 µs to 10 s
		vals[i] = int64(1e3 * math.Pow(10, r.Float64()*7))
		h.Record(time.Duration(vals[i]))
	}
	slices.Sort(vals)
	for _, q := range []float64{0.5, 0.9, 0.99, 0.999, 0.9999} {
		exact := vals[int(q*float64(len(vals)))-1] // the rank-⌈qn⌉ value
		got := int64(h.Quantile(q))
		if got < exact || float64(got-exact) > float64(exact)/subCount {
			t.Errorf("Quantile(%v) = %d, exact %d: want within +1/%d", q, got, exact, subCount)
		}
	}
	if h.Quantile(1) != time.Duration(vals[len(vals)-1]) || h.Quantile(0) != time.Duration(vals[0]) {
		t.Errorf("extremes %d %d, want %d %d", h.Quantile(0), h.Quantile(1), vals[0], vals[len(vals)-1])
	}
}

func TestMergeEqualsRecordingAll(t *testing.T) {
	var a, b, all Histogram
	for i := range 5000 {
		d := time.Duration(i*i + 7)
		all.Record(d)
		if i%3 == 0 {
			a.Record(d)
		} else {
			b.Record(d)
		}
	}
	a.Merge(&b)
	var empty Histogram
	a.Merge(&empty)
	if a != all {
		t.Fatalf("merged histogram differs: count %d min %d max %d, want %d %d %d", a.Count(), a.Min(), a.Max(), all.Count(), all.Min(), all.Max())
	}
	if empty.Quantile(0.5) != 0 || empty.Mean() != 0 {
		t.Fatal("an empty histogram reports non-zero")
	}
}

func TestNegativeCountsAsZero(t *testing.T) {
	var h Histogram
	h.Record(-5)
	if h.Min() != 0 || h.Max() != 0 || h.Quantile(1) != 0 {
		t.Fatalf("min %d max %d, want 0", h.Min(), h.Max())
	}
}
