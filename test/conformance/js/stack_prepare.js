// Error.prepareStackTrace gets V8-like CallSite objects (function name,
// line, column, file, toString), and what it returns is the stack.
function callerFile() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const stack = new Error().stack;
  Error.prepareStackTrace = orig;
  return stack.map((s) => [s.getFunctionName(), s.getLineNumber(), s.getColumnNumber(), typeof s.getFileName(), String(s)].join(' ').split(__dirname).join('<DIR>')).filter((l) => !l.includes('node:'));
}
function named() { return callerFile(); }
console.log(named());
Error.prepareStackTrace = (err, sites) => `${err.message} @ ${sites[0].getLineNumber()}`;
console.log(new Error('custom').stack);
