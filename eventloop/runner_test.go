package eventloop

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// frameRunner is a Runner like a JavaScript host: a frame per Run, its
// microtasks run when the frame returns; with idle set it reports when it
// has none (IdleReporter).
type frameRunner struct {
	frames int
	micro  []func()
	tr     *trace
	idle   bool
}

func (r *frameRunner) Run(fn func()) {
	r.frames++
	r.tr.ev = append(r.tr.ev, fmt.Sprintf("[frame %d", r.frames))
	fn()
	r.tr.ev = append(r.tr.ev, "]")
	for len(r.micro) > 0 {
		m := r.micro[0]
		r.micro = r.micro[1:]
		m()
	}
}

func (r *frameRunner) QueueMicrotask(fn func()) { r.micro = append(r.micro, fn) }

// idleRunner adds Idle to frameRunner.
type idleRunner struct{ *frameRunner }

func (r idleRunner) Idle() bool { return len(r.micro) == 0 }

func TestRunnerRunsDueTimersOfAListInOneFrameWhileIdle(t *testing.T) {
	for _, idle := range []bool{false, true} {
		t.Run(fmt.Sprint("idle=", idle), func(t *testing.T) {
			var tr trace
			fr := &frameRunner{tr: &tr}
			var r Runner = fr
			if idle {
				r = idleRunner{fr}
			}
			l, c := newFakeLoop(t, WithRunner(r))
			l.SetTimeout(tr.fn("a"), ms(5))
			l.SetTimeout(func() {
				tr.ev = append(tr.ev, "b")
				l.NextTick(tr.fn("tick of b"))
			}, ms(5))
			l.SetTimeout(tr.fn("c"), ms(5))
			l.SetTimeout(func() {
				tr.ev = append(tr.ev, "d")
				l.QueueMicrotask(tr.fn("microtask of d"))
			}, ms(5))
			l.SetTimeout(tr.fn("e"), ms(5))
			l.SetTimeout(tr.fn("f"), ms(5))
			l.SetTimeout(tr.fn("later list"), ms(6))
			c.Advance(ms(10))
			run(t, l)
			if !idle {
				require.Equal(t, []string{
					"[frame 1", "a", "]", "[frame 2", "b", "tick of b", "]", "[frame 3", "c", "]",
					"[frame 4", "d", "]", "microtask of d", "[frame 5", "e", "]", "[frame 6", "f", "]",
					"[frame 7", "later list", "]",
				}, tr.ev)
				return
			}
			// One frame until a callback leaves ticks (they run in the
			// frame, which then ends) or microtasks (they run after it);
			// a new list gets a frame of its own.
			require.Equal(t, []string{
				"[frame 1", "a", "b", "tick of b", "]", "[frame 2", "c", "d", "]", "microtask of d",
				"[frame 3", "e", "f", "]", "[frame 4", "later list", "]",
			}, tr.ev)
		})
	}
}

func TestRunnerRunsImmediatesInOneFrameWhileIdle(t *testing.T) {
	var tr trace
	fr := &frameRunner{tr: &tr}
	l, _ := newFakeLoop(t, WithRunner(idleRunner{fr}))
	l.SetImmediate(tr.fn("a"))
	l.SetImmediate(func() {
		tr.ev = append(tr.ev, "b")
		l.NextTick(tr.fn("tick of b"))
	})
	c := l.SetImmediate(tr.fn("cleared"))
	l.SetImmediate(func() {
		tr.ev = append(tr.ev, "d")
		l.QueueMicrotask(tr.fn("microtask of d"))
		l.SetImmediate(tr.fn("next iteration"))
	})
	l.SetImmediateArg(func(a any) { tr.ev = append(tr.ev, a.(string)) }, "e")
	c.Clear()
	run(t, l)
	require.Equal(t, []string{
		"[frame 1", "a", "b", "tick of b", "]", "[frame 2", "d", "]", "microtask of d",
		"[frame 3", "e", "]", "[frame 4", "next iteration", "]",
	}, tr.ev)
}
