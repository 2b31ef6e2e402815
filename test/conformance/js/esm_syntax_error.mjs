// A syntax error: Node prints the file URL with the line, the line and a
// caret at the column, and runs nothing.
console.log('never printed');
const ok = 1;
const broken = [ok, 2;
