'use strict';
// A worker's parentPort is a MessagePort (an EventTarget): onmessage gets
// MessageEvents, addEventListener works, and the worker ends once no
// 'message' listener is left (onmessage = null counts as none).
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort, MessagePort } = require('worker_threads');
  parentPort.postMessage(['is MessagePort', parentPort instanceof MessagePort, parentPort instanceof EventTarget]);
  parentPort.onmessage = (ev) => {
    parentPort.postMessage(['onmessage', ev.data, ev.constructor.name, ev.target === parentPort]);
    parentPort.onmessage = null;
    setImmediate(() => {
      parentPort.addEventListener('message', function l(ev) {
        parentPort.postMessage(['addEventListener', ev.data]);
        parentPort.removeEventListener('message', l);
        parentPort.once('message', (m) => parentPort.postMessage(['once', m]));
      });
      parentPort.postMessage(['listening again']);
    });
  };
`, { eval: true });
let n = 0;
w.on('message', (m) => {
  console.log(m);
  if (m[0] !== 'once') w.postMessage(`msg${++n}`);
});
w.on('exit', (c) => console.log('exit', c));
