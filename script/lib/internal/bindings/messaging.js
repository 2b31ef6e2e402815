'use strict';
// internalBinding('messaging'): DOMException.
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? (options.name ?? 'Error') : String(options);
    Object.defineProperty(this, 'name', { __proto__: null, value: name, configurable: true, writable: true });
    if (typeof options === 'object' && options !== null && 'cause' in options) {
      Object.defineProperty(this, 'cause', { __proto__: null, value: options.cause, configurable: true, writable: true });
    }
  }
  get code() {
    const codes = { AbortError: 20, TimeoutError: 23, DataCloneError: 25, InvalidStateError: 11, NotSupportedError: 9 };
    return codes[this.name] ?? 0;
  }
}
module.exports = { DOMException };
