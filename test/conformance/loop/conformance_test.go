// Package loop_test re-enacts the event-loop scenarios of this directory
// (NAME.js, run by real Node to record NAME.golden) with the Go API of
// package eventloop, and checks that the Go trace is byte for byte the one
// real Node printed. Each scenario runs twice: on the real clock and on a
// FakeClock, where the busy-waits of the scripts become clock advances.
package loop_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/poller"
	"github.com/nodenet/nodenet/test/conformance"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// env is what a re-enactment works with: the loop, console.log, a busy
// wait, process.on('exit').
type env struct {
	t      *testing.T
	clock  *eventloop.FakeClock // nil on the real clock
	loop   *eventloop.Loop
	out    bytes.Buffer
	onExit []func()
}

// newLoop creates the scenario's loop (on the env's clock) with opts.
func (e *env) newLoop(opts ...eventloop.Option) *eventloop.Loop {
	if e.clock != nil {
		opts = append(opts, eventloop.WithClock(e.clock))
	}
	l, err := eventloop.New(opts...)
	require.NoError(e.t, err)
	e.loop = l
	return l
}

// log is console.log of one string.
func (e *env) log(format string, a ...any) {
	fmt.Fprintf(&e.out, format, a...)
	e.out.WriteByte('\n')
}

// busy blocks the loop for d, as the scripts' busy-wait loops do.
func (e *env) busy(d time.Duration) {
	if e.clock != nil {
		e.clock.Advance(d)
		return
	}
	time.Sleep(d)
}

// exit registers a process.on('exit') listener: it runs once Run returns.
func (e *env) exit(fn func()) { e.onExit = append(e.onExit, fn) }

// pipe returns a pipe, closed at the end of the test.
func (e *env) pipe() (r, w *os.File) {
	r, w, err := os.Pipe()
	require.NoError(e.t, err)
	e.t.Cleanup(func() {
		r.Close()
		w.Close()
	})
	return r, w
}

// readFile stands for fs.readFile: an I/O request whose callback runs in
// the poll phase. It makes a pipe readable and watches it; the request
// keeps the loop alive until the callback.
func (e *env) readFile(r, w *os.File, cb func()) {
	l := e.loop
	_, err := w.Write([]byte{'x'})
	require.NoError(e.t, err)
	l.BeginRequest()
	fd := int(r.Fd())
	var wt *eventloop.Watcher
	wt, err = l.Watch(fd, func(poller.Event) {
		var b [1]byte
		_, err := r.Read(b[:])
		require.NoError(e.t, err)
		require.NoError(e.t, wt.Close())
		l.EndRequest()
		cb()
	})
	require.NoError(e.t, err)
	wt.SetInterest(poller.Read)
}

const ms = time.Millisecond

// scenarios maps each NAME.js of this directory to its re-enactment.
var scenarios = map[string]func(e *env){
	"io_immediate_first": func(e *env) {
		l := e.newLoop()
		r, w := e.pipe()
		rounds := 0
		var round func()
		round = func() {
			e.readFile(r, w, func() {
				rounds++
				n := rounds
				e.log("io callback %d", n)
				l.SetTimeout(func() {
					e.log("timeout 0 (round %d)", n)
					if n < 3 {
						round()
					}
				}, 0)
				l.SetImmediate(func() { e.log("immediate (round %d)", n) })
				l.NextTick(func() { e.log("tick (round %d)", n) })
				l.QueueMicrotask(func() { e.log("microtask (round %d)", n) })
			})
		}
		round()
		e.log("main end")
	},

	"ticks_before_microtasks": func(e *env) {
		l := e.newLoop()
		l.QueueMicrotask(func() { e.log("promise 1") })
		l.QueueMicrotask(func() { e.log("microtask 1") })
		l.NextTick(func() {
			e.log("tick 1")
			l.NextTick(func() { e.log("tick 3 (queued by tick 1)") })
			l.QueueMicrotask(func() { e.log("microtask 3 (queued by tick 1)") })
		})
		l.NextTick(func() { e.log("tick 2") })
		l.QueueMicrotask(func() { e.log("microtask 2") })
		l.SetTimeout(func() {
			e.log("timeout")
			l.QueueMicrotask(func() { e.log("microtask queued by the timeout") })
			l.NextTick(func() { e.log("tick queued by the timeout") })
		}, 5*ms)
		e.log("main end")
	},

	"tick_from_microtask": func(e *env) {
		l := e.newLoop()
		l.QueueMicrotask(func() {
			e.log("m1")
			l.NextTick(func() {
				e.log("t1 (queued by m1)")
				l.QueueMicrotask(func() { e.log("m4 (queued by t1)") })
				l.NextTick(func() { e.log("t2 (queued by t1)") })
			})
			l.QueueMicrotask(func() { e.log("m3 (queued by m1)") })
		})
		l.QueueMicrotask(func() { e.log("m2") })
		e.log("main end")
	},

	"microtask_tick_microtask": func(e *env) {
		l := e.newLoop()
		l.QueueMicrotask(func() {
			e.log("m1")
			l.NextTick(func() {
				e.log("t1 (from m1)")
				l.QueueMicrotask(func() {
					e.log("m3 (from t1)")
					l.NextTick(func() { e.log("t3 (from m3)") })
					l.QueueMicrotask(func() { e.log("m4 (from m3)") })
				})
				l.NextTick(func() { e.log("t2 (from t1)") })
			})
		})
		l.QueueMicrotask(func() { e.log("m2 (a promise job)") })
		l.NextTick(func() { e.log("t0") })
		l.SetImmediate(func() {
			e.log("immediate")
			l.QueueMicrotask(func() {
				e.log("m5 (from the immediate)")
				l.NextTick(func() { e.log("t4 (from m5)") })
			})
		})
		e.log("main end")
	},

	"timers_order": func(e *env) {
		l := e.newLoop()
		l.SetTimeout(func() { e.log("10 ms a") }, 10*ms)
		l.SetTimeout(func() { e.log("5 ms a") }, 5*ms)
		l.SetTimeout(func() { e.log("10 ms b") }, 10*ms)
		l.SetTimeout(func() { e.log("0 ms (means 1)") }, 0)
		l.SetTimeout(func() { e.log("1 ms") }, 1*ms)
		l.SetTimeout(func() { e.log("30 ms") }, 30*ms)
		l.SetTimeout(func() { e.log("5 ms b") }, 5*ms)
		var iv *eventloop.Timer
		iv = l.SetInterval(func() { e.log("20 ms interval"); l.ClearInterval(iv) }, 20*ms)
		l.SetTimeout(func() { e.log("20 ms timeout, after the interval") }, 20*ms)
		e.log("main end")
	},

	"timers_late": func(e *env) {
		l := e.newLoop()
		l.SetTimeout(func() { e.log("a: 2 ms, armed at 0 (expires 2)") }, 2*ms)
		e.busy(10 * ms)
		l.SetTimeout(func() { e.log("b: 1 ms, armed at 10 (expires 11)") }, 1*ms)
		l.SetTimeout(func() { e.log("A: 30 ms, armed at 10 (expires 40)") }, 30*ms)
		e.busy(10 * ms)
		l.SetTimeout(func() { e.log("B: 30 ms, armed at 20 (expires 50)") }, 30*ms)
		l.SetTimeout(func() { e.log("C: 25 ms, armed at 20 (expires 45)") }, 25*ms)
		e.busy(60 * ms)
		e.log("main end at 80")
	},

	"unref_timer": func(e *env) {
		l := e.newLoop()
		never := l.SetTimeout(func() { e.log("never: unref'd") }, 10000*ms)
		never.Unref()
		e.log("never.hasRef() %v", never.HasRef())
		n := 0
		iv := l.SetInterval(func() { n++ }, 2*ms)
		iv.Unref()
		im := l.SetImmediate(func() { e.log("unref'd immediate: runs once the poll returns") })
		im.Unref()
		e.log("im.hasRef() %v", im.HasRef())
		l.SetTimeout(func() { e.log("ref'd 30 ms timeout; the unref'd interval ran: %v", n > 0) }, 30*ms)
		again := l.SetTimeout(func() { e.log("re-ref'd 40 ms timeout") }, 40*ms)
		again.Unref()
		again.Ref()
		e.log("again.hasRef() %v", again.HasRef())
		e.exit(func() {
			e.log("exit")
			// Node exits with these armed; a Go program clears them
			// so that Close proves nothing else leaked.
			never.Close()
			iv.Close()
		})
	},

	"clear_interval_inside": func(e *env) {
		l := e.newLoop()
		n := 0
		var iv *eventloop.Timer
		iv = l.SetInterval(func() {
			n++
			i := n
			e.log("interval %d", i)
			l.NextTick(func() { e.log("tick after interval %d", i) })
			if n == 3 {
				l.ClearInterval(iv)
				e.log("cleared inside its own callback")
				l.SetTimeout(func() { e.log("timeout after the clear; interval count %d", n) }, 20*ms)
			}
		}, 5*ms)
		e.exit(func() { e.log("exit with n=%d", n) })
	},

	"refresh": func(e *env) {
		l := e.newLoop()
		fired := 0
		var t *eventloop.Timer
		t = l.SetTimeout(func() {
			fired++
			e.log("timeout fired %d", fired)
			if fired == 1 {
				l.SetImmediate(func() {
					e.log("refresh after it fired: armed again, hasRef %v", t.HasRef())
					t.Refresh()
				})
			}
			if fired == 2 {
				u := l.SetTimeout(func() { e.log("never: closed") }, 10*ms)
				u.Close()
				u.Refresh()
				e.log("closed then refreshed: hasRef %v", u.HasRef())
			}
		}, 200*ms)
		l.SetTimeout(func() {
			l.SetTimeout(func() { e.log("armed before the refresh, same delay") }, 200*ms)
			e.log("refresh at 120")
			t.Refresh()
		}, 120*ms)
		e.exit(func() { e.log("exit, fired %d times", fired) })
	},

	"immediate_from_immediate": func(e *env) {
		l := e.newLoop()
		l.SetImmediate(func() {
			e.log("A")
			l.SetImmediate(func() {
				e.log("B (queued by A)")
				l.SetImmediate(func() { e.log("D (queued by B)") })
			})
			l.NextTick(func() { e.log("tick queued by A") })
		})
		l.SetImmediate(func() {
			e.log("C")
			l.SetImmediate(func() { e.log("E (queued by C)") })
		})
		e.log("main end")
	},

	"timer_in_timer_phase": func(e *env) {
		l := e.newLoop()
		l.SetTimeout(func() {
			e.log("timeout")
			l.SetTimeout(func() { e.log("0 ms timeout armed by the timeout") }, 0)
			e.busy(5 * ms)
			l.SetImmediate(func() { e.log("immediate armed by the timeout") })
			l.NextTick(func() { e.log("tick armed by the timeout") })
		}, 1*ms)
	},

	"interval_next_tick": func(e *env) {
		l := e.newLoop()
		n := 0
		var iv *eventloop.Timer
		iv = l.SetInterval(func() {
			n++
			i := n
			e.log("interval %d", i)
			l.NextTick(func() { e.log("tick %d", i) })
			l.QueueMicrotask(func() { e.log("microtask %d", i) })
			l.QueueMicrotask(func() {
				e.log("promise %d", i)
				l.NextTick(func() { e.log("tick from promise %d", i) })
			})
			if i == 3 {
				l.ClearInterval(iv)
			}
		}, 2*ms)
	},

	"clear_immediate": func(e *env) {
		l := e.newLoop()
		a := l.SetImmediate(func() { e.log("never: cleared by the main script") })
		l.ClearImmediate(a)
		e.log("a.hasRef() after clear %v", a.HasRef())
		var c *eventloop.Immediate
		l.SetImmediate(func() {
			e.log("B clears C, queued after it")
			l.ClearImmediate(c)
		})
		c = l.SetImmediate(func() { e.log("never: cleared by B") })
		var d *eventloop.Immediate
		d = l.SetImmediate(func() {
			e.log("D, hasRef inside its callback %v", d.HasRef())
			l.ClearImmediate(d)
		})
		l.SetImmediate(func() {
			e.log("E")
			l.ClearImmediate(d)
			l.ClearImmediate(nil)
			e.log("d.hasRef() after it ran %v", d.HasRef())
		})
		e.log("main end")
	},

	"nested_phases": func(e *env) {
		l := e.newLoop()
		l.SetTimeout(func() {
			e.log("timers: T1")
			l.NextTick(func() { e.log("tick after T1") })
			l.QueueMicrotask(func() { e.log("microtask after T1") })
			l.SetImmediate(func() {
				e.log("check: I1")
				l.NextTick(func() {
					e.log("tick after I1")
					l.SetImmediate(func() { e.log("check: I3 (queued by a tick of I1: next iteration)") })
				})
				l.SetImmediate(func() { e.log("check: I2 (next iteration)") })
				l.SetTimeout(func() {
					e.log("timers: T2")
					l.SetImmediate(func() { e.log("check: I4 (queued by T2)") })
					l.NextTick(func() { e.log("tick after T2") })
				}, 20*ms)
			})
			l.NextTick(func() { e.log("tick 2 after T1") })
		}, 1*ms)
	},

	"timers_same_delay_phases": func(e *env) {
		l := e.newLoop()
		l.SetTimeout(func() {
			e.log("timers: T")
			l.SetImmediate(func() {
				e.log("check: I")
				l.SetTimeout(func() { e.log("5 ms armed in check") }, 5*ms)
			})
			l.QueueMicrotask(func() { l.SetTimeout(func() { e.log("5 ms armed in a microtask") }, 5*ms) })
			l.NextTick(func() { l.SetTimeout(func() { e.log("5 ms armed in a tick") }, 5*ms) })
			l.SetTimeout(func() { e.log("5 ms armed in timers") }, 5*ms)
		}, 1*ms)
		l.SetTimeout(func() { e.log("1 ms b (same list as T)") }, 1*ms)
	},

	"uncaught_order": func(e *env) {
		l := e.newLoop(eventloop.WithPanicHandler(func(v any, _ []byte) {
			e.log("caught %v", v.(error).Error())
		}))
		l.NextTick(func() { e.log("t1"); panic(errors.New("x")) })
		l.NextTick(func() { e.log("t2") })
		l.QueueMicrotask(func() { e.log("m1"); panic(errors.New("y")) })
		l.QueueMicrotask(func() { e.log("m2") })
		l.SetTimeout(func() {
			l.SetImmediate(func() {
				e.log("imm1")
				l.NextTick(func() { e.log("tick queued by imm1") })
				panic(errors.New("i1"))
			})
			l.SetImmediate(func() { e.log("imm2") })
			l.SetImmediate(func() { e.log("imm3") })
			l.SetTimeout(func() { e.log("T1"); panic(errors.New("T1")) }, 5*ms)
			l.SetTimeout(func() { e.log("T2") }, 5*ms)
		}, 1*ms)
		e.log("main end")
	},

	"timeout_warning": func(e *env) {
		l := e.newLoop(eventloop.WithWarningHandler(func(name, msg string) {
			b, err := json.Marshal(msg)
			require.NoError(e.t, err)
			e.log("warning %s: %s", name, b)
		}))
		l.NextTick(func() { e.log("tick before") })
		l.SetTimeout(func() { e.log("overflowed timeout fired (1 ms)") }, 1<<31*ms)
		l.NextTick(func() { e.log("tick after") })
		l.SetTimeout(func() { e.log("negative timeout fired (1 ms)") }, -5*ms)
		l.SetTimeout(func() {}, -10*ms)
		iv := l.SetInterval(func() {}, time.Duration((1<<31+0.5)*float64(ms)))
		l.ClearInterval(iv)
		e.log("main end")
	},

	"timer_ids": func(e *env) {
		l := e.newLoop()
		a := l.SetTimeout(func() { e.log("never: cleared by id") }, 10*ms)
		l.ClearTimeoutID(a.ID())
		b := l.SetTimeout(func() { e.log("b fired") }, 200*ms)
		idb := b.ID()
		l.SetTimeout(func() {
			b.Refresh()
			l.ClearTimeoutID(idb)
			e.log("b refreshed; the old id no longer clears it; same id: %v", b.ID() == idb)
		}, 400*ms)
		n := 0
		var iv *eventloop.Timer
		iv = l.SetInterval(func() {
			n++
			e.log("interval %d", n)
			if n == 2 {
				l.ClearTimeoutID(iv.ID())
			}
		}, 3*ms)
		l.ClearTimeoutID(123456789)
	},
}

func TestScenarios(t *testing.T) {
	names := make([]string, 0, len(scenarios))
	for name := range scenarios {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			for _, clock := range []string{"real clock", "fake clock"} {
				t.Run(clock, func(t *testing.T) {
					e := &env{t: t}
					if clock == "fake clock" {
						e.clock = eventloop.NewFakeClock()
					}
					scenarios[name](e)
					require.NoError(t, e.loop.Run())
					for _, fn := range e.onExit {
						fn()
					}
					require.NoError(t, e.loop.Close(), "the scenario leaked")
					conformance.Check(t, ".", name, e.out.Bytes())
				})
			}
		})
	}
}

// TestEveryScriptHasAReenactment keeps the scripts and the Go side in step.
func TestEveryScriptHasAReenactment(t *testing.T) {
	scripts, err := filepath.Glob("*.js")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(scripts), 10)
	for _, s := range scripts {
		name := strings.TrimSuffix(s, ".js")
		require.Contains(t, scenarios, name, "no Go re-enactment of %s", s)
		_, err := os.Stat(name + ".golden")
		require.NoError(t, err, "no golden file for %s", s)
	}
	require.Len(t, scenarios, len(scripts), "a re-enactment without its script")
}
