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
}, 50);
setTimeout(() => { log('refresh at 30'); t.refresh(); }, 30);
setTimeout(() => log('60 ms timer (the refreshed timeout expires at 80)'), 60);
setTimeout(() => {
  log('refresh after it fired: armed again, hasRef ' + t.hasRef());
  t.refresh();
}, 100);
process.on('exit', () => log('exit, fired ' + fired + ' times'));
