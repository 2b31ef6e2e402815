// This file holds the portable half of SetKeepAlive: libuv's rule for
// which values reach the kernel, and their conversion to whole seconds.

package sys

import (
	"math"
	"time"
)

// The keepalive probe interval and count that libuv uses, and Node passes,
// when the caller gives none; SetKeepAlive uses them for a zero interval or
// count.
const (
	DefaultKeepAliveInterval = time.Second
	DefaultKeepAliveCount    = 10
)

// keepAliveSeconds converts d to whole seconds, rounding down as Node does
// (~~(ms/1000)); values beyond int32 are capped (the kernel refuses them).
func keepAliveSeconds(d time.Duration) int {
	s := d / time.Second
	if s > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(s)
}
