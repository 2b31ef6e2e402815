'use strict';
// fs's synchronous calls given odd arguments (in a temporary directory):
// options, paths, flags (an integer's range), modes (access and copyFile
// truncate a finite mode), descriptors, and an empty path named in the
// error. statSync's null options and closeSync's function and BigInt
// messages (Node's native wording) are left out, and so is descriptor 0
// (the test's standard input).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsd-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello');
const odd = [undefined, null, 0, -1, 1.5, NaN, 'x', '', true, {}, [], () => {}, 10n, 'utf8', 'bogus', { encoding: 'hex' }, { encoding: 'bogus' }, { flag: 'r' }, { flag: 'zz' }, { mode: 'x' }, { mode: 0o600 }, '0o644', 'r+', 'wx'];
const show = (v) => typeof v === 'bigint' ? v + 'n' : typeof v === 'function' ? 'fn' : (JSON.stringify(v) ?? String(v));
const clean = (m) => String(m).split(dir).join('<dir>');
const r = (fn) => { try { const x = fn(); return 'ok ' + (Buffer.isBuffer(x) ? 'buf ' + x.length : x && typeof x === 'object' ? x.constructor.name : clean(show(x))); } catch (e) { return e !== null && typeof e === 'object' ? clean(`${e.name} ${e.code} ${e.message}`) : 'threw ' + show(e); } };
for (const v of odd) {
  console.log('readFileSync opts', show(v), r(() => fs.readFileSync(f, v)));
  if (v !== 0) console.log('readFileSync path', show(v), r(() => fs.readFileSync(v)));
  console.log('writeFileSync opts', show(v), r(() => fs.writeFileSync(path.join(dir, 'w.txt'), 'data', v)));
  console.log('writeFileSync data', show(v), r(() => fs.writeFileSync(path.join(dir, 'd.txt'), v)));
  console.log('existsSync', show(v), r(() => fs.existsSync(v)));
  if (v !== null) console.log('statSync opts', show(v), r(() => typeof fs.statSync(f, v).size));
  console.log('mkdirSync opts', show(v), r(() => { const p = fs.mkdirSync(path.join(dir, 'm', 'n'), v); fs.rmSync(path.join(dir, 'm'), { recursive: true, force: true }); return p && clean(p); }));
  console.log('readdirSync opts', show(v), r(() => fs.readdirSync(dir, v).length));
  console.log('openSync flags', show(v), r(() => { const fd = fs.openSync(path.join(dir, 'o.txt'), v); fs.closeSync(fd); return 'fd'; }));
  console.log('openSync mode', show(v), r(() => { const fd = fs.openSync(path.join(dir, 'o2.txt'), 'w', v); fs.closeSync(fd); return 'fd'; }));
  if (typeof v !== 'function' && typeof v !== 'bigint' && v !== 0) console.log('closeSync', show(v), r(() => fs.closeSync(v)));
  console.log('appendFileSync opts', show(v), r(() => fs.appendFileSync(path.join(dir, 'ap.txt'), 'x', v)));
  console.log('rmSync opts', show(v), r(() => fs.rmSync(path.join(dir, 'nothere'), v)));
  console.log('accessSync mode', show(v), r(() => fs.accessSync(f, v)));
  console.log('chmodSync mode', show(v), r(() => fs.chmodSync(path.join(dir, 'a.txt'), v)));
  fs.chmodSync(f, 0o644);
}
fs.rmSync(dir, { recursive: true, force: true });


const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'fsd2-'));
const cpPath = path.join(dir2, 'cp.tmp');
const oPath = path.join(dir2, 'o.tmp');
for (const m of [8, -1, 1.5, 0.5, NaN, Infinity, -Infinity, '1', 10n, 2 ** 31, 2 ** 32 + 1, -0, 7.9]) {
  try { fs.accessSync(__filename, m); console.log(String(m), 'ok'); } catch (e) { console.log(String(m), e.name, e.code, e.message.replace(__filename, 'F').split(dir2).join('<dir2>')); }
  try { fs.copyFileSync(__filename, cpPath, m); console.log(' copy', String(m), 'ok'); } catch (e) { console.log(' copy', String(m), e.name, e.code, e.message.replace(__filename, 'F').split(dir2).join('<dir2>')); }
}
for (const fl of [1.5, NaN, -1, 2 ** 31, '1', 0, 10n, Infinity]) {
  try { const fd = fs.openSync(oPath, fl); fs.closeSync(fd); console.log('open', String(fl), 'ok'); } catch (e) { console.log('open', String(fl), e.name, e.code, e.message.split(dir2).join('<dir2>')); }
}
for (const p of [-1, 1.5, 2 ** 31, NaN]) {
  try { fs.readFileSync(p); console.log('read', String(p), 'ok'); } catch (e) { console.log('read', String(p), e.name, e.code, e.message); }
}
fs.rmSync(dir2, { recursive: true, force: true });
