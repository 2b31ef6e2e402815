'use strict';
// dns: the argument errors of lookup and lookupService in both forms (in
// Node's order of checks: which of two bad arguments is reported), the
// rejections of the promise forms and a getaddrinfo error's shape.
const dns = require('dns');
const e = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor.name);
    if (r instanceof Promise) r.catch((err) => console.log(label, 'rejected', err.name, err.code, err.message));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
const cb = () => {};
e('null host', () => dns.lookup(null, cb));
e('undefined host', () => dns.lookup(undefined, cb));
e('false host', () => dns.lookup(false, cb));
e('number host', () => dns.lookup(1));
e('object host', () => dns.lookup({}, cb));
e('empty host no cb', () => dns.lookup('', 5));
e('empty host bad family', () => dns.lookup('', { family: 5 }, cb));
e('no cb bad family', () => dns.lookup('x', { family: 5 }));
e('family IPv5', () => dns.lookup('x', { family: 'IPv5' }, cb));
e('family string 4', () => dns.lookup('x', { family: '4' }, cb));
e('family number 7', () => dns.lookup('x', 7, cb));
e('family 4.5', () => dns.lookup('x', 4.5, cb));
e('options true', () => dns.lookup('x', true, cb));
e('options string', () => dns.lookup('x', '4', cb));
e('hints and family', () => dns.lookup('x', { family: 5, hints: 99 }, cb));
e('all and family', () => dns.lookup('x', { all: 1, family: 5 }, cb));
e('verbatim and all', () => dns.lookup('x', { verbatim: 1, all: 1 }, cb));
e('verbatim and order', () => dns.lookup('x', { verbatim: 1, order: 'x' }, cb));
e('hints string', () => dns.lookup('x', { hints: '1' }, cb));
e('hints -1', () => dns.lookup('x', { hints: -1 }, cb));
e('hints 1.5', () => dns.lookup('x', { hints: 1.5 }, cb));
e('callback number', () => dns.lookup('x', {}, 5));
e('no callback', () => dns.lookup('127.0.0.1'));
e('setDefaultResultOrder', () => dns.setDefaultResultOrder());
e('setDefaultResultOrder promises', () => dns.promises.setDefaultResultOrder('IPV4FIRST'));
e('promise number host', () => dns.promises.lookup(1));
e('promise bad family', () => dns.promises.lookup('x', { family: 3 }));
e('promise empty host bad family', () => dns.promises.lookup('', { family: 3 }));
e('promise bad options', () => dns.promises.lookup('x', 'bad'));
e('promise family 9', () => dns.promises.lookup('x', 9));
e('promise no host', () => dns.promises.lookup());
e('promise null host', () => dns.promises.lookup(null));
e('service no args', () => dns.lookupService());
e('service 4 args', () => dns.lookupService('127.0.0.1', 22, cb, 1));
e('service port -1', () => dns.lookupService('127.0.0.1', -1, cb));
e('service port x', () => dns.lookupService('127.0.0.1', 'x', cb));
e('service bad cb', () => dns.lookupService('127.0.0.1', 22, 5));
e('service bad address', () => dns.lookupService('localhost', 22, cb));
e('service number address', () => dns.lookupService(5, 22, cb));
e('promise service 1 arg', () => dns.promises.lookupService('127.0.0.1'));
e('promise service 70000', () => dns.promises.lookupService('1.2.3.4', 70000));
e('promise service nope', () => dns.promises.lookupService('nope', 1));
dns.lookup('0x7f.1', { family: 6 }, (err, a, f) => {
  console.log(err.name, err.message, Object.keys(err), err.errno, err.code, err.syscall, err.hostname, a, f);
  console.log(err instanceof Error, String(err));
  dns.lookupService('127.0.0.1', '22', (err, host, service) => console.log('service string port', err, host, service));
});
