package script

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
)

func TestCPUUsage(t *testing.T) {
	out, code := runScript(t, nil, `
const a = process.cpuUsage();
const d = process.cpuUsage(a);
console.log(typeof a.user, typeof a.system, a.user >= 0, d.user >= 0, d.system >= 0,
  process.cpuUsage.name, process.cpuUsage.length);
for (const bad of [5, { user: 'x', system: 0 }, { user: -1, system: 0 }, { user: 1, system: Infinity }]) {
  try { process.cpuUsage(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}`)
	require.Equal(t, 0, code)
	require.Equal(t, `number number true true true cpuUsage 1
TypeError ERR_INVALID_ARG_TYPE The "prevValue" argument must be of type object. Received type number (5)
TypeError ERR_INVALID_ARG_TYPE The "prevValue.user" property must be of type number. Received type string ('x')
RangeError ERR_INVALID_ARG_VALUE The property 'prevValue.user' is invalid. Received -1
RangeError ERR_INVALID_ARG_VALUE The property 'prevValue.system' is invalid. Received Infinity
`, out)
}

func TestTimeoutsForgottenOnceDone(t *testing.T) {
	// The core binding keeps only live timers: fired and cleared ones are
	// dropped (refresh() arms a new one).
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer loop.Close()
	var out bytes.Buffer
	h, err := New(loop, Options{Stdout: &out, Stderr: &out})
	require.NoError(t, err)
	defer h.Close()
	code, err := h.RunMainString("[eval]", `
let n = 0, rFires = 0;
for (let i = 0; i < 100; i++) setTimeout(() => { n++; }, 1);
const c = setTimeout(() => {}, 5); clearTimeout(c);
const r = setTimeout(() => {
  n++;
  if (++rFires === 2) setImmediate(() => console.log('done', n));
}, 1);
const iv = setInterval(() => { if (++n > 101) { clearInterval(iv); r.refresh(); } }, 1);`)
	require.NoError(t, err)
	require.Equal(t, 0, code)
	require.Equal(t, "done 103\n", out.String())
	live := h.Call(h.h.Binding("core").Get("liveTimers"), goja.Undefined())
	require.Equal(t, int64(0), live.ToInteger())
}

func TestHostFindsGojaJobQueue(t *testing.T) {
	// Idle reads goja's job queue; should goja change the field, the
	// timers lose their shared frame: fail here rather than slow down.
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer loop.Close()
	h, err := New(loop, Options{})
	require.NoError(t, err)
	defer h.Close()
	require.True(t, h.Idle(), "Idle is false when the job queue was not found")
	var during bool
	h.Runtime().Set("probe", func(goja.FunctionCall) goja.Value { during = h.Idle(); return goja.Undefined() })
	_, err = h.Runtime().RunString("Promise.resolve().then(() => {}); probe()")
	require.NoError(t, err)
	require.False(t, during, "a queued Promise job is not idle")
	require.True(t, h.Idle())
}

func TestTimeoutLimitsSayWhy(t *testing.T) {
	// A Timeout keeps its own properties in Go: string keys only, and it
	// stays extensible. What it cannot do fails with a message that says
	// so, not the engine's words.
	out, code := runScript(t, nil, `'use strict';
const t = setTimeout(() => {}, 1);
for (const f of [() => { t[Symbol('s')] = 1; }, () => Object.freeze(t)]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.message); }
}
t.x = 1;
console.log(t.x, Object.keys(t).includes('x'));
clearTimeout(t);`)
	require.Equal(t, 0, code)
	require.Equal(t, `TypeError Cannot define a Symbol property on a Timeout or an Immediate: nodenet keeps their properties in Go
TypeError Cannot freeze, seal or prevent extensions of a Timeout or an Immediate: nodenet keeps their properties in Go
1 true
`, out)
}
