let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const alphabet = ['a', 'Z', '0', '+', '/', '-', '_', '=', ' ', '\n', 'é', '€', '\ud83d', '\ude00', '%', 'f', 'F', 'g', '\u0000', '\u00ff'];
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
const lines = [];
for (let i = 0; i < 300; i++) {
  let s = '';
  const n = rnd(12);
  for (let j = 0; j < n; j++) s += alphabet[rnd(alphabet.length)];
  const enc = encs[rnd(encs.length)];
  const b = Buffer.from(s, enc);
  const out = encs.map((e) => b.toString(e));
  const w = Buffer.alloc(rnd(8));
  let written;
  try { written = w.write(s, rnd(2), enc); } catch (e) { written = e.code; }
  lines.push(JSON.stringify([s, enc, b.length, Buffer.byteLength(s, enc), out, written, [...w]]));
  const bytes = Buffer.from(Array.from({ length: rnd(10) }, () => rnd(256)));
  lines.push(JSON.stringify([bytes.toString('hex'), encs.map((e) => bytes.toString(e))]));
  const hay = Buffer.from(s + s);
  lines.push(JSON.stringify([hay.indexOf(s.slice(0, 2)), hay.lastIndexOf(s.slice(-2)), hay.indexOf(Buffer.from(s.slice(1, 3)), 1), hay.indexOf(s, -3, enc === 'hex' ? 'utf8' : enc), hay.lastIndexOf(0x61, rnd(5) - 2)]));
}
console.log(lines.join('\n'));
