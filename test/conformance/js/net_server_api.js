// Server properties and methods: options reflected as properties,
// address() before/while/after listening, listening twice, getConnections,
// maxConnections and 'drop', ref/unref chaining, close callbacks and the
// 'close' listeners' order.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: false, noDelay: true,
  keepAlive: true, keepAliveInitialDelay: 2500, highWaterMark: 1024 });
console.log('options', server.allowHalfOpen, server.pauseOnConnect, server.noDelay, server.keepAlive,
            server.keepAliveInitialDelay, server.highWaterMark, server.maxConnections);
console.log('before listen', server.address(), server.listening, server.ref() === server, server.unref() === server);
server.ref();
server.on('close', () => console.log('close listener 1'));
server.on('connection', (s) => {
  console.log('connection', s.allowHalfOpen, s.readableHighWaterMark, s.writableHighWaterMark);
  s.on('end', () => s.end());
});
server.on('drop', (info) => console.log('drop', info.localAddress, info.remoteAddress, info.remoteFamily,
                                         typeof info.localPort, typeof info.remotePort));
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('listening', server.listening, a.address, a.family, typeof a.port);
  try {
    server.listen(0);
  } catch (e) {
    console.log('listen twice', e.name, e.code, e.message);
  }
  server.maxConnections = 1;
  console.log('maxConnections', server.maxConnections);
  const c1 = net.connect(a.port, '127.0.0.1', () => {
    server.getConnections((err, n) => {
      console.log('getConnections', err, n);
      const c2 = net.connect(a.port, '127.0.0.1');
      c2.on('error', (e) => console.log('c2 error', e.code));
      c2.on('close', () => {
        console.log('c2 close');
        server.close((err) => console.log('close cb', err));
        server.on('close', () => console.log('close listener 2', server.listening, server.address()));
        console.log('closing', server.listening);
        c1.end();
      });
      c2.resume();
    });
  });
  c1.resume();
  c1.on('close', () => {
    console.log('c1 close');
    server.close((err) => console.log('second close cb', err.code, err.message));
  });
});
