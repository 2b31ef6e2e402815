// listen({reusePort: true}): two servers share one port (SO_REUSEPORT);
// the kernel spreads the connections over them, so only the total is
// printed. Once one closes, the other gets every new connection.
const net = require('net');
const N = 8;
const counts = { a: 0, b: 0 };
function echo(name) {
  return (s) => {
    counts[name]++;
    s.on('data', (d) => s.write(d));
    s.on('end', () => s.end());
  };
}
const a = net.createServer(echo('a'));
const b = net.createServer(echo('b'));

function clients(port, n, done) {
  let left = n;
  for (let i = 0; i < n; i++) {
    const c = net.connect(port, '127.0.0.1', () => c.end('ping ' + i));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      if (got !== 'ping ' + i) console.log('client', i, 'got', JSON.stringify(got));
      if (--left === 0) done();
    });
  }
}

a.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
  const port = a.address().port;
  console.log('a: listening', a.address().family, typeof port);
  b.listen({ port, host: '127.0.0.1', reusePort: true }, () => {
    console.log('b: listening on the same port', b.address().port === port);
    clients(port, N, () => {
      console.log('echoed', counts.a + counts.b, 'of', N);
      a.close(() => {
        console.log('a: closed', a.listening, b.listening);
        const before = counts.b;
        const aBefore = counts.a;
        clients(port, N, () => {
          console.log('after a closed: b got', counts.b - before, 'of', N, 'a got', counts.a - aBefore);
          b.close(() => {
            console.log('b: closed');
            const c = net.connect(port, '127.0.0.1');
            c.on('error', (e) => console.log('client: error', e.code, e.syscall));
          });
        });
      });
    });
  });
});
