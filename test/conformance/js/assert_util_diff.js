// util.diff: the edit script between two strings or arrays of strings, and
// its argument errors.
'use strict';
const util = require('util');
function t(name, fn) {
  try {
    console.log(name, JSON.stringify(fn()));
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message));
  }
}
t('chars', () => util.diff('abc', 'axc'));
t('kitten', () => util.diff('kitten', 'sitting'));
t('lines', () => util.diff(['a', 'b', 'c'], ['a', 'c', 'd']));
t('same', () => util.diff(['x', 'y'], ['x', 'y']));
t('same string', () => util.diff('same', 'same'));
t('added', () => util.diff('', 'ab'));
t('removed', () => util.diff(['a', 'b'], ['b']));
t('swap', () => util.diff(['1', '2', '3', '4'], ['4', '3', '2', '1']));
t('words', () => util.diff('the quick brown fox'.split(' '), 'the slow brown dog'.split(' ')));
t('number', () => util.diff(1, 2));
t('second', () => util.diff('a', 2));
t('element', () => util.diff(['1', 2], ['1']));
