'use strict';
// The asynchronous fs calls, one after another (each started from the
// previous one's callback, so that the trace does not depend on which of
// Node's thread-pool requests ends first).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fsa-'));
const rel = (s) => String(s).replaceAll(dir, '<tmp>');
const f = path.join(dir, 'f.txt');
const steps = [
  (next) => fs.readFile(f, 'utf8', (err, s) => { console.log('readFile', err, s); next(); }),
  (next) => fs.stat(f, (err, st) => { console.log('stat', err, st.size, st.isFile()); next(); }),
  (next) => fs.readdir(dir, (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.exists(f, (e) => { console.log('exists', e); next(); }),
  (next) => fs.access(path.join(dir, 'nope'), (err) => { console.log('access', rel(err.message), err.code); next(); }),
  (next) => fs.promises.readFile(f).then((b) => { console.log('promises.readFile', b); next(); }),
  (next) => fs.promises.stat(path.join(dir, 'nope')).catch((e) => { console.log('promises.stat', e.code, rel(e.message)); next(); }),
  (next) => require('fs').promises.mkdir(path.join(dir, 'a/b'), { recursive: true }).then((p) => { console.log('mkdir', rel(p)); next(); }),
  (next) => fs.rm(dir, { recursive: true }, (err) => { console.log('rm', err, fs.existsSync(dir)); next(); }),
];
function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); }
fs.writeFile(f, 'data', (err) => {
  console.log('writeFile', err);
  run(0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
try { fs.readFile(f); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
