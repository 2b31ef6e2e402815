'use strict';
// The messages of the errors the engine throws for common mistakes, as V8
// writes them: reading or setting a property of null or undefined, calling
// what is not a function, new on what is not a constructor, assigning a
// constant, an undeclared name, a binding read before its declaration.
function t(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
const o = { y: 1, n: null, u: undefined };
let u;
t('null.x', () => null.x);
t('undefined.x', () => undefined.x);
t('var.x', () => u.x);
t('o.n.x', () => o.n.x);
t('o.u.x', () => o.u.x);
t('null[0]', () => null[0]);
t('call x', () => { const x = 1; x(); });
t('call o.y', () => o.y());
t('call o.z', () => o.z());
t('set null.x', () => { null.x = 1; });
t('set undefined.x', () => { u.x = 1; });
t('new 1', () => { const x = 1; return new x(); });
t('new arrow', () => { const f = () => 1; return new f(); });
t('new o.y', () => new o.y());
t('const', () => { const c = 1; c = 2; });
t('not defined', () => notDefinedAnywhere);
t('tdz', () => { later; let later = 1; });
t('destructure null', () => { const { a } = null; });
t('spread null', () => [...null]);
t('in', () => 'a' in 1);
