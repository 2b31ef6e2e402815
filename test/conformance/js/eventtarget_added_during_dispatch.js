// EventTarget: listeners added or removed while an event is dispatched.
// Node's dispatch takes each listener's successor before calling it, so a
// listener added by the last one waits for the next dispatch, one added by
// an earlier listener runs in this one, and a removed one never runs.
'use strict';
const et = new EventTarget();
et.addEventListener('x', () => {
  console.log('a');
  et.addEventListener('x', () => console.log('b'));
  et.addEventListener('x', () => console.log('c'), { once: true });
});
et.dispatchEvent(new Event('x'));
console.log('--');
et.dispatchEvent(new Event('x'));
console.log('--');
const t2 = new EventTarget();
const f2 = () => console.log('f2');
t2.addEventListener('y', () => { console.log('first'); t2.removeEventListener('y', f2); });
t2.addEventListener('y', f2);
t2.addEventListener('y', () => console.log('third'));
t2.dispatchEvent(new Event('y'));
console.log('--');
const t3 = new EventTarget();
const late = () => console.log('late');
t3.addEventListener('z', () => {
  console.log('one');
  t3.removeEventListener('z', late);
  t3.addEventListener('z', late);
});
t3.addEventListener('z', late);
t3.addEventListener('z', () => console.log('two'));
t3.dispatchEvent(new Event('z'));
