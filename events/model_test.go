package events_test

// TestEmitterModel (a property test: many random sequences from a fixed
// seed) and FuzzEmitter (the same runner driven by the fuzz input) apply
// random sequences of On, PrependListener, Once, PrependOnceListener, Off,
// RemoveAllListeners and Emit to an Emitter and to a simple model written
// here, and compare after every step: which listeners each emit called and
// in what order, Emit's result, Listeners, RawListeners (once wrappers),
// ListenerCount (with and without a listener) and EventNames. The first
// listener an emit calls may change the emitter while the emit runs (add,
// prepend, once, remove, remove all, or emit again): as Node defines it,
// the listeners of an emit are fixed when it starts, a listener removed
// meanwhile is still called by that emit, one added is not, and a once
// listener runs at most once even when a nested emit reaches it first.
// Off removes the last registration of the listener in list order.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/nodenet/nodenet/events"
)

var modelEvents = []string{"a", "b", "c"}

const modelListeners = 4

// modelListener is a listener object: its identity is the pointer.
type modelListener struct {
	id int
	h  *harness
}

func (l *modelListener) CallListener(...any) { l.h.called(l.id, &l.h.realTrace, &l.h.realPending) }

// reg is one registration in the model.
type reg struct {
	id    int
	once  bool
	fired *bool // shared by the registration's copies in emit snapshots
}

type harness struct {
	t  testing.TB
	e  *events.Emitter
	ls []*modelListener

	// the model
	regs  map[string][]reg
	names []string // event names in first-listener order

	realTrace, modelTrace     []string
	realPending, modelPending func()
}

func newHarness(t testing.TB) *harness {
	h := &harness{t: t, e: &events.Emitter{}, regs: map[string][]reg{}}
	h.e.SetMaxListeners(0)
	for i := range modelListeners {
		h.ls = append(h.ls, &modelListener{id: i, h: h})
	}
	return h
}

func (h *harness) called(id int, trace *[]string, pending *func()) {
	*trace = append(*trace, fmt.Sprint(id))
	if p := *pending; p != nil {
		*pending = nil
		p()
	}
}

// model operations

func (h *harness) mAdd(ev string, id int, once, prepend bool) {
	r := reg{id: id, once: once, fired: new(bool)}
	if len(h.regs[ev]) == 0 {
		h.names = append(h.names, ev)
	}
	if prepend {
		h.regs[ev] = append([]reg{r}, h.regs[ev]...)
	} else {
		h.regs[ev] = append(h.regs[ev], r)
	}
}

func (h *harness) mRemoveAt(ev string, i int) {
	h.regs[ev] = slices.Delete(h.regs[ev], i, i+1)
	if len(h.regs[ev]) == 0 {
		delete(h.regs, ev)
		h.names = slices.DeleteFunc(h.names, func(n string) bool { return n == ev })
	}
}

func (h *harness) mOff(ev string, id int) {
	rs := h.regs[ev]
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].id == id {
			h.mRemoveAt(ev, i)
			return
		}
	}
}

func (h *harness) mRemoveAll(ev string) {
	if ev == "" {
		h.regs = map[string][]reg{}
		h.names = nil
		return
	}
	if len(h.regs[ev]) > 0 {
		delete(h.regs, ev)
		h.names = slices.DeleteFunc(h.names, func(n string) bool { return n == ev })
	}
}

func (h *harness) mEmit(ev string) bool {
	snap := slices.Clone(h.regs[ev])
	for _, r := range snap {
		if r.once {
			if *r.fired {
				continue
			}
			*r.fired = true
			for i, x := range h.regs[ev] {
				if x.fired == r.fired {
					h.mRemoveAt(ev, i)
					break
				}
			}
		}
		h.called(r.id, &h.modelTrace, &h.modelPending)
	}
	return len(snap) > 0
}

// op applies one operation, coded in three bytes, to both.
func (h *harness) op(kind, a, b byte) {
	ev := modelEvents[int(a)%len(modelEvents)]
	id := int(a/4) % modelListeners
	l := h.ls[id]
	switch kind % 8 {
	case 0, 1:
		h.e.On(ev, l)
		h.mAdd(ev, id, false, false)
	case 2:
		h.e.PrependListener(ev, l)
		h.mAdd(ev, id, false, true)
	case 3:
		h.e.Once(ev, l)
		h.mAdd(ev, id, true, false)
	case 4:
		h.e.PrependOnceListener(ev, l)
		h.mAdd(ev, id, true, true)
	case 5:
		h.e.Off(ev, l)
		h.mOff(ev, id)
	case 6:
		if b%4 == 0 {
			h.e.RemoveAllListeners()
			h.mRemoveAll("")
		} else {
			h.e.RemoveAllListeners(ev)
			h.mRemoveAll(ev)
		}
	case 7:
		// b picks what the first listener called does meanwhile.
		ev2 := modelEvents[int(b/8)%len(modelEvents)]
		id2 := int(b/32) % modelListeners
		l2 := h.ls[id2]
		switch b % 8 {
		case 1:
			h.realPending = func() { h.e.On(ev2, l2) }
			h.modelPending = func() { h.mAdd(ev2, id2, false, false) }
		case 2:
			h.realPending = func() { h.e.PrependListener(ev2, l2) }
			h.modelPending = func() { h.mAdd(ev2, id2, false, true) }
		case 3:
			h.realPending = func() { h.e.Once(ev2, l2) }
			h.modelPending = func() { h.mAdd(ev2, id2, true, false) }
		case 4, 5:
			h.realPending = func() { h.e.Off(ev2, l2) }
			h.modelPending = func() { h.mOff(ev2, id2) }
		case 6:
			h.realPending = func() { h.e.RemoveAllListeners(ev2) }
			h.modelPending = func() { h.mRemoveAll(ev2) }
		case 7:
			h.realPending = func() { h.realTrace = append(h.realTrace, "emit "+ev2, fmt.Sprint(h.e.Emit(ev2))) }
			h.modelPending = func() { h.modelTrace = append(h.modelTrace, "emit "+ev2, fmt.Sprint(h.mEmit(ev2))) }
		}
		h.realTrace = append(h.realTrace, "emit "+ev)
		h.modelTrace = append(h.modelTrace, "emit "+ev)
		var got bool
		if b&0x80 != 0 {
			got = events.Emit0(h.e, ev)
		} else {
			got = h.e.Emit(ev, "arg")
		}
		want := h.mEmit(ev)
		h.realPending, h.modelPending = nil, nil
		h.realTrace = append(h.realTrace, fmt.Sprint(got))
		h.modelTrace = append(h.modelTrace, fmt.Sprint(want))
	}
	h.compare(kind, a, b)
}

func (h *harness) compare(kind, a, b byte) {
	h.t.Helper()
	fail := func(format string, args ...any) {
		h.t.Helper()
		h.t.Fatalf("after op %d/%d/%d: "+format, append([]any{kind % 8, a, b}, args...)...)
	}
	if !slices.Equal(h.realTrace, h.modelTrace) {
		fail("calls %v, model %v", h.realTrace, h.modelTrace)
	}
	h.realTrace, h.modelTrace = h.realTrace[:0], h.modelTrace[:0]
	if got := h.e.EventNames(); !slices.Equal(got, h.names) && len(got)+len(h.names) > 0 {
		fail("EventNames %v, model %v", got, h.names)
	}
	for _, ev := range modelEvents {
		var want, got []string
		for _, r := range h.regs[ev] {
			want = append(want, fmt.Sprint(r.id, r.once))
		}
		for _, l := range h.e.RawListeners(ev) {
			if w, ok := l.(*events.OnceWrapper); ok {
				got = append(got, fmt.Sprint(w.Listener.(*modelListener).id, true))
			} else {
				got = append(got, fmt.Sprint(l.(*modelListener).id, false))
			}
		}
		if !slices.Equal(got, want) {
			fail("RawListeners(%q) %v, model %v", ev, got, want)
		}
		plain := h.e.Listeners(ev)
		if len(plain) != len(want) || h.e.ListenerCount(ev) != len(want) {
			fail("Listeners(%q) has %d, ListenerCount %d, model %d", ev, len(plain), h.e.ListenerCount(ev), len(want))
		}
		for i, l := range plain {
			if l.(*modelListener).id != h.regs[ev][i].id {
				fail("Listeners(%q)[%d] is %d", ev, i, l.(*modelListener).id)
			}
		}
		for id, l := range h.ls {
			n := 0
			for _, r := range h.regs[ev] {
				if r.id == id {
					n++
				}
			}
			if c := h.e.ListenerCount(ev, l); c != n {
				fail("ListenerCount(%q, %d) = %d, model %d", ev, id, c, n)
			}
		}
	}
}

func runModel(t testing.TB, ops []byte) {
	h := newHarness(t)
	for i := 0; i+2 < len(ops); i += 3 {
		h.op(ops[i], ops[i+1], ops[i+2])
	}
}

func TestEmitterModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2026))
	for range 2000 {
		ops := make([]byte, 3*(1+rng.IntN(60)))
		for i := range ops {
			ops[i] = byte(rng.UintN(256))
		}
		runModel(t, ops)
	}
}

func FuzzEmitter(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 4, 0, 2, 8, 0, 7, 0, 0, 7, 0, 0})        // on, once, prepend, emit twice
	f.Add([]byte{0, 0, 0, 0, 4, 0, 7, 0, 4 | 0, 7, 0, 0})             // emit whose first listener removes another
	f.Add([]byte{3, 0, 0, 3, 4, 0, 7, 0, 7, 7, 0, 0})                 // nested emit reaches a once listener first
	f.Add([]byte{0, 0, 0, 0, 1, 0, 0, 0, 0, 5, 0, 0, 6, 1, 1})        // duplicates, off, remove all of one
	f.Add([]byte{0, 0, 0, 7, 0, 1, 7, 0, 3, 7, 0, 0x80 | 6, 6, 0, 0}) // adds during emit, Emit0, remove all
	f.Fuzz(func(t *testing.T, ops []byte) {
		runModel(t, ops)
	})
}
