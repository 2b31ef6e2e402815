'use strict';
// BroadcastChannel within one thread: a message reaches the other channels
// of the same name (not the sender, not other names) as a MessageEvent;
// a closed channel refuses to post.
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('x');
const b = new BroadcastChannel('x');
const c = new BroadcastChannel('x');
const other = new BroadcastChannel('y');
console.log(a.name, BroadcastChannel === globalThis.BroadcastChannel, require('util').inspect(a));
a.onmessage = () => console.log('never: the sender');
other.onmessage = () => console.log('never: another name');
b.onmessage = (e) => console.log('b', e.data, e.constructor.name, e.target === b);
c.addEventListener('message', (e) => {
  console.log('c', e.data, typeof c.on);
  for (const ch of [a, b, c, other]) ch.close();
  try { a.postMessage('late'); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(require('util').inspect(a));
});
a.postMessage({ hi: [1, 2] });
try { a.postMessage(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('posted');
