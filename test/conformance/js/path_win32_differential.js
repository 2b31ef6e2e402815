'use strict';
// A seeded table of generated win32 paths through every path.win32
// function (and posix's on the same strings).
const path = require('path');
const w = path.win32;
const wcwd = w.resolve(process.cwd());
const pcwd = process.cwd();
// The checkout's own location, which a path above the working directory shows.
const rootP = require('path').posix.resolve(__dirname, '../../..');
const rootW = rootP.split('/').join('\\');
const mask = (v) => (typeof v === 'string' ? v.split(wcwd).join('<CWD>').split(pcwd).join('<CWD>').split(rootP).join('<ROOT>').split(rootW).join('<ROOT>').split(rootP.slice(1)).join('<ROOT>') : v);
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const segs = ['a', 'b', '.', '..', '', '\\', '/', '\\\\', 'C:', 'c:\\', 'D:', '//srv/sh', '\\\\?\\', '\\\\.\\', 'x.y', '.h', 'srv', 'CON:', 'UNC', 'a.', 'f.tar.gz'];
for (let i = 0; i < 500; i++) {
  const parts = Array.from({ length: rnd(5) }, () => segs[rnd(segs.length)]);
  const p = parts.join(['\\', '/', ''][rnd(3)]);
  const q = parts.slice().reverse().join('\\');
  const row = [p, w.normalize(p), w.join(...parts), w.resolve('C:\\r', ...parts), w.resolve(...parts), w.dirname(p), w.basename(p), w.basename(p, 'b'),
    w.extname(p), w.parse(p), w.isAbsolute(p), w.toNamespacedPath(p), w.format(w.parse(p)), path.posix.relative('/w/x/y/' + p, '/w/x/y/' + q), path.posix.dirname(p),
    path.posix.parse(p), path.posix.resolve('/r', ...parts)];
  console.log(JSON.stringify(row.map(mask)));
}
