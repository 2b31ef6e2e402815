'use strict';
// internal/v8/startup_snapshot: nodenet builds no startup snapshots, so the
// namespace only answers that none is being built.
const noop = () => {};
module.exports = {
  namespace: {
    addSerializeCallback: noop,
    addDeserializeCallback: noop,
    setDeserializeMainFunction: noop,
    isBuildingSnapshot: () => false,
  },
  runDeserializeCallbacks: noop,
  throwIfBuildingSnapshot: noop,
};
