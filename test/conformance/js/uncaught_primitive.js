// A thrown value that is not an error (from a timer): Node's form, with the
// --trace-uncaught hint.
console.log('before');
setTimeout(() => {
  console.log('in timer');
  throw 42;
}, 1);
