// A timer's start is read from the clock when it is armed, not from the
// loop's cached time; and when the loop is late, Node runs every due timer
// of one duration's list before the next list: A and B (30 ms list) run
// before C (25 ms list) although C expires before B.
'use strict';
const log = (s) => console.log(s);
const busy = (ms) => { const s = Date.now(); while (Date.now() - s < ms); };

setTimeout(() => log('a: 2 ms, armed at 0 (expires 2)'), 2);
busy(10);
setTimeout(() => log('b: 1 ms, armed at 10 (expires 11)'), 1);
setTimeout(() => log('A: 30 ms, armed at 10 (expires 40)'), 30);
busy(10);
setTimeout(() => log('B: 30 ms, armed at 20 (expires 50)'), 30);
setTimeout(() => log('C: 25 ms, armed at 20 (expires 45)'), 25);
busy(60);
log('main end at 80');
