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
    const codes = {
      IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
      NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
      InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
      InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
      URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
    };
    return codes[this.name] ?? 0;
  }
}
module.exports = { DOMException };
