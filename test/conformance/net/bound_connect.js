// A client adopts a BoundSocket: new Socket({handle}) has a handle but is
// not connected and reads nothing (readyState 'open', not pending), with
// the bound local address. connect() refuses localAddress/localPort (and
// leaves the socket connecting, as Node does); to a numeric host it issues
// connect(2) within the call ('connectionAttempt' before connect returns,
// no 'lookup'), and the server sees the bound port as the peer's.
const net = require('net');
const show = (tag, e) => console.log(tag, 'throws', e.name, e.code, e.message.replace(/port: \d+/, 'port: PORT'));
let bport;
const server = net.createServer((s) => {
  console.log('server: connection', s.remoteAddress, s.remotePort === bport);
  s.on('data', (d) => {
    console.log('server: data', String(d));
    s.end('bye');
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const b = new net.BoundSocket({ host: '127.0.0.1' });
  bport = b.address().port;
  const c = new net.Socket({ handle: b });
  console.log('created', c.readyState, c.pending, c.connecting, c.localAddress, c.localPort === bport,
              c.localFamily, c.remoteAddress, c.address().port === bport);
  try {
    b.address();
  } catch (e) {
    show('bound address', e);
  }
  try {
    new net.Socket({ handle: b });
  } catch (e) {
    show('second socket', e);
  }
  try {
    c.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' });
  } catch (e) {
    show('connect localAddress', e);
  }
  console.log('after throw', c.readyState, c.connecting);
  c.on('lookup', () => console.log('lookup (unexpected)'));
  c.on('connectionAttempt', (a, p, f) => console.log('connectionAttempt', a, p === port, f));
  c.on('connect', () => {
    console.log('connect', c.readyState, c.localAddress, c.localPort === bport, c.remotePort === port);
    c.write('hello');
  });
  c.on('ready', () => console.log('ready'));
  c.on('data', (d) => console.log('data', String(d)));
  c.on('end', () => console.log('end'));
  c.on('close', (h) => {
    console.log('close', h, c.bytesRead, c.bytesWritten);
    server.close();
  });
  c.connect({ port, host: '127.0.0.1' });
  console.log('connecting', c.readyState, c.pending, c.connecting, c.localPort === bport);
  process.nextTick(() => console.log('next tick'));
});
