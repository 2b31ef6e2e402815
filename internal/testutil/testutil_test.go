package testutil_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errs     []string
	fatal    bool
	cleanups []func()
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.errs = append(r.errs, fmt.Sprintf(f, a...)) }
func (r *recorder) Fatalf(f string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(f, a...))
	r.fatal = true
	panic(r)
}
func (r *recorder) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }
func (r *recorder) cleanup() {
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
}

// call runs f with r, catching the panic of its Fatalf.
func (r *recorder) call(f func()) {
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
	}()
	f()
}

func TestLoopLeftCleanPasses(t *testing.T) {
	r := &recorder{TB: t}
	l := testutil.Loop(r)
	var tr testutil.Trace
	l.SetTimeout(tr.Fn("timer"), time.Millisecond)
	r.call(func() { testutil.Run(r, l, 10*time.Second) })
	r.cleanup()
	require.Empty(t, r.errs)
	require.Equal(t, "timer", tr.String())
}

func TestLoopWithALeakFails(t *testing.T) {
	r := &recorder{TB: t}
	l := testutil.Loop(r)
	l.SetTimeout(func() {}, time.Hour).Unref() // armed, never run: a leak
	r.call(func() { testutil.Run(r, l, 10*time.Second) })
	r.cleanup()
	require.Len(t, r.errs, 1)
	require.Contains(t, r.errs[0], "leaked")
}

func TestRunStopsAHangingLoop(t *testing.T) {
	r := &recorder{TB: t}
	l := testutil.Loop(r)
	var h eventloop.Handle
	h.Init(l)
	h.Start() // active and ref'd: the loop would run for ever
	r.call(func() { testutil.Run(r, l, 50*time.Millisecond) })
	require.True(t, r.fatal)
	require.Contains(t, r.errs[0], "did not finish")
	h.Close(nil)
	require.NoError(t, l.Run())
	r.cleanup()
}

func TestTrace(t *testing.T) {
	var tr testutil.Trace
	tr.Add("a %d", 1)
	tr.Fn("b")()
	require.Equal(t, []string{"a 1", "b"}, tr.Events)
	require.Equal(t, "a 1\nb", tr.String())
}

func TestIPCPath(t *testing.T) {
	a, b := testutil.IPCPath(t, "s"), testutil.IPCPath(t, "s")
	require.NotEqual(t, a, b, "each call is a fresh path")
	if runtime.GOOS == "windows" {
		require.True(t, strings.HasPrefix(a, `\\.\pipe\nodenet-test-`), a)
		require.True(t, strings.HasSuffix(a, "-s"), a)
		return
	}
	require.Equal(t, "s", filepath.Base(a))
	fi, err := os.Stat(filepath.Dir(a))
	require.NoError(t, err)
	require.True(t, fi.IsDir())
	_, err = os.Stat(a)
	require.True(t, os.IsNotExist(err), "the path itself is free: %v", err)
}
