'use strict';
// An async generator built from a sync generator function, for library
// code that Node writes as `async function*` (goja has no async
// generators). In the body, `yield kAwait(p)` stands for `await p` and a
// plain `yield v` for `yield v`. Requests (next/return/throw) queue and run
// one at a time, as the AsyncGenerator objects of the language do.

const {
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SymbolAsyncIterator,
} = primordials;

class Await {
  constructor(value) { this.value = value; }
}

function kAwait(value) {
  return new Await(value);
}

const AsyncGeneratorPrototype = ObjectSetPrototypeOf({
  [SymbolAsyncIterator]() { return this; },
}, primordials.AsyncIteratorPrototype);

function makeAsyncGenerator(genFn, thisArg, args) {
  const gen = ReflectApply(genFn, thisArg, args);
  const queue = [];
  let running = false;

  function settle(ok, value) {
    const req = queue.shift();
    running = false;
    if (ok) req.resolve(value);
    else req.reject(value);
    resume();
  }

  function step(kind, value) {
    let r;
    try {
      r = gen[kind](value);
    } catch (err) {
      settle(false, err);
      return;
    }
    if (!r.done && r.value instanceof Await) {
      PromisePrototypeThen(PromiseResolve(r.value.value),
                           (v) => step('next', v), (e) => step('throw', e));
      return;
    }
    PromisePrototypeThen(PromiseResolve(r.value),
                         (v) => settle(true, { value: v, done: r.done }),
                         (e) => (r.done ? settle(false, e) : step('throw', e)));
  }

  function resume() {
    if (running || queue.length === 0) return;
    running = true;
    const { kind, value } = queue[0];
    step(kind, value);
  }

  function request(kind, value) {
    return new Promise((resolve, reject) => {
      queue.push({ kind, value, resolve, reject });
      resume();
    });
  }

  const it = {
    __proto__: AsyncGeneratorPrototype,
    next(value) { return request('next', value); },
    return(value) { return request('return', value); },
    throw(err) { return request('throw', err); },
  };
  return it;
}

module.exports = { kAwait, makeAsyncGenerator, PromiseReject };
