// console.table: Node's box drawing for arrays of objects, objects of
// objects, arrays of arrays, primitives (Values column) and a column filter.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table({ r1: { x: 1 }, r2: { y: 2 } });
console.table([[1, 2], [3, 4]]);
console.table([{ a: 1, b: 2 }], ['a']);
console.table([1, 'two', { k: null }]);
console.table([{ nested: { p: 1, q: 2, r: 3 }, list: [1, 2, 3, 4, 5] }]);
console.table(5);
console.table('not tabular');
