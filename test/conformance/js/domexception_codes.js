// DOMException's legacy codes: the code of every error name (0 for the
// names without one), the constants on the constructor and the prototype.
'use strict';
const log = console.log;
const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
  'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'TransactionInactiveError',
  'ReadOnlyError', 'VersionError', 'OperationError', 'NotAllowedError', 'OptOutError', 'Error',
  'abortError', ''];
for (const n of names) log(JSON.stringify(n), new DOMException('m', n).code);
const constants = Object.getOwnPropertyNames(DOMException).filter((k) => k.endsWith('_ERR'));
log(constants.length);
for (const k of constants) {
  const d = Object.getOwnPropertyDescriptor(DOMException, k);
  const p = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  log(k, d.value, d.writable, d.enumerable, d.configurable, p.value === d.value, new DOMException().constructor[k] === d.value);
}
log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, new DOMException('x').ABORT_ERR);
try {
  'use strict';
  DOMException.ABORT_ERR = 1;
} catch (e) {
  log(e.name);
}
log(DOMException.ABORT_ERR);
