'use strict';
// MessageChannel delivery order: each message is its own callback of the
// poll phase (ticks and microtasks run between two messages; an immediate
// queued before the post in the check phase runs after it), ports start on
// a 'message' listener, onmessage or start(), 'close' reaches both ports
// (the closer's first, ports closed together last first), a started port
// keeps the process alive until closed or unref'd.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

console.log(MessageChannel === globalThis.MessageChannel, MessagePort === globalThis.MessagePort);
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, Object.keys(new MessageChannel()));
port2.on('message', (m) => {
  console.log('message', m);
  process.nextTick(() => console.log('tick after', m));
  Promise.resolve().then(() => console.log('microtask after', m));
});
port1.postMessage({ a: 1 });
port1.postMessage('two');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => {
  console.log('immediate');
  setImmediate(() => console.log('immediate queued before the post'));
  port1.postMessage('three');
  setImmediate(step2);
});

function step2() {
  // queued messages wait for start; receiveMessageOnPort takes them first
  const c = new MessageChannel();
  c.port1.postMessage('q1');
  c.port1.postMessage('q2');
  c.port1.postMessage('q3');
  console.log(receiveMessageOnPort(c.port2), receiveMessageOnPort(c.port2));
  c.port2.onmessage = (ev) => {
    console.log('onmessage', ev.constructor.name, ev.data, ev.target === c.port2, ev.ports, ev.origin);
    c.port2.close();
  };
  console.log(c.port2.onmessage !== null);
  const d = new MessageChannel();
  d.port2.addEventListener('message', (ev) => console.log('addEventListener', ev.data));
  d.port1.postMessage('via addEventListener');
  const e = new MessageChannel();
  e.port2.start();
  e.port2.once('message', (m) => console.log('once', m));
  e.port1.postMessage('first');
  e.port1.postMessage('second (no listener left)');
  setImmediate(() => setImmediate(() => setImmediate(() => step3([d, e]))));
}

function step3(channels) {
  const b = new MessageChannel();
  b.port1.on('close', () => console.log('b1 close (closer, not started)'));
  b.port2.on('close', () => console.log('b2 close (peer, not started)'));
  const c = new MessageChannel();
  c.port2.on('message', () => {});
  c.port2.on('close', () => console.log('c2 close (peer, started)'));
  c.port1.on('close', () => console.log('c1 close (closer, not started)'));
  b.port1.close();
  c.port1.close();
  c.port1.close();
  c.port1.postMessage('after close: dropped');
  for (const ch of channels) ch.port1.close();
  // the first channel's started port2 keeps the process alive: close it
  // from a timer long after everything else ran.
  setTimeout(() => {
    console.log('closing the first channel');
    port2.close();
  }, 30);
  port2.on('close', () => console.log('port2 close'));
  port1.on('close', () => console.log('port1 close'));
  // an unref'd started port does not keep the process alive
  const u = new MessageChannel();
  u.port2.on('message', () => console.log('never'));
  u.port2.unref();
}
