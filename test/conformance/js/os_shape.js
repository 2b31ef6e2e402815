'use strict';
// node:os: the shape of every export (types, not this machine's values),
// os.constants, the functions that convert to their value, and the
// argument errors of getPriority, setPriority and userInfo.
const os = require('os');
console.log(Object.keys(os));
for (const k of Object.keys(os)) {
  const v = os[k];
  if (typeof v === 'function') console.log(k, v.length, typeof v[Symbol.toPrimitive]);
  else console.log(k, typeof v);
}
const d = (k) => { const p = Object.getOwnPropertyDescriptor(os, k); return [p.writable, p.enumerable, p.configurable]; };
console.log(d('constants'), d('EOL'), d('devNull'), d('arch'));
const c = os.constants;
console.log(Object.keys(c), Object.getPrototypeOf(c), Object.isFrozen(c), Object.isFrozen(c.signals));
console.log(c.priority, c.dlopen, c.UV_UDP_REUSEADDR);
console.log(Object.keys(c.signals).join(), Object.getPrototypeOf(c.signals));
console.log(Object.keys(c.errno).join(), Object.getPrototypeOf(c.errno), c.errno.ENOENT, c.errno.EWOULDBLOCK);
console.log(typeof os.hostname(), `${os.hostname}` === os.hostname(), `${os.arch}`, `${os.platform}`, `${os.type}`, `${os.endianness}`);
console.log(+os.totalmem === os.totalmem(), typeof +os.uptime, typeof os.release(), typeof os.version(), typeof os.machine());
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() > 0, Number.isInteger(os.totalmem()));
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u), typeof u.uid, typeof u.gid, typeof u.homedir, typeof u.shell);
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), ub.username.toString() === u.username, typeof ub.uid);
console.log(typeof os.userInfo({ encoding: 'latin1' }).username, typeof os.userInfo('x').username, typeof os.userInfo(null).username);
const cpu = os.cpus()[0];
console.log(Object.keys(cpu), Object.keys(cpu.times), Object.values(cpu.times).every(Number.isFinite), Array.isArray(os.cpus()));
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((n) => typeof n === 'number' && n >= 0));
const ifs = os.networkInterfaces();
console.log(Object.getPrototypeOf(ifs) === Object.prototype, Array.isArray(ifs.lo), Object.keys(ifs.lo[0]));
for (const a of Object.values(ifs).flat()) {
  if (typeof a.address !== 'string' || typeof a.internal !== 'boolean' || (a.family === 'IPv6') !== ('scopeid' in a)) console.log('bad', a);
}
const e = (f) => { try { console.log(f()); } catch (err) { console.log(err.name, err.code, err.message); } };
e(() => os.getPriority());
e(() => os.getPriority(0) === os.getPriority());
e(() => os.getPriority(1.5));
e(() => os.getPriority(2 ** 31));
e(() => os.getPriority('1'));
e(() => os.setPriority('a'));
e(() => os.setPriority(0, 'a'));
e(() => os.setPriority(0, -21));
e(() => os.setPriority(0, 19.5));
e(() => os.setPriority());
e(() => os.setPriority(-1.5, 0));
e(() => os.setPriority(os.getPriority()));
e(() => os.setPriority(0, os.getPriority()));
try {
  os.getPriority(2 ** 31 - 1);
} catch (err) {
  console.log(err.name, err.code, err.message, Object.keys(err), err.info, err.errno, err.syscall);
}
