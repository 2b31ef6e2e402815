'use strict';
// socket.setTimeout over 2**31-1 ms: Node warns that the timer was
// truncated to 2147483647 ms (a plain timer's becomes 1 ms instead) and
// the socket does not time out soon; `timeout` keeps the value given.
const net = require('net');
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));
const server = net.createServer((s) => s.on('end', () => s.end()));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.on('timeout', () => console.log('timeout (should not happen)'));
    c.setTimeout(2 ** 31);
    console.log('timeout', c.timeout);
    c.setTimeout(2147483647.5);
    console.log('timeout', c.timeout);
    setTimeout(() => {
      console.log('20 ms later, still open:', !c.destroyed);
      c.end();
      c.on('close', () => server.close(() => console.log('closed')));
    }, 20);
  });
});
