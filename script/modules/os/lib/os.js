'use strict';
// node:os: the system queries are made in Go (the os binding,
// script/modules/os/os.go); this module gives them Node's shape, checks
// the arguments and turns a failed query into ERR_SYSTEM_ERROR.
const b = internalBinding('os');
const sysConstants = internalBinding('constants').os;
const { ERR_SYSTEM_ERROR } = require('internal/errors').codes;
const { getCIDR } = require('internal/util');
const { validateInt32 } = require('internal/validators');

// query calls a binding function that reports failure in a context
// object, and throws Node's SystemError for it.
function query(fn) {
  const ctx = {};
  const v = fn(ctx);
  if (ctx.errno !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return v;
}

let osInfo;
function info(i) {
  if (osInfo === undefined) osInfo = b.getOSInformation();
  return osInfo[i];
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function type() { return info(0); }
function version() { return info(1); }
function release() { return info(2); }
function machine() { return info(3); }
function endianness() { return b.isBigEndian ? 'BE' : 'LE'; }
function hostname() { return query(b.getHostname); }
function homedir() { return query(b.getHomeDirectory); }
function uptime() { return query(b.getUptime); }
function tmpdir() { return b.getTempDir(); }
function totalmem() { return b.getTotalMem(); }
function freemem() { return b.getFreeMem(); }
function availableParallelism() { return b.getAvailableParallelism(); }

function loadavg() {
  const a = [0, 0, 0];
  b.getLoadAvg(a);
  return a;
}

function cpus() {
  const flat = b.getCPUs();
  const out = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function networkInterfaces() {
  const flat = query(b.getInterfaceAddresses);
  const out = {};
  if (flat === undefined) return out;
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const name = flat[i];
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family: flat[i + 3],
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: getCIDR(flat[i + 1], flat[i + 2], flat[i + 3]),
    };
    if (entry.family === 'IPv6') entry.scopeid = flat[i + 6];
    if (out[name] === undefined) out[name] = [entry];
    else out[name].push(entry);
  }
  return out;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const prio = b.getPriority(pid, ctx);
  if (ctx.errno !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return prio;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (b.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const u = b.getUserInfo(options, ctx);
  if (ctx.errno !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return u;
}

// The queries that give one value also give it when the function itself
// is converted to a primitive (`${os.hostname}`), as in Node.
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, platform, release,
  tmpdir, totalmem, type, uptime, version, machine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

Object.freeze(sysConstants.signals);
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: sysConstants.UV_UDP_REUSEADDR,
  dlopen: b.dlopenConstants,
  errno: b.errnoConstants,
  signals: sysConstants.signals,
  priority: b.priorityConstants,
};

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, writable: false, enumerable: true, configurable: false,
});
Object.defineProperty(module.exports, 'EOL', {
  __proto__: null, value: process.platform === 'win32' ? '\r\n' : '\n',
  writable: false, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'devNull', {
  __proto__: null, value: process.platform === 'win32' ? '\\\\.\\nul' : '/dev/null',
  writable: false, enumerable: true, configurable: true,
});
