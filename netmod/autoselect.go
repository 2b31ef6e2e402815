package netmod

// The process-wide defaults of autoSelectFamily (see ConnectOptions), and
// the check of an attempt timeout.

import (
	"math"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/nodenet/nodenet/nodeerr"
)

const (
	// defaultAttemptTimeout is Node 26's default attempt timeout.
	defaultAttemptTimeout = 500 * time.Millisecond
	// minAttemptTimeout is the shortest attempt timeout: shorter ones
	// are raised to it.
	minAttemptTimeout = 10 * time.Millisecond
)

var (
	// autoSelectFamilyOff is the negated default, so that the zero value
	// is Node's default (on).
	autoSelectFamilyOff atomic.Bool
	// attemptTimeoutSet is the default attempt timeout in nanoseconds, 0
	// while it is defaultAttemptTimeout.
	attemptTimeoutSet atomic.Int64
)

// GetDefaultAutoSelectFamily returns the default of
// ConnectOptions.AutoSelectFamily (Node's
// net.getDefaultAutoSelectFamily; true unless changed). Safe from any
// goroutine.
func GetDefaultAutoSelectFamily() bool { return !autoSelectFamilyOff.Load() }

// SetDefaultAutoSelectFamily sets the default of
// ConnectOptions.AutoSelectFamily for connects started afterwards (Node's
// net.setDefaultAutoSelectFamily). Safe from any goroutine.
func SetDefaultAutoSelectFamily(value bool) { autoSelectFamilyOff.Store(!value) }

// GetDefaultAutoSelectFamilyAttemptTimeout returns the default of
// ConnectOptions.AutoSelectFamilyAttemptTimeout (Node's
// net.getDefaultAutoSelectFamilyAttemptTimeout: 500 ms in Node 26 unless
// changed). Safe from any goroutine.
func GetDefaultAutoSelectFamilyAttemptTimeout() time.Duration {
	if d := attemptTimeoutSet.Load(); d != 0 {
		return time.Duration(d)
	}
	return defaultAttemptTimeout
}

// SetDefaultAutoSelectFamilyAttemptTimeout sets the default attempt timeout
// (Node's net.setDefaultAutoSelectFamilyAttemptTimeout). The value must be
// a whole number of milliseconds from 1 to 2147483647, else it returns
// Node's ERR_OUT_OF_RANGE and changes nothing; below 10 ms it counts as
// 10 ms. Safe from any goroutine.
func SetDefaultAutoSelectFamilyAttemptTimeout(value time.Duration) error {
	d, err := checkAttemptTimeout("value", value)
	if err != nil {
		return err
	}
	attemptTimeoutSet.Store(int64(d))
	return nil
}

// checkAttemptTimeout accepts an attempt timeout of a whole number of
// milliseconds from 1 to 2147483647 (the range of a JavaScript int32 from
// 1), raised to minAttemptTimeout; anything else is ERR_OUT_OF_RANGE for
// the value called name.
func checkAttemptTimeout(name string, d time.Duration) (time.Duration, error) {
	if d%time.Millisecond != 0 {
		return 0, nodeerr.OutOfRange(name, "an integer", jsNumber(float64(d)/float64(time.Millisecond)))
	}
	ms := int64(d / time.Millisecond)
	if ms < 1 || ms > math.MaxInt32 {
		return 0, nodeerr.OutOfRange(name, ">= 1 && <= 2147483647", jsNumber(float64(ms)))
	}
	return max(d, minAttemptTimeout), nil
}

// jsNumber prints f as Node's range errors show a number: as JavaScript
// prints it, with "_" between groups of three digits for an integer
// larger than 2^32 in magnitude.
func jsNumber(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if f == math.Trunc(f) && math.Abs(f) > 1<<32 {
		s = nodeerr.AddNumericalSeparator(s)
	}
	return s
}
