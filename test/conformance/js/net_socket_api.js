// The socket's methods and properties through a connection's life:
// chaining, readyState/pending/connecting, timeout property and 'timeout',
// writes with encodings and callbacks, cork/uncork, setEncoding, end with
// data, byte counters, address(), ref/unref, destroySoon.
const net = require('net');
const server = net.createServer((sock) => {
  const parts = [];
  sock.on('data', (d) => parts.push(d));
  sock.on('end', () => {
    const all = Buffer.concat(parts);
    console.log('server got', all.length, all.toString('hex'));
    sock.end('réponse', 'latin1');
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('new', c.readyState, c.pending, c.connecting, c.destroyed, JSON.stringify(c.address()),
              c.remoteAddress, c.localPort, c.bytesRead, c.bytesWritten, c.timeout);
  const same = [c.setNoDelay(), c.setKeepAlive(true, 1000), c.setTimeout(0), c.ref(), c.unref(), c.ref(),
    c.setEncoding('utf8')].every((r) => r === c);
  console.log('chaining', same, c.setTypeOfService(0) === c, c.getTypeOfService());
  c.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.readyState, c.pending, c.connecting, c.writable, c.readable);
  c.setTimeout(5000, () => console.log('timeout (unexpected)'));
  console.log('timeout prop', c.timeout, c.listenerCount('timeout'));
  c.setTimeout(0);
  console.log('timeout off', c.timeout, c.listenerCount('timeout'));
  c.on('connect', () => {
    const a = c.address();
    console.log('connected', c.readyState, c.pending, a.address, a.family, typeof a.port, c.remoteFamily);
    const order = [];
    c.cork();
    console.log('corked', c.writableCorked);
    c.write('abc', () => order.push('w1'));
    c.write('616263', 'hex', () => order.push('w2'));
    c.write('YWJj', 'base64', () => order.push('w3'));
    c.write(Buffer.from([1, 2, 3]), () => order.push('w4'));
    c.write(new Uint8Array([4, 5]), null, () => order.push('w5'));
    c.write('é', 'latin1');
    c.write('€', 'utf16le');
    console.log('buffered', c.writableLength, c.bytesWritten);
    c.uncork();
    c.end('!', () => { order.push('end'); console.log('write order', order.join(' '), c.bytesWritten); });
    console.log('ended', c.writableEnded, c.readyState);
  });
  c.on('data', (d) => console.log('client data', typeof d, JSON.stringify(d)));
  c.on('end', () => console.log('client end', c.readyState, c.bytesRead));
  c.on('close', (h) => {
    console.log('client close', h, c.readyState, c.destroyed, c.bytesWritten);
    const d = net.connect(server.address().port, '127.0.0.1', () => {
      d.write('soon');
      d.destroySoon();
      console.log('destroySoon', d.writableEnded, d.destroyed);
    });
    d.resume();
    d.on('close', () => { console.log('d close', d.destroyed); server.close(); });
  });
});
