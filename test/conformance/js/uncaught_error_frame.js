// An uncaught error thrown in a function: Node's code frame, the error's
// stack, the Node version line, exit code 1.
function check(value) {
  if (value > 2) {
    throw new RangeError(`value ${value} is too large`);
  }
  return value;
}
console.log(check(1));
console.log(check(2));
check(3);
