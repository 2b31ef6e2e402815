'use strict';
// A line server written with for await over readline: each line is
// answered, the loop ends when the client ends, then the server answers
// the count (allowHalfOpen: the answers go out after the client's end).
// The client reads the answers with events.once(rl, 'close').
const net = require('net');
const readline = require('readline');
const { once } = require('events');

const server = net.createServer({ allowHalfOpen: true }, async (sock) => {
  const rl = readline.createInterface({ input: sock, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    console.log('server got', JSON.stringify(line));
    sock.write(`echo ${line}\r\n`);
  }
  console.log('server loop done', n, rl.closed);
  sock.end(`count ${n}`);
});

server.listen(0, '127.0.0.1', async () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const rl = readline.createInterface({ input: c });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  c.write('one\r\ntwo\n\nthree');
  c.end('\r\nfour');
  await once(rl, 'close');
  console.log('client lines', lines);
  server.close(() => console.log('server closed'));
});
