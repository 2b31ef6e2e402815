'use strict';
// Only IPv4 answers for localhost are printed: whether /etc/hosts also maps
// it to ::1 differs between machines.
const dns = require('dns');
const v4 = (list) => list.filter((a) => a.family === 4);
const steps = [
  (next) => dns.lookup('localhost', 4, (err, a, f) => { console.log('family 4', err, a, f); next(); }),
  (next) => dns.lookup('localhost', { all: true }, (err, a) => { console.log('all', err, v4(a)); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4', hints: dns.ADDRCONFIG | dns.V4MAPPED }, (err, a, f) => { console.log('IPv4 hints', err, a, f); next(); }),
  (next) => dns.lookup('localhost', { all: true, order: 'ipv4first' }, (err, a) => { console.log('ipv4first', err, a[0]); next(); }),
  (next) => dns.lookup('localhost', { all: true, family: 4, verbatim: false }, (err, a) => { console.log('verbatim false', err, a); next(); }),
  (next) => { const r = dns.lookup('127.0.0.1', (err, a, f) => { console.log('ip', err, a, f); next(); }); console.log('ip sync', r); },
  (next) => dns.lookup('::1', { all: true }, (err, a) => { console.log('ip6 all', err, a); next(); }),
  (next) => dns.lookup('::ffff:1.2.3.4', (err, a, f) => { console.log('mapped', err, a, f); next(); }),
  (next) => dns.promises.lookup('localhost', { family: 4 }).then((r) => { console.log('promise', r); next(); }),
  (next) => dns.promises.lookup('127.0.0.1', { all: true }).then((r) => { console.log('promise all', r); next(); }),
  (next) => require('dns/promises').lookup('localhost', 4).then((r) => { console.log('dns/promises', r); next(); }),
  (next) => {
    for (const f of [() => dns.lookup('x', { family: 5 }, () => {}), () => dns.lookup('x', { hints: 99 }, () => {}),
      () => dns.lookup('x', 'bad', () => {}), () => dns.lookup('x'), () => dns.lookup(1, () => {}),
      () => dns.lookup('', () => {}), () => dns.lookup('x', { all: 1 }, () => {}), () => dns.lookup('x', { order: 'random' }, () => {}),
      () => dns.setDefaultResultOrder('bad')]) {
      try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    dns.setDefaultResultOrder('ipv4first');
    console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
    next();
  },
];
console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.promises.NOTFOUND);
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
console.log('sync end');
