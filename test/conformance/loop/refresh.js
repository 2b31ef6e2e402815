// refresh() before a timeout fires pushes it back (same delay from now);
// after it fired it arms it again (and keeps the loop alive); after close()
// of an armed timeout it does nothing.
'use strict';
const log = (s) => console.log(s);

let fired = 0;
const t = setTimeout(() => {
  fired++;
  log('timeout fired ' + fired);
  if (fired === 2) {
    const u = setTimeout(() => log('never: closed'), 10);
    u.close();
    u.refresh();
    log('closed then refreshed: hasRef ' + u.hasRef());
  }
}, 200);
setTimeout(() => { log('refresh at 120'); t.refresh(); }, 120);
setTimeout(() => log('240 ms timer (the refreshed timeout expires at 320)'), 240);
setTimeout(() => {
  log('refresh after it fired: armed again, hasRef ' + t.hasRef());
  t.refresh();
}, 400);
process.on('exit', () => log('exit, fired ' + fired + ' times'));
