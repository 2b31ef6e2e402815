'use strict';
// A Socket passes its options on to EventEmitter (captureRejections), as
// Node's does through Duplex; a Server does not. The 'error' a captured
// rejection emits (from a nextTick queued by a Promise job) comes before
// the unhandled rejection of the same turn is reported.
const net = require('net');

process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));

const s = new net.Socket({ captureRejections: true });
s.on('error', (e) => console.log('socket error', e.message));
s.on('foo', async () => { throw new Error('from socket listener'); });
s.emit('foo');

const srv = new net.Server({ captureRejections: true });
srv.on('error', (e) => console.log('server error', e.message));
srv.on('foo', async () => { throw new Error('from server listener'); });
srv.emit('foo');

try {
  new net.Socket({ captureRejections: 'yes' });
} catch (e) {
  console.log(e.code, e.message);
}

Promise.reject(new Error('plain rejection'));
Promise.resolve().then(() => process.nextTick(() => console.log('tick from a job')));
setTimeout(() => {
  s.destroy();
  console.log('done');
}, 20);
