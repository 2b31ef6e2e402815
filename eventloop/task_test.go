package eventloop

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// counter is a per-object state that the ...Arg forms hand to a
// package-level function.
type counter struct {
	n   int
	log *[]string
}

func bump(a any) {
	c := a.(*counter)
	c.n++
	if c.log != nil {
		*c.log = append(*c.log, "arg")
	}
}

// TestArgFormsShareTheQueues: NextTickArg, QueuePendingArg and CloseArg
// callbacks take their turn in the same queues as the closure forms.
func TestArgFormsShareTheQueues(t *testing.T) {
	l := newLoop(t)
	var log []string
	c := &counter{log: &log}
	add := func(s string) func() { return func() { log = append(log, s) } }
	var h1, h2 Handle
	h1.Init(l)
	h2.Init(l)
	l.Call(func() {
		l.QueuePending(add("pending 1"))
		l.QueuePendingArg(bump, c)
		l.QueuePending(add("pending 2"))
		h1.Close(add("close 1"))
		h2.CloseArg(bump, c)
		l.QueueClose(add("close 3"))
		l.NextTick(add("tick 1"))
		l.NextTickArg(bump, c)
		l.NextTick(add("tick 2"))
	})
	require.Equal(t, []string{"tick 1", "arg", "tick 2"}, log)
	log = nil
	require.NoError(t, l.Run())
	// The close phase walks its list last in, first out, as libuv's.
	require.Equal(t, []string{"pending 1", "arg", "pending 2", "close 3", "arg", "close 1"}, log)
	require.Equal(t, 3, c.n)
	require.True(t, h2.Closing())
}

// TestArgFormsAllocateNothing: queueing and running the ...Arg forms
// allocates nothing once the queues have grown.
func TestArgFormsAllocateNothing(t *testing.T) {
	l := newLoop(t)
	c := &counter{}
	allocs := testing.AllocsPerRun(1000, func() {
		l.NextTickArg(bump, c)
		l.QueuePendingArg(bump, c)
		l.call(noop)
		l.runPending()
	})
	require.Zero(t, allocs)
	require.Equal(t, 2002, c.n)
	var h Handle
	h.Init(l)
	require.Zero(t, testing.AllocsPerRun(1, func() { h.CloseArg(bump, c) }))
	l.runClosing()
	require.Equal(t, 2003, c.n)
}

// TestArgFormPanicIsHandled: a panic in fn(arg) is handled as any
// callback's.
func TestArgFormPanicIsHandled(t *testing.T) {
	var got []any
	l := newLoop(t, WithPanicHandler(func(v any, _ []byte) { got = append(got, v) }))
	boom := errors.New("boom")
	c := &counter{}
	l.NextTickArg(func(any) { panic(boom) }, c)
	l.QueuePendingArg(func(any) { panic(boom) }, c)
	l.QueuePendingArg(bump, c)
	require.NoError(t, l.Run())
	require.Equal(t, []any{boom, boom}, got)
	require.Equal(t, 1, c.n)
}
