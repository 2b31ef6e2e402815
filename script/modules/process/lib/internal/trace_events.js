'use strict';
// internal/trace_events: nodenet has no trace event recording; every
// category is disabled.
module.exports = {
  categoryEnabledChecker: () => () => false,
  trace: () => {},
  nodeTraceEventCategory: (category) => `node,${category}`,
  kAsyncBegin: 98,
  kAsyncEnd: 101,
  kSyncBegin: 66,
  kSyncEnd: 69,
  kTraceCount: 67,
  kTraceInstant: 110,
};
