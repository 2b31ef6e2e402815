// Errors the engine throws, as a catch block sees them: V8's messages
// (property reads and writes on undefined, calls of non-functions,
// undefined names, constants, JSON.parse).
let missing;
const tries = [
  () => missing.x,
  () => { const o = {}; o.f(); },
  () => { const o = { a: {} }; o.a.method(); },
  () => { let notFn = 5; notFn(); },
  () => { let Ctor = 5; new Ctor(); },
  () => undefinedName + 1,
  () => { const c = 1; c = 2; },
  () => { missing.prop = 1; },
  () => JSON.parse('xyz'),
  () => JSON.parse(''),
  () => JSON.parse('{"a":1'),
  () => JSON.parse('[1, 2,]'),
  () => JSON.parse('{"key": "value", "other": [1, 2, 3, oops]}'),
  () => JSON.parse('"\\q"'),
  () => JSON.parse('1 2'),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
async function later() {
  try {
    await null;
    missing.deep.deeper;
  } catch (e) {
    console.log('async', e.message);
  }
}
later();
