'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fsa-'));
const rel = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f.txt');
fs.writeFile(f, 'data', (err) => {
  console.log('writeFile', err);
  fs.readFile(f, 'utf8', (err, s) => console.log('readFile', err, s));
  fs.stat(f, (err, st) => console.log('stat', err, st.size, st.isFile()));
  fs.readdir(dir, (err, names) => console.log('readdir', err, names));
  fs.exists(f, (e) => console.log('exists', e));
  fs.access(path.join(dir, 'nope'), (err) => console.log('access', rel(err.message), err.code));
  fs.promises.readFile(f).then((b) => console.log('promises.readFile', b));
  fs.promises.stat(path.join(dir, 'nope')).catch((e) => console.log('promises.stat', e.code, rel(e.message)));
  require('fs').promises.mkdir(path.join(dir, 'a/b'), { recursive: true }).then((p) => {
    console.log('mkdir', rel(p));
    fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
  });
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
try { fs.readFile(f); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
