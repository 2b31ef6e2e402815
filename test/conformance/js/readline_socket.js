'use strict';
// readline over a loopback socket: a line server answers each line; the
// client sends \n, \r\n and \r line ends, a line split across writes, a
// multi-byte character split across writes, and a last line without a
// newline, which comes on 'end'.
const net = require('net');
const readline = require('readline');

const server = net.createServer((sock) => {
  const rl = readline.createInterface({ input: sock, crlfDelay: Infinity });
  let n = 0;
  rl.on('line', (line) => {
    n++;
    console.log('server line', n, JSON.stringify(line));
    sock.write(`${n}:${line.toUpperCase()}\n`);
  });
  rl.on('pause', () => console.log('server pause'));
  rl.on('close', () => {
    console.log('server close', n, rl.closed);
    sock.end('bye');
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const rl = readline.createInterface({ input: c });
  // Each group completes one line at the server; the next group goes when
  // its answer came back. A group's writes may reach the server as one
  // chunk or two: the lines are the same either way.
  const groups = [['alpha\nbe'], ['ta\r\ngam'], ['ma\rdel'], ['ta\r'], ['\nsm\xc3', '\xa9\n'], ['last']];
  let g = 0;
  const send = () => {
    for (const part of groups[g]) c.write(Buffer.from(part, 'latin1'));
    if (++g === groups.length) c.end();
  };
  let got = 0;
  rl.on('line', (line) => {
    got++;
    console.log('client line', JSON.stringify(line));
    if (g < groups.length) send();
  });
  rl.on('close', () => {
    console.log('client close', got);
    server.close(() => console.log('server closed'));
  });
  send();
});
