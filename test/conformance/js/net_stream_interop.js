// Sockets with the stream helpers: stream.pipeline through a Transform
// back into the socket, Readable.from(...).pipe(socket), stream.finished,
// and a socket piped into a PassThrough.
const net = require('net');
const stream = require('stream');
const server = net.createServer((s) => {
  stream.pipeline(s, new stream.Transform({
    transform(c, e, cb) { cb(null, c.toString().toUpperCase()); },
  }), s, (err) => console.log('server pipeline done', err));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('instanceof', c instanceof stream.Duplex, c instanceof stream.Readable, c instanceof stream.Stream);
  stream.Readable.from(['a', 'b', 'c']).pipe(c);
  const pt = new stream.PassThrough();
  c.pipe(pt);
  let got = '';
  pt.on('data', (d) => { got += d; });
  pt.on('end', () => console.log('passthrough end', got));
  stream.finished(c, (err) => {
    console.log('client finished', err, c.readableEnded, c.writableFinished);
    server.close(() => console.log('server closed'));
  });
});
