// worker_threads: a Worker runs source (eval: true) or a file on its own
// thread; workerData and messages cross as structured clones; 'online'
// comes before the first message, 'exit' carries the exit code
// (process.exit in the worker, 1 after an uncaught exception, which is an
// 'error' on the Worker, or after terminate()); a worker blocked in
// Atomics.wait does not block its parent and can be terminated.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (!isMainThread) {
  // This file as a worker: answer with what it sees, then exit.
  parentPort.once('message', (m) => {
    parentPort.postMessage({ isMainThread, threadId: threadId > 0, workerData, got: m });
  });
  return;
}

const steps = [];
const next = () => { const s = steps.shift(); if (s) s(); };

console.log('main', isMainThread, threadId, parentPort, workerData);

steps.push(() => {
  const cyc = { name: 'cyc' };
  cyc.self = cyc;
  const data = {
    n: [1, -0, NaN, Infinity, 2n ** 70n], s: 'text', u: undefined, nil: null,
    map: new Map([['k', { v: 1 }]]), set: new Set([1, 'two']), date: new Date(0), re: /a+b/gi,
    bytes: new Uint8Array([1, 2, 3]), buf: Buffer.from('hi'), f64: new Float64Array([1.5]),
    err: new RangeError('bad', { cause: 'why' }), cyc, boxed: [Object(1), Object('s')],
  };
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.on('message', (m) => {
      if (m === 'done') { parentPort.close(); return; }
      parentPort.postMessage({ back: m, workerData });
    });`, { eval: true, workerData: data });
  const seen = [];
  w.on('online', () => seen.push('online'));
  w.on('message', (m) => {
    seen.push('message');
    console.log('echo', m.back);
    const d = m.workerData;
    console.log('workerData', d.n, Object.is(d.n[1], -0), d.s, 'u' in d, d.u, d.nil);
    console.log('workerData', d.map, d.set, d.date.toISOString(), d.re, d.bytes, d.f64);
    console.log('buffer becomes', Object.getPrototypeOf(d.buf) === Uint8Array.prototype, d.buf);
    console.log('error', d.err instanceof RangeError, d.err.message, d.err.cause);
    console.log('cycle', d.cyc.self === d.cyc, d.cyc.name, typeof d.boxed[0], d.boxed[1] instanceof String);
    w.postMessage('done');
  });
  w.on('exit', (code) => {
    console.log('exit', code, seen.join(' '), w.threadId);
    next();
  });
  w.postMessage([1, { a: 'b' }]);
  try {
    w.postMessage({ f() {} });
  } catch (e) {
    console.log('postMessage function throws', e.name, e.message);
  }
});

steps.push(() => {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('file worker', m));
  w.on('exit', (code) => { console.log('file worker exit', code); next(); });
  w.postMessage('ping');
});

steps.push(() => {
  const w = new Worker('process.exit(3)', { eval: true });
  w.on('exit', (code) => { console.log('process.exit in worker', code); next(); });
});

steps.push(() => {
  const w = new Worker('throw new TypeError("thrown in worker")', { eval: true });
  w.on('error', (e) => console.log('error event', e instanceof TypeError, e.message));
  w.on('exit', (code) => { console.log('after throw', code); next(); });
});

steps.push(() => {
  const w = new Worker(`
    require('worker_threads').parentPort.postMessage('blocking');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);`, { eval: true });
  w.on('message', (m) => {
    console.log('worker says', m);
    const t = setTimeout(() => console.log('main loop still runs'), 20);
    setTimeout(() => {
      w.terminate().then((code) => { console.log('terminated', code); next(); });
    }, 50);
    return t;
  });
  w.on('exit', (code) => console.log('blocked worker exit', code));
});

steps.push(() => {
  const w = new Worker('for (;;) {}', { eval: true });
  w.unref();
  setTimeout(() => console.log('unref\'d busy worker does not keep the process'), 10);
});

next();
