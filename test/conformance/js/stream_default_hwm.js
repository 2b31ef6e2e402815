'use strict';
// getDefaultHighWaterMark/setDefaultHighWaterMark and highWaterMark
// validation.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, getDefaultHighWaterMark, setDefaultHighWaterMark } = stream;
const log = (...a) => console.log(...a);
log('defaults', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
setDefaultHighWaterMark(false, 1024);
setDefaultHighWaterMark(true, 4);
log('changed', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
log('new streams', new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark,
  new Transform().readableHighWaterMark, new Duplex({ readableObjectMode: true }).readableHighWaterMark);
log('explicit', new Readable({ highWaterMark: 7 }).readableHighWaterMark,
  new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5 }).writableHighWaterMark,
  new Duplex({ highWaterMark: 9, readableHighWaterMark: 3 }).readableHighWaterMark);
for (const v of [-1, 1.5, 'x', NaN, Infinity, null, undefined]) {
  try { setDefaultHighWaterMark(false, v); log('set ok', v); } catch (e) { log('set', String(v), e.code, e.message); }
}
for (const v of [-1, 2.5, '3', {}]) {
  try { new Readable({ highWaterMark: v }); log('ok', v); } catch (e) { log('readable', e.code, e.message); }
  try { new Duplex({ writableHighWaterMark: v }); log('ok', v); } catch (e) { log('duplex', e.code, e.message); }
}
const r = new Readable({ highWaterMark: 2, read() {} });
r.read(100);
log('grown', r.readableHighWaterMark);
try { r.read(2 ** 31); } catch (e) { log(e.code, e.message); }
setDefaultHighWaterMark(false, 65536);
setDefaultHighWaterMark(true, 16);
log('restored', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
