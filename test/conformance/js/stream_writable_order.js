'use strict';
// Writable: write callbacks, drain, final, construct, cork/uncork with
// _writev, end with a chunk and a callback, prefinish/finish/close.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function watch(name, s) {
  for (const ev of ['drain', 'prefinish', 'finish', 'close', 'error']) s.on(ev, (x) => log(name, ev, x ? x.message : ''));
}
const w1 = new Writable({
  highWaterMark: 4,
  construct(cb) { log('construct'); setImmediate(cb); },
  write(c, e, cb) { log('w1 write', String(c), e); setImmediate(cb); },
  final(cb) { log('w1 final'); setImmediate(cb); },
});
watch('w1', w1);
log('w1 ret', w1.write('ab', () => log('cb ab')), w1.writableLength, w1.writableNeedDrain);
log('w1 ret', w1.write('cde', () => log('cb cde')), w1.writableLength, w1.writableNeedDrain);
w1.end('f', () => log('w1 end cb', w1.writableFinished));
log('w1 ended', w1.writableEnded, w1.writableFinished, w1.writable);
const w2 = new Writable({
  write(c, e, cb) { log('w2 write', String(c)); cb(); },
  writev(chunks, cb) { log('w2 writev', chunks.map((x) => String(x.chunk) + '/' + x.encoding).join(' ')); cb(); },
});
watch('w2', w2);
w2.cork();
w2.write('1'); w2.write('2', 'utf8'); w2.write(Buffer.from('3'));
log('corked', w2.writableCorked, w2.writableLength, w2.writableBuffer.length);
process.nextTick(() => { w2.uncork(); log('uncorked', w2.writableCorked, w2.writableLength); w2.end(); });
const w3 = new Writable({ decodeStrings: false, write(c, e, cb) { log('w3 write', typeof c, c, e); cb(); } });
w3.setDefaultEncoding('latin1');
w3.write('str');
w3.write('hex', 'hex');
w3.end();
watch('w3', w3);
try { w3.setDefaultEncoding('nope'); } catch (e) { log(e.code, e.message); }
try { w3.write('x', 'bogus'); } catch (e) { log(e.code, e.message); }
try { w3.write(null); } catch (e) { log(e.code, e.message); }
