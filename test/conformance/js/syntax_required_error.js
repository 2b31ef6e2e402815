// A syntax error in a required file: its code frame, and the require in
// the stack.
console.log('requiring');
require('./fixtures/syntax_bad');
