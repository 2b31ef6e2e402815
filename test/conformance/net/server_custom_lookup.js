// A custom lookup function replaces dns.lookup: it is called with the host,
// and whatever it answers is what 'lookup' reports and what is dialled. A
// lookup error ends in 'lookup' with the error, then 'error' and 'close'.
const net = require('net');
const server = net.createServer((sock) => { console.log('server: connection', sock.remoteAddress); sock.end(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const lookup = (host, opts, cb) => {
    console.log('lookup called', host, opts.family);
    if (host === 'nowhere.test') {
      const err = new Error('getaddrinfo ENOTFOUND ' + host);
      err.code = 'ENOTFOUND';
      err.syscall = 'getaddrinfo';
      err.hostname = host;
      process.nextTick(cb, err);
      return;
    }
    process.nextTick(cb, null, '127.0.0.1', 4);
  };
  const c = net.connect({ port, host: 'my.service', lookup, family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('client: lookup', err, address, family, host));
  c.on('connect', () => console.log('client: connect', c.remoteAddress));
  c.resume();
  c.on('close', (h) => {
    console.log('client: close', h);
    const bad = net.connect({ port, host: 'nowhere.test', lookup, family: 4 });
    bad.on('lookup', (err, address, family, host) => console.log('bad: lookup', err && err.code, address, family, host));
    bad.on('error', (e) => console.log('bad: error', e.code, e.message));
    bad.on('close', (h) => {
      console.log('bad: close', h);
      server.close(() => console.log('server: closed'));
    });
  });
});
