// A file that ends inside a block: Node's "Unexpected end of input",
// pointing past the last line.
console.log('never printed');
function unfinished() {
  if (true) {
    console.log('x');
