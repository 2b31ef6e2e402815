'use strict';

// node:assert/strict is the strict flavour of node:assert.
const { strict } = require('assert');

module.exports = strict;
