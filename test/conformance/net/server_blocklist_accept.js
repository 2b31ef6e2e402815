// A server with a blockList closes a connection from a blocked address
// before 'connection', reading nothing from it: no 'connection', no
// 'drop'; the client sees its connection accepted, then ended by the peer.
// An allowed address is served normally.
const net = require('net');
const blockList = new net.BlockList();
blockList.addAddress('127.0.0.2');
const server = net.createServer({ blockList }, (sock) => {
  console.log('server: connection', sock.remoteAddress);
  sock.on('data', (d) => console.log('server: data', d.toString()));
  sock.on('end', () => { console.log('server: end'); server.close(() => console.log('server: closed')); });
});
server.on('drop', () => console.log('server: drop (unexpected)'));
server.listen(0, '0.0.0.0', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
  c.on('connect', () => console.log('blocked client: connect', c.localAddress));
  c.on('data', (d) => console.log('blocked client: data (unexpected)'));
  c.on('end', () => console.log('blocked client: end'));
  c.on('error', (e) => console.log('blocked client: error', e.code));
  c.on('close', (h) => {
    console.log('blocked client: close', h);
    const ok = net.connect({ port, host: '127.0.0.1' }, () => {
      console.log('allowed client: connect', ok.localAddress);
      ok.end('hello');
    });
    ok.on('close', (h) => console.log('allowed client: close', h));
  });
});
