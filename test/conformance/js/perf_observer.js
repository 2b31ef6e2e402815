'use strict';
// PerformanceObserver: entries come in batches from one immediate (after
// ticks, microtasks and timers already due), every observer with entries
// in the order it got its first; buffered: true replays the timeline;
// takeRecords empties the buffer; disconnect stops delivery; errors.
const { performance, PerformanceObserver, PerformanceObserverEntryList, PerformanceMark } = require('perf_hooks');

console.log(PerformanceObserver.supportedEntryTypes, PerformanceObserver === globalThis.PerformanceObserver,
  PerformanceMark === globalThis.PerformanceMark);
const obs = new PerformanceObserver((list, observer) => {
  console.log('obs', list instanceof PerformanceObserverEntryList, observer === obs, this === undefined,
    list.getEntries().map((e) => `${e.entryType}:${e.name}`), list.getEntriesByName('m4').length,
    list.getEntriesByType('measure').map((e) => e.name), list.getEntriesByName('m4', 'measure').length);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('span', 'm1', 'm2');
console.log('takeRecords', obs.takeRecords().map((e) => e.name), obs.takeRecords().length);
performance.mark('m3');
console.log(require('util').inspect(obs).replace(/\n\s*/g, ' '));
process.nextTick(() => {
  console.log('tick');
  performance.mark('m4');
  performance.measure('m4', 'm3', 'm4');
});
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => {
  console.log('immediate');
  performance.mark('m5');
  setImmediate(() => {
    obs.disconnect();
    performance.mark('m6');
    console.log('disconnected');
  });
});

const late = new PerformanceObserver((list) => console.log('late', list.getEntries().map((e) => e.name)));
late.observe({ type: 'mark', buffered: true });
const measures = new PerformanceObserver((list) => console.log('measures', list.getEntries().map((e) => e.name)));
measures.observe({ type: 'measure' });

for (const bad of [undefined, {}, { entryTypes: 'mark' }, { type: 'mark', entryTypes: ['mark'] }, { entryTypes: ['nope'] }, { type: 'nope' }, 1]) {
  const o = new PerformanceObserver(() => {});
  try {
    o.observe(bad);
    console.log('ok');
    o.disconnect();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { new PerformanceObserver(1); } catch (e) { console.log(e.name, e.code, e.message); }
const f = performance.timerify(function work(a) { return a * 2; });
console.log(f.name, f.length, f(21), performance.timerify(f) === f || f.name);
