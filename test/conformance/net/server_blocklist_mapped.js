// An IPv4 client of a dual-stack '::' server arrives as ::ffff:127.0.0.1;
// an IPv4 rule in the server's blockList matches that mapped address. The
// list is live: the rule added after the first connection blocks the next.
const net = require('net');
const blockList = new net.BlockList();
blockList.addAddress('10.0.0.1');
const server = net.createServer({ blockList }, (sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, sock.localAddress, sock.localFamily);
  console.log('check', blockList.check(sock.remoteAddress, 'ipv6'), blockList.check('127.0.0.1', 'ipv4'));
  blockList.addAddress('127.0.0.1', 'ipv4');
  console.log('check', blockList.check(sock.remoteAddress, 'ipv6'), blockList.check('127.0.0.1', 'ipv4'));
  sock.end();
});
server.listen(0, '::', () => {
  const port = server.address().port;
  console.log('server: listening', server.address().address, server.address().family);
  const c1 = net.connect(port, '127.0.0.1');
  c1.resume();
  c1.on('close', () => {
    console.log('client 1: close');
    const c2 = net.connect(port, '127.0.0.1', () => console.log('client 2: connect'));
    c2.on('data', () => console.log('client 2: data (unexpected)'));
    c2.on('end', () => console.log('client 2: end'));
    c2.on('close', (h) => {
      console.log('client 2: close', h);
      server.close(() => console.log('server: closed'));
    });
  });
});
