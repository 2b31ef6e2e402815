// An exception thrown by a listener called from the socket's I/O goes to
// process 'uncaughtException' and the socket goes on working, as in Node.
const net = require('net');
let n = 0;
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const server = net.createServer((s) => {
  s.on('data', (d) => { n++; console.log('server data', d.toString()); if (n === 1) throw new Error('boom in data'); s.write(d); });
  s.on('end', () => { console.log('server end'); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('one');
    setTimeout(() => c.write('two'), 50);
    setTimeout(() => c.end(), 100);
  });
  c.on('data', (d) => { console.log('client data', d.toString()); throw new Error('boom in client'); });
  c.on('close', () => console.log('client close'));
});
