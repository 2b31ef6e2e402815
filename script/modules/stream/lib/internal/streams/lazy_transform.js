'use strict';

// LazyTransform: a Transform whose stream state is only built when one of
// its stream members is first used (crypto's hashes and ciphers are mostly
// used through update/digest without it).

module.exports = LazyTransform;

const stream = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

// Reading either state builds both (as own properties that hide these
// accessors); assigning one first just stores it.
function defineLazy(key) {
  Object.defineProperty(LazyTransform.prototype, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      stream.Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[key];
    },
    set(value) {
      Object.defineProperty(this, key, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}
defineLazy('_readableState');
defineLazy('_writableState');
