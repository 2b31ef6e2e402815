// A socket is a stream.Duplex and a Readable's async iterator: chunks
// (decoded after setEncoding) until 'end'; return() destroys the socket
// unless destroyOnReturn is false; a connection error rejects next().
const net = require('net');
const stream = require('stream');
const key = Symbol.asyncIterator || Symbol.for('nodejs.asyncIterator');
const server = net.createServer((s) => {
  s.write('one');
  setTimeout(() => s.write('two'), 20);
  setTimeout(() => s.end('three'), 40);
});
server.listen(0, '127.0.0.1', async () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('instanceof', c instanceof stream.Duplex, c instanceof stream.Readable, c instanceof net.Socket);
  c.setEncoding('utf8');
  const it = c[key]();
  const parts = [];
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    parts.push(value);
  }
  console.log('iterated', parts.join('|'), c.destroyed);
  const d = net.connect(server.address().port, '127.0.0.1');
  const it2 = d.iterator({ destroyOnReturn: false });
  const first = await it2.next();
  console.log('first', first.value.toString(), first.done);
  await it2.return();
  console.log('after return', d.destroyed);
  d.destroy();
  const e = net.connect(server.address().port, '127.0.0.1');
  const it3 = e[key]();
  await it3.next();
  await it3.return();
  console.log('destroyOnReturn default', e.destroyed);
  const f = net.connect(1, '127.0.0.1');
  try {
    await f[key]().next();
  } catch (err) {
    console.log('rejected', err.code);
  }
  server.close();
});
