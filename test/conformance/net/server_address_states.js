// server.listening and server.address() at each step: null before listen,
// null while a host lookup is pending, {address, family, port} while
// listening, null after close.
const net = require('net');
const s = net.createServer();
const show = (step) => {
  const a = s.address();
  console.log(step, s.listening, a === null ? null : `${a.address} ${a.family} ${typeof a.port} ${a.port > 0}`,
    a === null ? '' : Object.keys(a).join(','));
};
show('created');
s.on('listening', () => show('listening event'));
s.listen(0, '127.0.0.1', () => {
  show('listen cb');
  s.close(() => show('close cb'));
  show('after close()');
});
show('after listen()');
process.nextTick(() => show('next tick'));
