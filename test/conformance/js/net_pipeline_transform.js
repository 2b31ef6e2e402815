'use strict';
// A server that echoes through Transforms: pipeline(socket, upper, socket)
// and socket.pipe(transform).pipe(socket); the socket is a Duplex for the
// stream helpers. Each side's lines are printed once both sides are done.
const net = require('net');
const { Transform, Duplex, Readable, Writable, pipeline, finished } = require('stream');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
let mode = 0;
let serverDone;
const serverLines = [];
const server = net.createServer((sock) => {
  serverLines.push('server socket ' + [sock instanceof Duplex, sock instanceof Readable, sock instanceof Writable]);
  if (mode++ === 0) {
    pipeline(sock, upper(), sock, (err) => { serverLines.push('server pipeline done ' + (err ? err.code : 'ok')); serverDone(); });
  } else {
    const t = new Transform({ transform(c, e, cb) { cb(null, String(c).split('').reverse().join('')); } });
    sock.pipe(t).pipe(sock);
    finished(t, (err) => { serverLines.push('transform finished ' + (err ? err.code : 'ok')); serverDone(); });
  }
});
function client(text) {
  const serverSide = new Promise((resolve) => { serverDone = resolve; });
  const clientSide = new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(text));
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve('client got ' + got));
  });
  return Promise.all([clientSide, serverSide]).then(([line]) => {
    console.log(line);
    console.log(serverLines.splice(0).join('\n'));
  });
}
server.listen(0, '127.0.0.1', async () => {
  await client('hello stream');
  await client('abc');
  server.close(() => console.log('server closed'));
});
