'use strict';

// Symbols shared between the event modules.

// An option key: a listener registered with it set receives the emitted
// value itself as its first parameter.
const kFirstEventParam = Symbol('kFirstEventParam');

module.exports = { kFirstEventParam };
