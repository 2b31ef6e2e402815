'use strict';
// Histograms: createHistogram's values (three significant figures: min the
// low end of its bucket, max and percentile the high end, mean and stddev
// over bucket middles, the percentiles walk), errors; monitorEventLoopDelay's
// shape and what is certain about its samples; eventLoopUtilization's shape.
const { createHistogram, monitorEventLoopDelay, performance } = require('perf_hooks');
const util = require('util');

const r = createHistogram();
console.log(r.constructor.name, Object.getPrototypeOf(r.constructor).name, util.inspect(r));
console.log(r.count, r.min, r.max, r.mean, r.stddev, r.exceeds, r.percentile(50), r.percentiles, r.minBigInt, r.countBigInt);
r.record(5);
r.record(10);
r.record(10n);
r.record(1000);
console.log(r.count, r.min, r.max, r.mean, r.stddev, r.percentile(50), r.percentile(100), r.percentiles,
  r.minBigInt, r.maxBigInt, r.percentileBigInt(50), r.percentilesBigInt);
console.log(r.toJSON());
for (const v of [0, '1', 1.5, -1n, 2 ** 53]) {
  try { r.record(v); console.log('recorded', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of [0, 101, 'a']) {
  try { r.percentile(p); } catch (e) { console.log(e.name, e.code, e.message); }
}
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let t = 0; t < 6; t++) {
  const h = createHistogram();
  const n = 1 + Math.floor(rnd() * 40);
  for (let i = 0; i < n; i++) h.record(1 + Math.floor(Math.exp(rnd() * 30)));
  console.log(h.count, h.min, h.max, h.mean, h.stddev, h.percentile(1), h.percentile(50), h.percentile(99.9),
    [...h.percentiles].join(' '));
}
const a = createHistogram();
const b = createHistogram({ lowest: 1000, highest: 1e9 });
a.record(5);
b.record(123456);
b.record(2e9);
a.add(b);
console.log(a.count, a.min, a.max, a.exceeds, b.count, b.exceeds, b.min, b.max, b.percentiles);
try { a.add(1); } catch (e) { console.log(e.name, e.code, e.message); }
a.reset();
console.log(a.count, a.min, a.max, a.mean, a.percentiles);
a.recordDelta();
a.recordDelta();
console.log(a.count);
for (const o of [{ lowest: 0 }, { lowest: 10, highest: 5 }, { figures: 6 }, 1]) {
  try { createHistogram(o); } catch (e) { console.log(e.name, e.code, e.message); }
}

const h = monitorEventLoopDelay({ resolution: 5 });
console.log(h.constructor.name, Object.getPrototypeOf(h.constructor).name, h.count, h.min, h.max, h.mean,
  h.stddev, h.exceeds, h.percentile(50), h.percentiles, h.minBigInt);
console.log(h.enable(), h.enable(), h.disable(), h.disable());
for (const bad of [1, { resolution: 0 }, { resolution: 'x' }, { resolution: 1.5 }]) {
  try { monitorEventLoopDelay(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const elu = performance.eventLoopUtilization();
console.log(Object.keys(elu), elu.idle >= 0, elu.active >= 0, elu.utilization >= 0 && elu.utilization <= 1,
  Object.keys(performance.toJSON()));
h.enable();
let n = 0;
const iv = setInterval(() => {
  if (++n < 6) return;
  clearInterval(iv);
  h.disable();
  console.log(h.count > 0, h.min > 1e6, h.max >= h.min, h.mean >= h.min, h.percentile(50) >= h.min,
    h.percentiles instanceof Map, h.percentiles.get(100) <= h.max, h.exceeds);
  const d = performance.eventLoopUtilization(elu);
  console.log(d.idle + d.active > 0, d.utilization >= 0 && d.utilization <= 1);
  h.reset();
  console.log(h.count);
}, 10);
