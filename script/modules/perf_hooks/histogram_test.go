package perfhooks

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestHistogramBuckets(t *testing.T) {
	h := newHistogram(0, math.MaxInt64)
	// below 2048 every value is its own bucket
	require.Equal(t, int64(2047), h.low(2047))
	require.Equal(t, int64(2047), h.high(2047))
	// 2048..4095: width 2; 123456789: width 65536
	require.Equal(t, int64(3000), h.low(3001))
	require.Equal(t, int64(3001), h.high(3000))
	require.Equal(t, int64(123404288), h.low(123456789))
	require.Equal(t, int64(123469823), h.high(123456789))
	// a unit of 2**9 makes small values 512 wide
	require.Equal(t, int64(511), newHistogram(9, math.MaxInt64).high(0))
}

func TestHistogramStats(t *testing.T) {
	h := newHistogram(0, 100)
	require.Equal(t, int64(math.MaxInt64), h.min())
	require.Equal(t, [][2]float64{{100, 0}}, h.percentiles())
	for _, v := range []int64{5, 10, 10, 1000} {
		h.record(v, 1)
	}
	require.Equal(t, int64(3), h.count)
	require.Equal(t, int64(1), h.exceeds)

	h = newHistogram(0, math.MaxInt64)
	for _, v := range []int64{5, 10, 10, 1000} {
		h.record(v, 1)
	}
	mean, sd, skew, kurt := h.moments()
	require.Equal(t, 256.25, mean)
	require.InDelta(t, 429.40911436531013, sd, 1e-9)
	require.InDelta(t, 1.1546221738524773, skew, 1e-9)
	require.InDelta(t, -0.6667267209680001, kurt, 1e-9)
	require.Equal(t, int64(10), h.percentile(50))
	require.Equal(t, int64(1000), h.percentile(100))
	require.Equal(t, [][2]float64{{0, 5}, {50, 10}, {75, 10}, {87.5, 1000}, {100, 1000}}, h.percentiles())

	o := newHistogram(9, 1e9)
	o.record(123456, 1)
	h.add(o)
	require.Equal(t, int64(5), h.count)
	require.Equal(t, int64(123455), h.max()) // o's bucket low end, in h's buckets
}
