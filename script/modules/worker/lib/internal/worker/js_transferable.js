'use strict';
// internal/worker/js_transferable: the symbols and marks of transferable
// objects (marks only: structured clone, in internal/structured_clone, and
// MessagePort, in internal/worker/io, do not read them).
const {
  privateSymbols: { transfer_mode_private_symbol },
  constants: { kDisallowCloneAndTransfer, kTransferable, kCloneable },
} = internalBinding('util');

const kClone = Symbol('messaging_clone_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');
const kTransfer = Symbol('messaging_transfer_symbol');
const kTransferList = Symbol('messaging_transfer_list_symbol');

function markTransferMode(obj, cloneable = false, transferable = false) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  let mode = kDisallowCloneAndTransfer;
  if (cloneable) mode |= kCloneable;
  if (transferable) mode |= kTransferable;
  // A private symbol in V8: kept out of enumeration here.
  Object.defineProperty(obj, transfer_mode_private_symbol, {
    __proto__: null, value: mode, writable: true, configurable: true, enumerable: false,
  });
}

module.exports = {
  markTransferMode,
  setup() {},
  kClone,
  kDeserialize,
  kTransfer,
  kTransferList,
};
