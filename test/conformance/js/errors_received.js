// The "Received ..." part of ERR_INVALID_ARG_TYPE for every kind of value,
// seen through public APIs that validate their arguments.
'use strict';
const log = console.log;
const values = [
  ['undefined', undefined],
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['minus zero', -0],
  ['integer', 65536],
  ['fraction', 1.5],
  ['NaN', NaN],
  ['Infinity', -Infinity],
  ['big number', 1e21],
  ['bigint', 123n],
  ['symbol', Symbol('tag')],
  ['empty string', ''],
  ['short string', 'abc'],
  ['25 chars', 'a'.repeat(25)],
  ['28 chars', 'b'.repeat(28)],
  ['29 chars', 'c'.repeat(29)],
  ['long string', 'the quick brown fox jumps over the lazy dog'],
  ['single quote', "it's"],
  ['both quotes', 'say "hi" it\'s'],
  ['newline', 'a\nb'],
  ['long with quote', "it's a long string with a quote in it"],
  ['named function', function namedFn() {}],
  ['arrow', () => {}],
  ['class', class Widget {}],
  ['plain object', { a: 1 }],
  ['array', [1, 2, 3]],
  ['map', new Map()],
  ['date', new Date(0)],
  ['regexp', /x/],
  ['error', new Error('e')],
  ['promise', Promise.resolve()],
  ['instance', new (class Gadget {})()],
  ['null prototype', Object.create(null)],
  ['null prototype with keys', { __proto__: null, a: 1 }],
  ['buffer', Buffer.alloc(2)],
  ['typed array', new Uint16Array(2)],
];
for (const [label, value] of values) {
  try {
    // path.basename takes only strings, Buffer.alloc only numbers.
    if (typeof value === 'string') Buffer.alloc(value);
    else require('path').basename(value);
    log(label, 'accepted');
  } catch (err) {
    log(label, '->', err.message.slice(err.message.indexOf('Received')));
  }
}
// The same formatting in other validators' messages.
for (const value of [1, 'x', null, {}, []]) {
  try {
    setInterval(value);
  } catch (err) {
    log('setInterval:', err.message);
  }
  try {
    new (require('events'))().on('x', value);
  } catch (err) {
    log('on:', err.message);
  }
}
