// A syntax error in the main module: Node's code frame at the right line
// and column, the message once, nothing runs.
console.log('never printed');
const ok = 1;
let broken = ;
