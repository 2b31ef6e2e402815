// One source piped into two destinations, then unpipe(dest) and
// unpipe(): 'unpipe' events; the source pauses once it pipes nowhere.
// The server tells its connections apart by the name each writes first;
// what came in the same chunk after the name is data (a loaded machine
// may read a name and the next write as one chunk).
const net = require('net');
let closed = 0;
const server = net.createServer((sock) => {
  sock.once('data', (d) => {
    const first = d.toString();
    const s = first.startsWith('src') ? 'src' : first[0];
    const rest = first.slice(s.length);
    if (s === 'src') {
      if (rest) sock.write(rest);
      sock.on('data', (e) => sock.write(e)); // echo to the source
      sock.on('end', () => sock.end());
    } else {
      let got = rest;
      sock.on('data', (e) => { got += e; });
      sock.on('end', () => { console.log('server:', s, 'got', JSON.stringify(got)); sock.end(); });
    }
    sock.on('close', () => { if (++closed === 3) server.close(); });
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => a.write('A'));
  const b = net.connect(port, '127.0.0.1', () => b.write('B'));
  for (const [name, d] of [['a', a], ['b', b]]) {
    d.on('pipe', () => console.log(name, 'pipe'));
    d.on('unpipe', (s) => console.log(name, 'unpipe', s === src, src.isPaused()));
  }
  const src = net.connect(port, '127.0.0.1', () => {
    src.setNoDelay(true);
    src.write('src');
    setTimeout(() => {
      src.pipe(a);
      src.pipe(b);
      console.log('piped', src.readableFlowing, src.listenerCount('data'));
      src.write('one;');
    }, 20);
  });
  src.on('pause', () => console.log('src pause'));
  src.on('resume', () => console.log('src resume'));
  let step = 0;
  src.on('data', (d) => {
    step++;
    console.log('src data', step, String(d));
    if (step === 1) {
      src.unpipe(b);
      console.log('unpiped b', src.readableFlowing, src.listenerCount('data'));
      src.write('two;');
    } else if (step === 2) {
      src.unpipe();
      console.log('unpiped all', src.readableFlowing, src.listenerCount('data'));
      // The pipes' 'data' listeners still run for this chunk (emit
      // iterates a snapshot): end the destinations afterwards.
      setImmediate(() => { a.end(); b.end(); src.end(); });
    }
  });
  src.on('close', () => console.log('src close'));
});
