'use strict';
// Loop throughput of a JavaScript host: nextTick callbacks per second and
// timers scheduled and fired per second. Run it under node and under
// nodenet: `node bench/node/loop.js` / `nodenet bench/node/loop.js`.
const N = Number(process.argv[2] ?? 1e6);

function ticks(done) {
  let n = 0;
  const start = process.hrtime.bigint();
  function tick() {
    if (++n === N) {
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(`nextTick: ${Math.round(N / s)} /s`);
      setImmediate(done);
      return;
    }
    process.nextTick(tick);
  }
  process.nextTick(tick);
}

function timers(done) {
  const M = Math.min(N, 200000);
  let fired = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) {
    setTimeout(() => {
      if (++fired === M) {
        const s = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`timers: ${Math.round(M / s)} /s`);
        done();
      }
    }, 1 + (i % 10));
  }
}

function promises(done) {
  let n = 0;
  const start = process.hrtime.bigint();
  function step() {
    if (++n === N) {
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(`promise jobs: ${Math.round(N / s)} /s`);
      done();
      return;
    }
    Promise.resolve().then(step);
  }
  step();
}

ticks(() => timers(() => promises(() => {})));
