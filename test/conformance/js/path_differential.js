const path = require('path');
let seed = 3;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const segs = ['a', 'b', '.', '..', '', '/', '//', 'c.txt', '.hidden', 'x.y.z', '..a', 'a..'];
const out = [];
for (let i = 0; i < 200; i++) {
  const parts = Array.from({ length: rnd(5) }, () => segs[rnd(segs.length)]);
  const p = parts.join(rnd(2) ? '/' : '');
  out.push(JSON.stringify([p, path.normalize(p || '.'), path.join(...parts), path.resolve('/r', ...parts), path.dirname(p), path.basename(p), path.extname(p), path.parse(p), path.relative('/r/a/b', path.resolve('/r', p)), path.isAbsolute(p),
    path.win32.normalize(p.replace(/\//g, '\\') || '.'), path.win32.basename(p), path.posix.format(path.parse(p))]));
}
console.log(out.join('\n'));
