// destroy() on a socket that never connected: no handle, so 'close'(false)
// comes on the next tick; destroy() twice is harmless; write() after it
// fails with ERR_STREAM_DESTROYED; connect() after destroy reuses it.
const net = require('net');
const c = new net.Socket();
c.on('close', (h) => console.log('close', h === true, c.destroyed, c.readyState, c.pending));
c.on('error', (e) => console.log('error', e.code, e.message));
c.destroy();
console.log('destroyed', c.destroyed, c.readyState, c.pending, c.readable, c.writable);
c.destroy();
const r = c.write('x', (e) => console.log('write cb', e.code, e.message));
console.log('write returned', r);
c.end((e) => console.log('end cb', e && e.code));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
