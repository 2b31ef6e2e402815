// import.meta: url, filename, dirname, main and resolve.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const m = import.meta;
console.log(Object.keys(m), Object.getPrototypeOf(m));
console.log(m.url.startsWith('file:///'), m.url.endsWith('/esm_import_meta.mjs'));
console.log(m.filename === fileURLToPath(m.url), path.basename(m.filename), m.dirname === path.dirname(m.filename));
console.log(m.main, typeof m.resolve);
console.log(m.resolve('./fixtures/esm/counter.mjs') === new URL('./fixtures/esm/counter.mjs', m.url).href);
console.log(m.resolve('node:fs'), m.resolve('fs'), m.resolve('node:path'));
console.log(typeof require, typeof module, typeof exports, typeof __filename, this);
const { isMain } = await import('./fixtures/esm/meta_child.mjs');
console.log('child main:', isMain);
