package eventloop

import (
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

var errBoom = errors.New("boom")

func TestDefaultPanicEndsRunWithPanicErrorAndRunAgainGoesOn(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetTimeout(func() {
		tr.add("a")
		l.NextTick(tr.fn("tick queued before the panic"))
		panicInTimerCallback()
	}, ms(1))
	l.SetTimeout(tr.fn("b, same pass"), ms(1))
	l.SetTimeout(tr.fn("c, later"), ms(5))
	l.SetImmediate(tr.fn("immediate"))

	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, errBoom, pe.Value)
	require.ErrorIs(t, err, errBoom, "Unwrap gives the panic value when it is an error")
	require.Contains(t, string(pe.Stack), "panicInTimerCallback", "the stack of the panic")
	require.Equal(t, "eventloop: uncaught panic: boom", err.Error())
	require.Equal(t, []string{"immediate", "a"}, tr.ev)

	// The loop is consistent: the next Run drains what was left and the
	// remaining timers still fire.
	run(t, l)
	require.Equal(t, []string{"immediate", "a", "tick queued before the panic", "b, same pass", "c, later"}, tr.ev)
}

//go:noinline
func panicInTimerCallback() { panic(errBoom) }

func TestPanicErrorWithANonErrorValue(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	l.SetImmediate(func() { panic(42) })
	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, 42, pe.Value)
	require.Nil(t, pe.Unwrap())

	l.SetImmediate(func() { panic(nil) })
	err = l.Run()
	require.ErrorAs(t, err, &pe)
	var pn *runtime.PanicNilError
	require.ErrorAs(t, err, &pn)
}

func TestPanicInsideNextTick(t *testing.T) {
	t.Run("default", func(t *testing.T) {
		l, _ := newFakeLoop(t)
		var tr trace
		l.NextTick(func() { tr.add("t1"); panic("in a tick") })
		l.NextTick(tr.fn("t2"))
		l.QueueMicrotask(tr.fn("m1"))
		l.SetImmediate(tr.fn("immediate"))
		err := l.Run()
		var pe *PanicError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, "in a tick", pe.Value)
		require.Equal(t, []string{"t1"}, tr.ev)
		run(t, l)
		require.Equal(t, []string{"t1", "t2", "m1", "immediate"}, tr.ev)
	})
	t.Run("handled", func(t *testing.T) {
		// As in Node: the drain stops at the panicking tick; what is
		// left runs after the next callback that completes.
		var tr trace
		l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { tr.add("handled %v", v) }))
		l.NextTick(func() { tr.add("t1"); panic("x") })
		l.NextTick(tr.fn("t2"))
		l.QueueMicrotask(func() { tr.add("m1"); panic("y") })
		l.QueueMicrotask(tr.fn("m2, after a panicking microtask"))
		l.SetImmediate(tr.fn("immediate"))
		run(t, l)
		require.Equal(t, []string{
			"t1", "handled x",
			"immediate", "t2", "m1", "handled y", "m2, after a panicking microtask",
		}, tr.ev)
	})
	t.Run("handled, nothing else queued", func(t *testing.T) {
		// The empty immediate queued after a handled panic drains what
		// the failed tick left behind.
		var tr trace
		l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { tr.add("handled %v", v) }))
		l.NextTick(func() { tr.add("t1"); panic("x") })
		l.NextTick(tr.fn("t2"))
		run(t, l)
		require.Equal(t, []string{"t1", "handled x", "t2"}, tr.ev)
	})
}

func TestPanicHandlerAndTheOrderAfterAHandledPanic(t *testing.T) {
	t.Parallel()
	// The order of test/conformance/loop/uncaught_order.js, in short.
	var tr trace
	var stacks [][]byte
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, stack []byte) {
		tr.add("handled %v", v)
		stacks = append(stacks, stack)
	}))
	l.SetImmediate(func() {
		tr.add("imm1")
		l.NextTick(tr.fn("tick queued by imm1"))
		panic("i1")
	})
	l.SetImmediate(tr.fn("imm2"))
	l.SetImmediate(tr.fn("imm3"))
	run(t, l)
	require.Equal(t, []string{"imm1", "handled i1", "imm2", "tick queued by imm1", "imm3"}, tr.ev)
	require.Len(t, stacks, 1)
	require.Contains(t, string(stacks[0]), "TestPanicHandlerAndTheOrderAfterAHandledPanic")
}

func TestPanicInThePanicHandlerEndsRun(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { panic(fmt.Sprintf("handler failed on %v", v)) }))
	var tr trace
	l.SetImmediate(func() { panic("first") })
	l.SetImmediate(tr.fn("second"))
	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "handler failed on first", pe.Value)
	require.Empty(t, tr.ev)
	run(t, l)
	require.Equal(t, []string{"second"}, tr.ev)
}

func TestPanicsInEveryKindOfCallbackAreHandled(t *testing.T) {
	t.Parallel()
	var got []any
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { got = append(got, v) }))
	l.QueuePending(func() { panic("pending") })
	remove := l.AddPrepare(func() { panic("prepare") })
	l.SetImmediate(func() { remove(); panic("immediate") })
	l.QueueClose(func() { panic("close") })
	l.SetTimeout(func() { panic("timer") }, ms(1))
	require.NoError(t, l.Post(func() { panic("posted") }))
	l.QueueMicrotask(func() { panic("microtask") })
	run(t, l)
	require.Equal(t, []any{"microtask", "pending", "prepare", "posted", "immediate", "close", "timer"}, got)
}

// thrownErr stands for events.UnhandledError.
type thrownErr struct{ err error }

func (e *thrownErr) Error() string          { return e.err.Error() }
func (e *thrownErr) Unwrap() error          { return e.err }
func (e *thrownErr) UncaughtReason() string { return "unhandled 'error' event" }

func TestAnUnhandledErrorEventSaysSo(t *testing.T) {
	boom := errors.New("connect ECONNREFUSED 127.0.0.1:1")
	l := newLoop(t)
	l.SetImmediate(func() { panic(&thrownErr{boom}) })
	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "eventloop: unhandled 'error' event: connect ECONNREFUSED 127.0.0.1:1", err.Error())
	require.Same(t, boom, pe.Value, "the value is the error itself")
	require.Equal(t, "unhandled 'error' event", pe.Reason)
	require.ErrorIs(t, err, boom)

	var got any
	l2 := newLoop(t, WithPanicHandler(func(v any, _ []byte) { got = v }))
	l2.SetImmediate(func() { panic(&thrownErr{boom}) })
	require.NoError(t, l2.Run())
	require.Same(t, boom, got, "the panic handler gets the error itself, as Node's uncaughtException listener")
}
