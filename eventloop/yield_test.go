package eventloop

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBusyLoopLetsOtherGoroutinesRun: with one P, a loop that never waits
// for I/O (an immediate that queues itself again) still lets the
// goroutine of an Offload run and deliver its result, in either thread
// mode.
func TestBusyLoopLetsOtherGoroutinesRun(t *testing.T) {
	for _, locked := range []bool{false, true} {
		name := "default"
		var opts []Option
		if locked {
			name = "WithLockOSThread"
			opts = append(opts, WithLockOSThread())
		}
		t.Run(name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			l := newLoop(t, opts...)
			done, spins := false, 0
			var spin func()
			spin = func() {
				spins++
				if !done {
					l.SetImmediate(spin)
				}
			}
			l.SetImmediate(spin)
			require.NoError(t, l.Offload(func() func() {
				return func() { done = true }
			}))
			require.NoError(t, l.Run())
			require.True(t, done)
			t.Logf("%d loop iterations before the offloaded work came back", spins)
		})
	}
}
