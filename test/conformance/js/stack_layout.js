// err.stack in V8's layout: "    at f (file:line:col)", the module's top
// level as Object.<anonymous>, columns on line 1 not shifted by the module
// wrapper. Frames of Node's own library are left out of the trace.
const e1 = new Error('first line'); function show(err) { console.log(err.stack.split('\n').filter((l) => !l.includes('node:')).join('\n').split(__dirname).join('<DIR>')); }
show(e1);
function outer() {
  return inner();
}
function inner() {
  return new TypeError('deep');
}
show(outer());
const limited = (() => { Error.stackTraceLimit = 1; const e = new Error('one frame'); Error.stackTraceLimit = 10; return e; })();
show(limited);
console.log(typeof Error.captureStackTrace);
const obj = { message: 'custom' };
Error.captureStackTrace(obj);
console.log(obj.stack.split('\n')[0]);
