package eventloop

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// TestMain checks that no test leaves a goroutine behind (Offload and the
// Post tests start some).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// newLoop returns a loop that the test must leave clean: at cleanup Close
// must succeed (or the test closed it itself), which proves that no handle,
// timer, immediate, request, watcher or queued callback leaked.
func newLoop(t testing.TB, opts ...Option) *Loop {
	t.Helper()
	l, err := New(opts...)
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := l.Close(); err != nil && !errors.Is(err, ErrClosed) {
			t.Errorf("Close at the end of the test: %v", err)
		}
	})
	return l
}

// newFakeLoop returns a loop on a FakeClock: waits for timers take no real
// time, so timer tests are instant and exact.
func newFakeLoop(t testing.TB, opts ...Option) (*Loop, *FakeClock) {
	t.Helper()
	c := NewFakeClock()
	return newLoop(t, append([]Option{WithClock(c)}, opts...)...), c
}

// trace records what callbacks did, in order.
type trace struct{ ev []string }

func (tr *trace) add(format string, a ...any) { tr.ev = append(tr.ev, fmt.Sprintf(format, a...)) }

// fn returns a callback that records s.
func (tr *trace) fn(s string) func() { return func() { tr.ev = append(tr.ev, s) } }

func (tr *trace) String() string { return strings.Join(tr.ev, "\n") }

func run(t testing.TB, l *Loop) {
	t.Helper()
	require.NoError(t, l.Run())
}

// ms is a shorthand for durations in milliseconds.
func ms(n float64) time.Duration { return time.Duration(n * float64(time.Millisecond)) }
