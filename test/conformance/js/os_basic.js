'use strict';
const os = require('node:os');
console.log(os.platform(), os.type(), os.arch(), os.endianness(), JSON.stringify(os.EOL), os.devNull, os.machine());
console.log(`${os.platform}`, `${os.arch}`, `${os.endianness}`, typeof os.release(), /^\d+\.\d+/.test(os.release()));
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.homedir(), typeof os.tmpdir(), typeof os.version());
const cpus = os.cpus();
console.log(cpus.length === os.availableParallelism() || cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].model, typeof cpus[0].speed);
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.uptime() > 0, os.loadavg().length, os.loadavg().every((n) => typeof n === 'number'));
const ifs = os.networkInterfaces();
const lo = ifs.lo.find((a) => a.family === 'IPv4');
console.log(lo);
const u = os.userInfo();
console.log(Object.keys(u), typeof u.uid, typeof u.username, os.getPriority(), typeof os.constants.signals.SIGINT);
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/dir/';
console.log(os.tmpdir());
process.env.TMPDIR = saved ?? '';
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.name, e.code, e.message); }
