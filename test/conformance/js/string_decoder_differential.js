const { StringDecoder } = require('string_decoder');
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xff, 0xd8, 0x3d, 0xdc, 0x00];
const lines = [];
for (let i = 0; i < 400; i++) {
  const bytes = Buffer.from(Array.from({ length: rnd(12) }, () => pool[rnd(pool.length)]));
  const enc = ['utf8', 'utf16le', 'base64', 'latin1', 'hex'][rnd(5)];
  const d = new StringDecoder(enc);
  const parts = [];
  let pos = 0;
  while (pos < bytes.length) {
    const n = 1 + rnd(4);
    parts.push(d.write(bytes.subarray(pos, pos + n)));
    parts.push([d.lastNeed, d.lastTotal]);
    pos += n;
  }
  parts.push(d.end());
  const td = new TextDecoder();
  const tparts = [];
  pos = 0;
  while (pos < bytes.length) {
    const n = 1 + rnd(4);
    tparts.push(td.decode(bytes.subarray(pos, pos + n), { stream: true }));
    pos += n;
  }
  tparts.push(td.decode());
  lines.push(JSON.stringify([bytes.toString('hex'), enc, parts, tparts]));
}
console.log(lines.join('\n'));
