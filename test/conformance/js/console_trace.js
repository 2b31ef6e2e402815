// console.trace: "Trace: message" and the stack on stderr.
function where(n) {
  console.trace('reached %d', n);
}
where(7);
console.log('done');
