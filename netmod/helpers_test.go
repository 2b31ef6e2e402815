package netmod

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
)

// testLoop returns a new loop; the test ends by checking that the loop is
// left with nothing open and that no goroutine leaked.
func testLoop(t *testing.T) *eventloop.Loop {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, loop.Close(), "loop.Close: leaked handles, watchers or requests")
		goleak.VerifyNone(t)
	})
	return loop
}

// runLoop runs loop, failing the test if it does not return within d.
func runLoop(t *testing.T, loop *eventloop.Loop, d time.Duration) {
	t.Helper()
	guard := time.AfterFunc(d, loop.Stop)
	defer guard.Stop()
	start := time.Now()
	require.NoError(t, loop.Run())
	require.Less(t, time.Since(start), d, "the loop did not finish in time")
}

// defaultHints is the lookup hint Node adds when a connect names neither a
// family nor hints: ADDRCONFIG, except on Windows, where it adds none.
var defaultHints = func() int {
	if isWindows {
		return 0
	}
	return HintAddrConfig
}()
