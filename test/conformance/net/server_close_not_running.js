// close() on a server that never listened: 'close' is still emitted (on the
// next tick) and the callback gets ERR_SERVER_NOT_RUNNING. Closing a closed
// server does the same; closing twice while listening too.
const net = require('net');
const s = net.createServer();
s.on('close', () => console.log('s: close event'));
const r = s.close((err) => console.log('s: cb1', err.name, err.code, err.message));
console.log('s: close returned', r === s);
s.close();
process.nextTick(() => console.log('tick'));
const t = net.createServer();
t.on('close', () => console.log('t: close event'));
t.listen(0, '127.0.0.1', () => {
  t.close((err) => console.log('t: cb1', err));
  t.close((err) => console.log('t: cb2', err && err.code));
  console.log('t: closed twice', t.listening);
});
