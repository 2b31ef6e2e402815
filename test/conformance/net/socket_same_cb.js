// Synchronously completed writes that share one callback function are
// called back together in one tick (Node counts them); distinct callbacks
// get one tick each, so another nextTick can run between them.
const net = require('net');
const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => { sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const shared = () => console.log('shared cb');
    c.write('a', shared);
    process.nextTick(() => console.log('tick 1'));
    c.write('b', shared);
    process.nextTick(() => console.log('tick 2'));
    c.write('c', () => console.log('own cb c'));
    process.nextTick(() => console.log('tick 3'));
    c.write('d', () => console.log('own cb d'));
    process.nextTick(() => console.log('tick 4'));
    c.write('e', shared);
    c.end();
  });
  c.on('close', () => console.log('close'));
});
