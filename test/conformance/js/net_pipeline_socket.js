'use strict';
// pipeline(socket, transform, socket): an upper-casing echo server over
// loopback; the client's pipeline reads the reply into a sink. Both
// outcomes are printed once both pipelines are done.
const net = require('net');
const { Transform, Writable, pipeline } = require('stream');

const results = {};
function report(side, text) {
  results[side] = text;
  if (results.server !== undefined && results.client !== undefined) {
    console.log('server', results.server);
    console.log('client', results.client);
    server.close(() => console.log('server closed'));
  }
}

const server = net.createServer((sock) => {
  let n = 0;
  const upper = new Transform({
    transform(chunk, enc, cb) {
      n += chunk.length;
      cb(null, String(chunk).toUpperCase());
    },
  });
  const ret = pipeline(sock, upper, sock, (err) => {
    report('server', (err ? err.message : 'done') + ' ' + n + ' ' + (ret === sock));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  const sink = new Writable({
    write(chunk, enc, cb) { got += chunk; cb(); },
  });
  pipeline(c, sink, (err) => {
    report('client', (err ? err.message : 'done') + ' ' + JSON.stringify(got) + ' ' + c.destroyed);
  });
  c.write('hello ');
  c.end('pipeline');
});
