'use strict';
// Found by differential fuzzing through the Go API (test/fuzzdiff seed 1132,
// minimized): a paused client reads from the kernel until its buffer reaches
// the high-water mark (64 KiB). Node reads in 64 KiB reads, so it stops at
// exactly 65536 bytes. After another socket of the loop has read 30000
// bytes, nodenet's first read on the paused client is shorter (what is left
// of the loop's read buffer), so it reads on past the mark.
const net = require('net');
const S = [];
const srv = net.createServer({ allowHalfOpen: true }, (s) => {
  S.push(s);
  if (S.length === 2) start();
});
const C = [];
srv.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 2; i++) C.push(net.connect({ port: srv.address().port, host: '127.0.0.1' }));
});
function start() {
  C[0].pause();
  let got = 0;
  C[1].on('data', (d) => {
    got += d.length;
    if (got === 30000) {
      console.log('flowing client: read', got);
      setTimeout(writeToPaused, 20);
    }
  });
  setTimeout(() => S[1].write(Buffer.alloc(30000, 'w7.')), 20);
}
function writeToPaused() {
  S[0].write(Buffer.alloc(574305, 'w9.'));
  setTimeout(() => {
    console.log('paused client: bytesRead', C[0].bytesRead, 'readableLength', C[0].readableLength, 'isPaused', C[0].isPaused());
    for (const s of C.concat(S)) s.destroy();
    srv.close();
  }, 50);
}
