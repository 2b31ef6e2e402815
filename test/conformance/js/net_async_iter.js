// Async iteration of a server yields the sockets it accepts, in order,
// queued until asked for; return() stops it (its listeners go), an 'error'
// rejects the pending next(), and 'close' ends it.
// Node 26's net.Server has no async iterator: under Node this script uses
// events.on(server, 'connection', { close: ['close'] }) (which yields
// [socket]), so the golden records what the iteration must do.
const net = require('net');
const events = require('events');
const key = Symbol.asyncIterator || Symbol.for('nodejs.asyncIterator');
function iterate(server) {
  if (typeof server[key] === 'function') return server[key]();
  const it = events.on(server, 'connection', { close: ['close'] });
  return {
    next: () => it.next().then((r) => (r.done ? r : { value: r.value[0], done: false })),
    return: () => it.return(),
  };
}
const server = net.createServer();
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const it = iterate(server);
  console.log('connection listeners while iterating', server.listenerCount('connection'));
  const clients = [];
  for (let i = 0; i < 3; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client', i, 'got', d));
    clients.push(c);
    await new Promise((r) => c.on('connect', r));
  }
  // Three connections are queued; take two.
  for (let i = 0; i < 2; i++) {
    const { value: sock, done } = await it.next();
    console.log('next', i, done, sock instanceof net.Socket, sock.remotePort === clients[i].localPort);
    sock.on('error', (e) => console.log('server socket error', e.code));
    sock.end('hello ' + i);
  }
  const r = await it.return();
  console.log('return', JSON.stringify(r), server.listenerCount('connection'));

  // A new iteration starts empty: the third socket was accepted before it.
  const it2 = iterate(server);
  const pending = it2.next();
  const boom = new Error('boom');
  server.emit('error', boom);
  try {
    await pending;
  } catch (e) {
    console.log('next rejected', e === boom, e.message);
  }
  await it2.return();

  const it3 = iterate(server);
  const waiting = it3.next();
  for (const c of clients) c.end();
  server.close();
  console.log('after close', JSON.stringify(await waiting), server.listening);
});
