package eventloop

import (
	"testing"

	"github.com/stretchr/testify/require"
)

type argTimer struct {
	name string
	log  *[]string
	t    *Timer
}

func fireArg(a any) {
	at := a.(*argTimer)
	*at.log = append(*at.log, at.name)
	if at.name == "interval" && len(*at.log) >= 3 {
		at.t.Close()
	}
}

func TestArgTimersRunInNodesOrderWithTheirArgument(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var log []string
	b := &argTimer{name: "b", log: &log}
	a := &argTimer{name: "a", log: &log}
	iv := &argTimer{name: "interval", log: &log}
	b.t = l.SetTimeoutArg(fireArg, b, ms(5))
	a.t = l.SetTimeoutArg(fireArg, a, ms(2))
	iv.t = l.SetIntervalArg(fireArg, iv, ms(3))
	require.Same(t, b, b.t.Arg())
	require.False(t, a.t.Repeat())
	require.True(t, iv.t.Repeat())
	run(t, l)
	require.Equal(t, []string{"a", "interval", "b", "interval"}, log)
	require.True(t, a.t.Destroyed())
	require.False(t, a.t.Closed(), "fired, not cleared")
	require.True(t, iv.t.Closed())
}

func TestTimerByIDAndNewTimerID(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	x := l.SetTimeout(func() {}, ms(5))
	id := x.ID()
	require.Same(t, x, l.TimerByID(id))
	fresh := l.NewTimerID()
	require.Greater(t, fresh, id)
	require.Nil(t, l.TimerByID(fresh))
	l.ClearTimeoutID(id)
	require.Nil(t, l.TimerByID(id))
	require.True(t, x.Closed())
	run(t, l)
}

func TestImmediateArgRunsInOrderWithItsArgument(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var log []string
	add := func(a any) { log = append(log, *a.(*string)) }
	one, two, three := "one", "two", "three"
	l.SetImmediateArg(add, &one)
	cleared := l.SetImmediateArg(add, &two)
	l.SetImmediate(func() { log = append(log, "plain") })
	l.SetImmediateArg(add, &three)
	cleared.Clear()
	run(t, l)
	require.Equal(t, []string{"one", "plain", "three"}, log)
}
