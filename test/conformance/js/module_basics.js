// CommonJS as Node: relative files, .json, directories with index.js,
// package.json main, cycles, the module cache, module.exports, exports,
// __filename and __dirname, 'use strict' files.
'use strict';
const a = require('./fixtures/mod_a');
console.log('a', a.name, a.thisIsExports, a.file, a.dir, a.strictThis);
const data = require('./fixtures/data.json');
console.log('json', data.answer, JSON.stringify(data.list));
console.log('dir', require('./fixtures/dir')());
const pkg = require('./fixtures/pkg');
console.log('pkg', pkg.via, pkg.parentIsMain);
const ca = require('./fixtures/cycle_a');
console.log('cycle', ca.loaded, ca.sawB, ca.bSawA, require('./fixtures/cycle_b').sawA);
const c1 = require('./fixtures/counter');
const c2 = require('./fixtures/counter.js');
console.log('cache', c1 === c2, c1.next(), c2.next());
const resolved = require.resolve('./fixtures/counter');
console.log('resolve', resolved.split('/').slice(-2).join('/'), require.cache[resolved].exports === c1);
delete require.cache[resolved];
const c3 = require('./fixtures/counter');
console.log('reloaded', c3 === c1, c3.next());
console.log('main', require.main === module, module.id, typeof module.filename, module.loaded);
console.log('children', module.children.length);
console.log('exports', exports === module.exports, typeof exports);
setImmediate(() => console.log('loaded after run', module.loaded));
