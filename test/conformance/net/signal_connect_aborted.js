// new net.Socket({signal}) with a signal that is already aborted: the
// socket is destroyed inside the constructor with an AbortError whose
// cause is the signal's reason ('error' and 'close' follow on later
// ticks), and no connection is made.
const net = require('net');

function show(name, s) {
  s.on('error', (e) => {
    const c = e.cause;
    console.log(name + ': error', e.name, e.code, e.message);
    console.log(name + ': cause', c.name, c.message, c instanceof DOMException ? 'DOMException ' + c.code : 'Error');
  });
  s.on('close', (h) => console.log(name + ': close', h === true, s.destroyed, s.readyState));
}

const a = new net.Socket({ signal: AbortSignal.abort() });
console.log('a: created', a.destroyed, a.readyState, a.connecting);
show('a', a);

const b = new net.Socket({ signal: AbortSignal.abort(new Error('no longer needed')) });
console.log('b: created', b.destroyed, b.readyState);
show('b', b);

const ac = new AbortController();
ac.abort(new RangeError('out of range'));
const c = new net.Socket({ signal: ac.signal });
show('c', c);
console.log('c: created', c.destroyed, c.errored === null ? null : c.errored.code);
process.nextTick(() => console.log('next tick'));
setImmediate(() => console.log('immediate'));
