// Listener counts matter to a socket as in Node: a first 'data' listener
// starts the flow, a 'readable' listener switches to paused mode, Node's own
// listeners (the socket's 'end' listener) are counted; without an 'error'
// listener an error is uncaught, and process 'uncaughtException' gets the
// very error object the socket holds; destroy(err) hands err back as is.
const net = require('net');
const fresh = new net.Socket();
console.log('fresh', fresh.eventNames(), fresh.listenerCount('end'), fresh.listenerCount('data'));
fresh.destroy();

let phase = 0;
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', origin, err.code, err === lastSocket.errored, err instanceof Error);
});
let lastSocket;
const server = net.createServer((sock) => {
  sock.end('x'.repeat(10));
});
const steps = [
  () => {
    const c = lastSocket = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', () => {
      console.log('flowing before data listener', c.readableFlowing);
      const onData = (d) => console.log('data', d.length, c.readableFlowing);
      c.on('data', onData);
      console.log('flowing after data listener', c.readableFlowing, c.listenerCount('data'));
      c.on('end', () => {
        c.removeListener('data', onData);
        console.log('end; data listeners', c.listenerCount('data'), 'end listeners', c.listenerCount('end'));
      });
      c.on('close', next);
    });
  },
  () => {
    const c = lastSocket = net.connect(server.address().port, '127.0.0.1');
    c.on('readable', function onReadable() {
      let chunk;
      while ((chunk = c.read()) !== null) console.log('read', chunk.length, c.readableFlowing);
    });
    console.log('readable mode', c.readableFlowing);
    c.on('end', () => console.log('readable end'));
    c.on('close', next);
  },
  () => {
    const err = new Error('mine');
    err.code = 'EMINE';
    const c = lastSocket = new net.Socket();
    c.on('error', (e) => console.log('error listener', e === err, e.code));
    c.on('close', (hadError) => { console.log('close', hadError, c.errored === err); next(); });
    c.destroy(err);
  },
  () => {
    // No 'error' listener: the refusal is uncaught.
    const c = lastSocket = net.connect(1, '127.0.0.1');
    c.on('close', (h) => { console.log('refused close', h); next(); });
  },
  () => {
    // once() listeners are removed after firing: 'error' listener removed,
    // so the second error is uncaught.
    const c = lastSocket = new net.Socket();
    c.once('error', (e) => console.log('once error', e.message, c.listenerCount('error')));
    c.emit('error', new Error('first'));
    c.removeAllListeners('close');
    c.on('close', (h) => { console.log('destroyed close', h); next(); });
    c.destroy(Object.assign(new Error('second'), { code: 'ESECOND' }));
  },
  () => {
    server.close(() => console.log('done'));
  },
];
function next() { steps[phase++](); }
server.listen(0, '127.0.0.1', next);
