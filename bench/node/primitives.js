'use strict';
// Throughput of a JavaScript host's primitives, one line each as
// `name: N /s, M /cpu-s` (per second of wall time and per second of the
// process's CPU time, which a loaded machine disturbs less): nextTick callbacks, timers scheduled and fired, Promise
// jobs, emit to one listener, util.inspect of a small object,
// Buffer.from(string).toString('hex'), and Buffer's readUInt32BE and
// writeUInt32BE. Run it under node and under nodenet
// (bench/cmd/primitives does both, interleaved, and compares them).
const EventEmitter = require('events');
const util = require('util');

const N = Number(process.argv[2] ?? 300000);

// (a host without process.cpuUsage prints the wall-time figure only)
const cpuUsage = typeof process.cpuUsage === 'function' ? process.cpuUsage : () => undefined;
let cpuStart = cpuUsage();
function report(name, n, start) {
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = cpuStart && cpuUsage(cpuStart);
  if (!cpu) {
    console.log(`${name}: ${Math.round(n / s)} /s`);
    return;
  }
  const cs = (cpu.user + cpu.system) / 1e6;
  console.log(`${name}: ${Math.round(n / s)} /s, ${Math.round(n / cs)} /cpu-s`);
}

function ticks(done) {
  let n = 0;
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  function tick() {
    if (++n === N) {
      report('nextTick', N, start);
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
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  function fire() {
    if (++fired === M) {
      report('timers', M, start);
      setImmediate(done);
    }
  }
  for (let i = 0; i < M; i++) setTimeout(fire, 1 + (i % 10));
}

function promises(done) {
  let n = 0;
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  function step() {
    if (++n === N) {
      report('promise jobs', N, start);
      setImmediate(done);
      return;
    }
    Promise.resolve().then(step);
  }
  step();
}

function emit(done) {
  const e = new EventEmitter();
  let got = 0;
  e.on('data', (x) => { got += x; });
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) e.emit('data', 1);
  if (got !== N) throw new Error('emit lost events');
  report('emit', N, start);
  setImmediate(done);
}

function inspect(done) {
  const M = Math.max(1, Math.floor(N / 10));
  const obj = { a: 1, b: 'two', c: [1, 2, 3], d: { e: null, f: true, g: { h: 'deep' } } };
  let len = 0;
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) len += util.inspect(obj).length;
  if (len === 0) throw new Error('inspect printed nothing');
  report('util.inspect', M, start);
  setImmediate(done);
}

function hex(done) {
  const M = Math.max(1, Math.floor(N / 3));
  const str = 'hello, nodenet: a short string of some 48 bytes';
  let len = 0;
  cpuStart = cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) len += Buffer.from(str).toString('hex').length;
  if (len !== M * 2 * Buffer.byteLength(str)) throw new Error('hex length');
  report('Buffer hex', M, start);
  setImmediate(done);
}

// fixedWidth times Buffer's fixed-width integer methods in a loop at
// offsets spread over a 1 KiB buffer: a read (readUInt32BE) and a write
// (writeUInt32BE).
function fixedWidth(done) {
  const M = Math.max(1, Math.round(N * 20 / 3));
  const b = Buffer.alloc(1024);
  let sum = 0;
  cpuStart = cpuUsage();
  let start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) sum += b.readUInt32BE((i * 4) & 1015);
  if (sum !== 0) throw new Error('readUInt32BE of zeros');
  report('readUInt32BE', M, start);
  cpuStart = cpuUsage();
  start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) sum += b.writeUInt32BE(i, (i * 4) & 1015);
  if (b.readUInt32BE(1012) === 0) throw new Error('writeUInt32BE wrote nothing');
  report('writeUInt32BE', M, start);
  setImmediate(done);
}

const steps = [ticks, timers, promises, emit, inspect, hex, fixedWidth];
let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
})();
