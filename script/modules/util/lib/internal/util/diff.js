'use strict';

// util.diff(actual, expected): the Myers edit script between two strings
// (character by character) or two arrays of strings, as [op, value] pairs:
// 0 for a common item, 1 for one only in actual, -1 for one only in expected.

const { validateString } = require('internal/validators');

const assertBinding = binding('assert');

function checkInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    validateString(value[i], `${name}[${i}]`);
  }
}

function diff(actual, expected) {
  if (actual === expected) return [];
  checkInput(actual, 'actual');
  checkInput(expected, 'expected');
  const a = typeof actual === 'string' ? actual.split('') : actual;
  const e = typeof expected === 'string' ? expected.split('') : expected;
  const script = assertBinding.diff(a, e, false);
  const out = [];
  for (let i = 0; i < script.length; i += 3) {
    const kind = script[i];
    out.push([kind, kind === -1 ? e[script[i + 2]] : a[script[i + 1]]]);
  }
  return out;
}

module.exports = { diff };
