'use strict';
// internal/bootstrap/realm: the parts of BuiltinModule that library code
// asks about.
const publicModules = new Set([
  'assert', 'assert/strict', 'buffer', 'dns', 'dns/promises', 'events', 'fs', 'net',
  'net/promises', 'os', 'path', 'perf_hooks', 'stream', 'string_decoder', 'timers',
  'timers/promises', 'url', 'util', 'util/types',
]);
const BuiltinModule = {
  exists: (id) => publicModules.has(id) || id.startsWith('internal/'),
  canBeRequiredByUsers: (id) => publicModules.has(id),
  canBeRequiredWithoutScheme: (id) => publicModules.has(id),
  getSchemeOnlyModuleNames: () => ['test'],
  isBuiltin: (id) => publicModules.has(id.startsWith('node:') ? id.slice(5) : id),
  getCanBeRequiredByUsersWithoutSchemeList: () => [...publicModules],
};
module.exports = { BuiltinModule };
