// A long backlog taken from the front a piece at a time: read(n) across
// chunk edges, unshift after some chunks were taken, setEncoding and
// readableBuffer part way through, and a drain of thousands of chunks in
// flowing mode (each chunk once, in order).
const { Readable } = require('stream');

function make(n, size) {
  const r = new Readable({ read() {}, highWaterMark: 1 << 20 });
  for (let i = 0; i < n; i++) r.push(Buffer.alloc(size, 97 + (i % 26)));
  return r;
}

const r = make(3000, 5);
let s = '';
for (let i = 0; i < 1200; i++) s += r.read(7).toString();
console.log('read(7) x1200', s.length, s.slice(0, 12), s.slice(-12), r.readableLength);
const shape = (b) => {
  const taken = b.filter((c) => c === null).length;
  const first = b.find((c) => c !== null);
  return b.length + ' slots, ' + taken + ' taken, first ' + (first === undefined ? '-' : String(first).slice(0, 10));
};
console.log('buffer', shape(r.readableBuffer));
r.unshift(Buffer.from('XY'));
console.log('unshift', r.readableLength, r.read(4).toString(), shape(r.readableBuffer));
for (let i = 0; i < 3000; i++) r.read(1);
console.log('after read(1) x3000', r.readableLength, shape(r.readableBuffer));
r.unshift(Buffer.from('Q'));
r.setEncoding('utf8');
console.log('setEncoding', r.readableLength, shape(r.readableBuffer), JSON.stringify(r.read(3)));
console.log('rest', r.read().length, r.readableLength, r.read());

const f = make(5000, 3);
let count = 0, bytes = 0, order = true, last = -1;
f.on('data', (c) => {
  const k = c[0] - 97;
  if (k !== (last + 1) % 26) order = false;
  last = k; count++; bytes += c.length;
  if (count === 2500) {
    f.pause();
    console.log('paused at', count, f.readableLength, shape(f.readableBuffer));
    f.unshift(Buffer.from('z'));
    setImmediate(() => { last = 24; f.resume(); });
  }
});
f.on('end', () => console.log('flowing', count, bytes, order));
f.push(null);

const o = new Readable({ objectMode: true, read() {} });
for (let i = 0; i < 2000; i++) o.push({ i });
let sum = 0;
for (let i = 0; i < 1500; i++) sum += o.read().i;
o.unshift({ i: -1 });
console.log('objects', sum, o.readableLength, o.read().i, o.read().i, o.readableBuffer.length);
const big = make(3000, 2);
big.read(2 * 2000);
console.log('read across 2000 chunks', big.readableLength, shape(big.readableBuffer));
big.read();
console.log('read()', big.readableLength, shape(big.readableBuffer));
