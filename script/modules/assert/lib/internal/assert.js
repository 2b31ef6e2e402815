'use strict';

// Checks of the library's own invariants: a failure is a bug in nodenet,
// reported as ERR_INTERNAL_ASSERTION.

let InternalAssertion;

function internalError(message) {
  if (InternalAssertion === undefined) {
    InternalAssertion = require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  }
  return new InternalAssertion(message);
}

function check(condition, message) {
  if (!condition) throw internalError(message);
}

check.fail = function fail(message) {
  throw internalError(message);
};

module.exports = check;
