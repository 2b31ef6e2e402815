// Write callbacks run in order, whether the write completes at once (the
// kernel takes it), is queued behind another, or is part of a writev;
// end()'s callback and 'finish' come after all of them.
const net = require('net');
const server = net.createServer((sock) => {
  let got = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => { console.log('server: got', got.length, got.slice(0, 12), got.slice(-12)); sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const order = [];
    const cb = (i) => (e) => { order.push(i); console.log('cb', i, e === null || e === undefined, c.writableLength); };
    console.log('w0', c.write('000000', cb(0)), c.writableLength);
    console.log('w1', c.write('111111', cb(1)), c.writableLength);
    process.nextTick(() => console.log('tick after w1'));
    const big = Buffer.alloc(32 * 1024 * 1024, 'b'); // more than loopback's socket buffers take at once
    console.log('w2 big', c.write(big, cb(2)), c.writableLength);
    console.log('w3', c.write('333333', cb(3)), c.writableLength);
    console.log('w4', c.write('444444', cb(4)), c.writableLength);
    c.write('555555');
    console.log('w6', c.write('666666', cb(6)), c.writableLength);
    c.end('end!', () => console.log('end cb', order.join(',')));
    c.on('drain', () => console.log('drain (unexpected: ended)'));
    c.on('finish', () => console.log('finish', order.join(','), c.bytesWritten));
    c.on('close', (h) => console.log('close', h));
  });
});
