// maxConnections under a connect storm: 200 clients connect at once to a
// server that keeps at most 10. Exactly 10 are served ('connection', each
// client reads "hi"); the 190 others are closed at accept, each with one
// 'drop' event naming that client's port; getConnections counts 10.
// Then the served clients leave and one more connection is served.
const net = require('net');
const N = 200;
const MAX = 10;
const served = [];
const drops = new Set();
let dropEvents = 0;
const server = net.createServer((s) => {
  served.push(s);
  s.on('error', () => {});
  s.write('hi');
});
server.maxConnections = MAX;
server.on('drop', (d) => {
  dropEvents++;
  drops.add(d.remotePort);
  if (d.localPort !== server.address().port || d.localAddress !== '127.0.0.1' || d.remoteFamily !== 'IPv4') {
    console.log('drop: bad data', JSON.stringify(d));
  }
});
server.listen({ port: 0, host: '127.0.0.1', backlog: 511 }, () => {
  const port = server.address().port;
  let settled = 0;
  let readHi = 0;
  let ended = 0;
  const clients = [];
  const ports = new Map();
  for (let i = 0; i < N; i++) {
    const c = net.connect(port, '127.0.0.1');
    clients.push(c);
    c.on('connect', () => ports.set(c, c.localPort));
    let got = '';
    c.on('data', (d) => {
      got += d;
      if (got === 'hi') {
        readHi++;
        settle();
      }
    });
    c.on('end', () => {
      ended++;
      settle();
    });
    c.on('error', (e) => console.log('client error', e.code));
  }
  function settle() {
    if (++settled < N) return;
    const endedPorts = clients.filter((c) => c.readableEnded).map((c) => ports.get(c));
    console.log('served', served.length, 'read hi', readHi, 'ended', ended, 'drop events', dropEvents,
                'distinct drop ports', drops.size, 'drops are the ended clients', endedPorts.every((p) => drops.has(p)));
    server.getConnections((err, n) => console.log('connections', err, n));
    for (const c of clients) c.destroy();
    let closed = 0;
    for (const s of served) {
      s.on('close', () => {
        if (++closed < served.length) return;
        server.getConnections((err, n) => {
          console.log('after the storm: connections', n);
          const last = net.connect(port, '127.0.0.1');
          last.on('data', (d) => {
            console.log('one more client reads', String(d));
            last.destroy();
            server.close(() => console.log('server: closed'));
            for (const s of served) s.destroy();
          });
        });
      });
    }
  }
});
