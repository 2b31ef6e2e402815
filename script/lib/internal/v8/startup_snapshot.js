'use strict';
// internal/v8/startup_snapshot: nodenet never builds a startup snapshot.
const namespace = {
  isBuildingSnapshot: () => false,
  addSerializeCallback() {},
  addDeserializeCallback() {},
  setDeserializeMainFunction() {},
};
module.exports = {
  namespace,
  isBuildingSnapshot: () => false,
  addAfterUserSerializeCallback() {},
  runDeserializeCallbacks() {},
  throwIfBuildingSnapshot() {},
};
