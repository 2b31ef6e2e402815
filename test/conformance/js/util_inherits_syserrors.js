// util.inherits argument errors and what it sets up; the system error
// names, messages and map; getCallSites argument checks; parseEnv;
// toUSVString; stripVTControlCharacters.
'use strict';
const util = require('util');
const log = console.log;
const bad = [[null, function () {}], [undefined, function () {}], [function () {}, null], [function () {}, undefined],
  [function () {}, { prototype: undefined }], [function () {}, function () {}.bind()], [function () {}, 5],
  [{}, function () {}], [5, function () {}]];
for (const [ctor, sup] of bad) {
  try {
    util.inherits(ctor, sup);
    log('ok');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
function A() {}
function B() {}
B.prototype.hi = function () { return 'hi'; };
util.inherits(A, B);
const sd = Object.getOwnPropertyDescriptor(A, 'super_');
log(sd.value === B, sd.writable, sd.enumerable, sd.configurable, new A().hi(), A.prototype.constructor === A);
class C {}
class D {}
util.inherits(C, D);
log(new C() instanceof D, C.super_ === D);
for (const v of [-2, -111, -9999, -4095, -4094, -3008, -125, 2, 0, 1.5, -1.5, 'x', NaN, -Infinity]) {
  for (const f of ['getSystemErrorName', 'getSystemErrorMessage']) {
    try {
      log(f, v, util[f](v));
    } catch (e) {
      log(f, v, e.name, e.code, e.message);
    }
  }
}
const m = util.getSystemErrorMap();
log(m instanceof Map, m.size, m.get(-2), m.get(-4095), m.get(-3008), [...m.keys()].slice(0, 8), util.getSystemErrorMap() === m);
for (const a of [0, -1, 'x', 201, 1.5]) {
  try {
    log(util.getCallSites(a).length);
  } catch (e) {
    log(e.code, e.message);
  }
}
try { util.getCallSites(2, 5); } catch (e) { log(e.code, e.message); }
const site = util.getCallSites(1)[0];
log(Object.getPrototypeOf(site), Object.keys(site), typeof site.scriptName, site.lineNumber);
log(util.parseEnv('export A=1\nB = 2 \nC=\'q\'\nD=`bt`\nE="multi\\nline"\nF="a\nb"\n  G=g#x\nH\nI=\n=J\n#K=1\nL="unterminated\n'));
try { util.parseEnv(1); } catch (e) { log(e.code, e.message); }
log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')), util.toUSVString(12), util.toUSVString());
log(JSON.stringify(util.stripVTControlCharacters('\x1b[1mA\x1b]8;;http://x\x07B\x1b]8;;\x07\x1b[38;5;200mC\x1b[0m')));
try { util.stripVTControlCharacters(1); } catch (e) { log(e.code, e.message); }
try { util.markPromiseAsHandled(5); } catch (e) { log(e.code, e.message); }
log(util.convertProcessSignalToExitCode('SIGINT'), util.convertProcessSignalToExitCode('SIGKILL'));
