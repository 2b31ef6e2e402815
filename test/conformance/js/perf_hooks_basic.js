'use strict';
const { performance, PerformanceMark } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.now(), performance.now() >= 0, performance.now() < 60000);
const a = performance.now();
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const b = performance.now();
console.log(b >= a, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const m = performance.mark('start', { detail: { k: 1 } });
console.log(m instanceof PerformanceMark, m.name, m.entryType, m.duration, m.detail, typeof m.startTime);
performance.mark('end');
const ms = performance.measure('span', 'start', 'end');
console.log(ms.name, ms.entryType, ms.duration >= 0, performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('span').length);
performance.clearMarks();
console.log(performance.getEntriesByType('mark').length, performance.getEntries().length, Object.prototype.toString.call(performance));
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
