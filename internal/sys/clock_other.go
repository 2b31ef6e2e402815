//go:build !windows

package sys

import "time"

var hrOrigin = time.Now()

// HRTime is a high-resolution monotonic time in nanoseconds from an
// arbitrary origin: Go's monotonic clock, which is one on this system.
func HRTime() int64 { return int64(time.Since(hrOrigin)) }
