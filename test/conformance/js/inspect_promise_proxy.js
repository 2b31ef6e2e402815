// util.inspect of promises in each state and of proxies.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
process.on('unhandledRejection', () => {});
log(Promise.resolve(3)); log(Promise.reject(new Error('no').message)); log(new Promise(() => {}));
log(Promise.resolve({ a: [1] })); log(Promise.resolve('x'), { compact: false });
log({ p: Promise.resolve(Promise.resolve(1)) });
class MyPromise extends Promise {}
log(MyPromise.resolve(2));
log(new Proxy({ a: 1 }, {})); log(new Proxy({ a: 1 }, { get() { return 5; } }));
log(new Proxy({ a: 1 }, {}), { showProxy: true }); log(new Proxy([1], {}), { showProxy: true, depth: 0 });
log({ nested: new Proxy([1, 2], {}) });
const r = Proxy.revocable({}, {});
r.revoke();
log(r.proxy);
log(new Proxy(function target() {}, {}));
