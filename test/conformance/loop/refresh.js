// refresh() before a timeout fires pushes it back (same delay from now):
// it then fires after a timer of the same delay armed just before the
// refresh; after it fired it arms it again (and keeps the loop alive);
// after close() of an armed timeout it does nothing. Each step follows
// from the one before: no timer races one of another delay, which a
// loaded machine that runs timers late can reorder.
'use strict';
const log = (s) => console.log(s);

let fired = 0;
const t = setTimeout(() => {
  fired++;
  log('timeout fired ' + fired);
  if (fired === 1) {
    setImmediate(() => {
      log('refresh after it fired: armed again, hasRef ' + t.hasRef());
      t.refresh();
    });
  }
  if (fired === 2) {
    const u = setTimeout(() => log('never: closed'), 10);
    u.close();
    u.refresh();
    log('closed then refreshed: hasRef ' + u.hasRef());
  }
}, 200);
setTimeout(() => {
  setTimeout(() => log('armed before the refresh, same delay'), 200);
  log('refresh at 120');
  t.refresh();
}, 120);
process.on('exit', () => log('exit, fired ' + fired + ' times'));
