'use strict';
// readline/promises: question returns a promise, AbortSignal rejects it,
// a closed Interface rejects; Readline queues cursor codes until commit.
const rp = require('readline/promises');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const out = [];
const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
const input = new PassThrough();
const rl = rp.createInterface({ input, output });
console.log(rl instanceof rp.Interface, rl instanceof readline.Interface, rp.Interface === readline.Interface,
  readline.promises === rp, Object.keys(rp).sort());
(async () => {
  const p = rl.question('name? ');
  console.log(p instanceof Promise);
  input.write('ann\n');
  console.log('got', await p);
  const ac = new AbortController();
  const p2 = rl.question('x? ', { signal: ac.signal });
  ac.abort();
  try { await p2; } catch (e) { console.log(e.name, e.code, e.message); }
  const ac2 = new AbortController();
  ac2.abort('why');
  try { await rl.question('y? ', { signal: ac2.signal }); } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  input.write('plain line\n');
  rl.on('line', (l) => console.log('line', l));
  input.write('seen line\n');
  rl.close();
  try { await rl.question('after? '); } catch (e) { console.log('after', e.name, e.code, e.message); }
  console.log(JSON.stringify(out));
  out.length = 0;
  const r = new rp.Readline(output);
  console.log(r.clearLine(0) === r);
  r.clearLine(-1).clearLine(1).cursorTo(3).cursorTo(2, 5).moveCursor(1, -2).moveCursor(-1, 2).moveCursor(0, 0).clearScreenDown();
  console.log(out.length);
  await r.commit();
  console.log(JSON.stringify(out));
  out.length = 0;
  r.cursorTo(1).rollback();
  await r.commit();
  console.log(JSON.stringify(out));
  try { r.clearLine(2); } catch (e) { console.log(e.name, e.code, e.message); }
  try { r.cursorTo('a'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new rp.Readline(1); } catch (e) { console.log(e.name, e.code, e.message); }
})();
