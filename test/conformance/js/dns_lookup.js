'use strict';
const dns = require('dns');
const steps = [
  (next) => dns.lookup('localhost', (err, a, f) => { console.log('lookup', err, a, f); next(); }),
  (next) => dns.lookup('localhost', { all: true }, (err, a) => { console.log('all', err, a); next(); }),
  (next) => dns.lookup('localhost', 4, (err, a, f) => { console.log('family 4', err, a, f); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4', hints: dns.ADDRCONFIG | dns.V4MAPPED }, (err, a, f) => { console.log('IPv4 hints', err, a, f); next(); }),
  (next) => dns.lookup('localhost', { all: true, order: 'ipv4first' }, (err, a) => { console.log('ipv4first', err, a); next(); }),
  (next) => dns.lookup('localhost', { all: true, verbatim: false }, (err, a) => { console.log('verbatim false', err, a); next(); }),
  (next) => dns.lookup('localhost', { family: 6 }, (err) => { console.log('family 6', err.message, err.code, err.errno, err.syscall, err.hostname, Object.keys(err)); next(); }),
  (next) => { const r = dns.lookup('127.0.0.1', (err, a, f) => { console.log('ip', err, a, f); next(); }); console.log('ip sync', r); },
  (next) => dns.lookup('::1', { all: true }, (err, a) => { console.log('ip6 all', err, a); next(); }),
  (next) => dns.promises.lookup('localhost').then((r) => { console.log('promise', r); next(); }),
  (next) => dns.promises.lookup('localhost', { all: true }).then((r) => { console.log('promise all', r); next(); }),
  (next) => require('dns/promises').lookup('localhost', { family: 6 }).catch((e) => { console.log('promise err', e.message, e.code); next(); }),
  (next) => {
    for (const f of [() => dns.lookup('x', { family: 5 }, () => {}), () => dns.lookup('x', { hints: 99 }, () => {}),
      () => dns.lookup('x', 'bad', () => {}), () => dns.lookup('x'), () => dns.lookup(1, () => {}),
      () => dns.lookup('', () => {}), () => dns.lookup('x', { all: 1 }, () => {})]) {
      try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    next();
  },
];
console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND);
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
console.log('sync end');
