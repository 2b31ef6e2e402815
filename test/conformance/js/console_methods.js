// console methods on stdout and stderr: assert forms, count, group
// indentation, dir with options, and Console instances on given streams.
console.assert(true, 'never shown');
console.assert(false, 'failed %s', 'here');
console.assert(false);
console.assert(false, { a: 1 });
console.count(); console.count('x'); console.count(); console.countReset(); console.count();
console.group('G1');
console.log('in');
console.group();
console.error('deeper\nline2');
console.groupEnd();
console.groupEnd();
console.log('out');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir('str');
const { Console } = console;
const c = new Console(process.stdout, process.stderr);
c.log('from Console'); c.error('err from Console');
const c2 = new console.Console({ stdout: process.stdout });
c2.warn('warn to stdout');
const { log } = c2;
log('detached');
console.log(typeof console.Console, Console === require('console').Console);
try {
  new Console({});
} catch (err) {
  console.log(err.code);
}
