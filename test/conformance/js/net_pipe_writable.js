// A socket piped into a stream.Writable that is not a socket: pipe()
// returns the destination and emits 'pipe' there, data flows, the end
// ends the destination unless { end: false }; unpipe() emits 'unpipe'.
// destroy(err, cb) calls cb before the 'close' listeners.
const net = require('net');
const { Writable } = require('stream');
const s = new net.Socket();
s.on('close', () => console.log('close listener'));
s.destroy(null, (e) => console.log('destroy cb', e));
const t = new net.Socket();
t.on('error', (e) => console.log('error listener', e.message));
t.on('close', (h) => console.log('close listener 2', h));
t.destroy(new Error('boom'), (e) => console.log('destroy cb 2', e && e.message));
const sink = (tag) => {
  const chunks = [];
  const w = new Writable({ write(ch, e, cb) { chunks.push(String(ch)); cb(); } });
  w.on('pipe', () => console.log(tag, 'pipe event'));
  w.on('unpipe', () => console.log(tag, 'unpipe event'));
  w.on('finish', () => console.log(tag, 'finish', chunks.join('')));
  w.chunks = chunks;
  return w;
};
const srv = net.createServer((c) => { c.end('hello world'); });
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect(port, '127.0.0.1');
  const w = sink('a');
  console.log('pipe returns dest', c.pipe(w) === w);
  c.on('close', () => {
    const d = net.connect(port, '127.0.0.1');
    const w2 = sink('b');
    d.pipe(w2, { end: false });
    d.on('end', () => {
      setImmediate(() => {
        console.log('b after end', w2.writableEnded, w2.chunks.join(''));
        const e = net.connect(port, '127.0.0.1');
        const w3 = sink('c');
        console.log('unpipe returns source', e.pipe(w3) && e.unpipe(w3) === e);
        e.destroy();
        e.on('close', () => {
          console.log('c sink', w3.writableEnded, JSON.stringify(w3.chunks.join('')));
          srv.close();
        });
      });
    });
  });
});
