'use strict';
// performance.mark and performance.measure given odd arguments: which
// start, end and duration a measure takes (a positional start only as a
// mark's name), Node's option errors, negative timestamps, and detail
// cloned. Times past the fixed marks print as NOW.
const { performance } = require('perf_hooks');
performance.mark('m1', { startTime: 3 });
performance.mark('m2', { startTime: 10 });
const fmt = (x) => ([0, 1, 2, 3, 5, 7, 8, 10].includes(x) || Number.isNaN(x) ? String(x) : "NOW");
const show = (m) => `start=${fmt(m.startTime)} end=${fmt(m.startTime + m.duration)} detail=${JSON.stringify(m.detail)}`;
const t = (label, f) => { try { console.log(label, show(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const cases = [
  ['pos start 5', ['q', 5]], ['pos start -1', ['q', -1]], ['pos start true', ['q', true]], ['pos start null', ['q', null]],
  ['pos start m1', ['q', 'm1']], ['pos start nope', ['q', 'nope']], ['pos start m1 end m2', ['q', 'm1', 'm2']],
  ['pos end 5', ['q', undefined, 5]], ['pos end -1', ['q', undefined, -1]], ['pos end m2', ['q', undefined, 'm2']], ['pos end true', ['q', undefined, true]],
  ['pos start m1 end 7', ['q', 'm1', 7]], ['pos start 5 end m2', ['q', 5, 'm2']],
  ['opts start 5', ['q', { start: 5 }]], ['opts start 5 end 7', ['q', { start: 5, end: 7 }]], ['opts start m1 end m2', ['q', { start: 'm1', end: 'm2' }]],
  ['opts start -1', ['q', { start: -1 }]], ['opts end -1', ['q', { end: -1 }]], ['opts start true', ['q', { start: true }]],
  ['opts start m1 dur 2', ['q', { start: 'm1', duration: 2 }]], ['opts dur 2 end 7', ['q', { duration: 2, end: 7 }]], ['opts dur 2 end m2', ['q', { duration: 2, end: 'm2' }]],
  ['opts dur x', ['q', { start: 1, duration: 'x' }]], ['opts dur -1', ['q', { start: 1, duration: -1 }]], ['opts only dur', ['q', { duration: 2 }]],
  ['opts start end dur', ['q', { start: 1, end: 5, duration: 2 }]], ['opts {} endMark', ['q', {}, 'm2']], ['opts start + endMark', ['q', { start: 1 }, 'm2']],
  ['opts detail', ['q', { detail: { a: 1 } }]], ['opts detail fn', ['q', { detail: () => {} }]], ['opts detail only', ['q', { detail: 1 }, 'm2']],
  ['opts end only', ['q', { end: 7 }]], ['opts end+endMark', ['q', { end: 7 }, 'm2']], ['opts dur+endMark', ['q', { duration: 1 }, 'm2']],
  ['opts start null', ['q', { start: null }]], ['opts start undefined end undefined', ['q', { start: undefined, end: undefined }]],
];
for (const [label, args] of cases) t(label, () => performance.measure(...args));
for (const o of [null, undefined, 0, 'x', true, [], () => {}, {}, { startTime: 0 }, { startTime: -1 }, { startTime: 'x' }, { startTime: NaN }, { startTime: null }, { detail: () => {} }, { detail: Symbol('x') }, { detail: { a: [1] } }]) {
  t('mark ' + (typeof o === 'function' ? 'fn' : JSON.stringify(o)), () => performance.mark('n', o));
}
