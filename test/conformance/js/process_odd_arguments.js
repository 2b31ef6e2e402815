'use strict';
// process.hrtime's time must have exactly two entries; process.cpuUsage's
// previous value is refused past the largest safe integer.
function E(e) { return `${e.name} ${e.code} ${e.message}`; }
for (const t of [[], [1], [1, 2, 3], { length: 2 }]) {
  try { console.log('hrtime', process.hrtime(t).length); } catch (e) { console.log('hrtime', E(e)); }
}
for (const u of [2 ** 53 - 1, 2 ** 53, 1e300, -0]) {
  for (const k of ['user', 'system']) {
    const prev = { user: 0, system: 0 };
    prev[k] = u;
    try { console.log('cpuUsage', k, Object.keys(process.cpuUsage(prev)).join()); } catch (e) { console.log('cpuUsage', E(e)); }
  }
}
