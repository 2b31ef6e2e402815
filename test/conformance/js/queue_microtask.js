// queueMicrotask joins the Promise job queue after the nextTick queue.
'use strict';
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  process.nextTick(() => console.log('tick from microtask'));
  queueMicrotask(() => console.log('microtask from microtask'));
});
Promise.resolve().then(() => console.log('promise 2'));
try {
  queueMicrotask('nope');
} catch (e) {
  console.log(e.code, e.message);
}
console.log('main end');
