// A missing named export is an error before any module runs: Node prints
// the import's line with a caret under the name.
import { plain } from './fixtures/esm/plain_dep.mjs';
import { count, notThere } from './fixtures/esm/counter.mjs';
console.log('never printed', plain, count, notThere);
