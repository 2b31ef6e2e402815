'use strict';
// dns.lookup's option combinations on literal addresses, IPv4 numbers in
// getaddrinfo's other notations and 'localhost' asked for IPv4 only (the
// IPv6 answers for localhost differ between machines). One lookup at a
// time, so the order of the output is fixed.
const dns = require('dns');
const util = require('util');
const steps = [];
const step = (label, host, options) => steps.push((next) => {
  const cb = function (err, a, f) {
    console.log(label, err ? `${err.code} ${err.message}` : err, a, f, this === undefined ? "no this" : this.constructor.name, arguments.length);
    next();
  };
  const req = options === undefined ? dns.lookup(host, cb) : dns.lookup(host, options, cb);
  console.log(label, 'returned', req.constructor.name, Object.keys(req), req.hostname, req.family);
});
step('plain localhost/4', 'localhost', 4);
step('family IPv4', 'localhost', { family: 'IPv4' });
step('family 4 all', 'localhost', { family: 4, all: true });
step('family 4 order ipv6first', 'localhost', { family: 4, all: true, order: 'ipv6first' });
step('family 4 verbatim', 'localhost', { family: 4, all: true, verbatim: true });
step('family 4 hints', 'localhost', { family: 4, hints: dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL });
step('nulls', '127.0.0.1', { family: null, hints: null, all: null, verbatim: null, order: null });
step('ipv4 literal', '10.1.2.3');
step('ipv4 literal family 6', '10.1.2.3', 6);
step('ipv4 literal all', '10.1.2.3', { all: true });
step('ipv6 literal', '::1');
step('ipv6 literal family 4 all', 'fe80::1', { family: 4, all: true });
step('mapped literal', '::ffff:10.0.0.1', { all: true });
step('short number', '127.1');
step('hex number', '0x7f000001', { all: true });
step('decimal number', '2130706433', 4);
step('octal parts', '0177.0.0.01', { family: 0 });
step('number family 6 mapped', '127.1', { family: 6, hints: dns.V4MAPPED });
step('number family 6 mapped all', '10.0.1', { family: 'IPv6', hints: dns.V4MAPPED | dns.ALL, all: true });
step('number family 6', '127.1', 6);
steps.push((next) => {
  dns.promises.lookup('localhost', { family: 4, all: true, order: 'ipv4first' }).then((r) => {
    console.log('promise all', r);
    return dns.promises.lookup('10.0.1', { family: 6, hints: dns.V4MAPPED });
  }).then((r) => {
    console.log('promise mapped', r);
    return dns.promises.lookup('127.1', 6);
  }).catch((err) => {
    console.log('promise rejected', err.message, Object.keys(err), err.errno, err.code, err.syscall, err.hostname);
    return util.promisify(dns.lookup)('localhost', 4);
  }).then((r) => {
    console.log('promisify', r);
    return util.promisify(dns.lookup)('127.0.0.1', { all: true });
  }).then((r) => { console.log('promisify all', r); next(); });
});
steps.push((next) => {
  for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
    dns.setDefaultResultOrder(order);
    console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
  }
  dns.promises.setDefaultResultOrder('ipv4first');
  console.log(dns.getDefaultResultOrder());
  dns.lookup('localhost', { family: 4, all: true }, (err, a) => { console.log('default order ipv4first', err, a); next(); });
});
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
console.log('sync end');
