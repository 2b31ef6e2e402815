// ES modules and CommonJS together: "type": "module" makes .js files ES
// modules, a .cjs file is CommonJS (module.exports as the default export,
// its properties as named ones), JSON with a type attribute.
import { typed } from './fixtures/esm/typed.js';
import legacy, { alpha, beta } from './fixtures/esm/legacy.cjs';
import * as legacyNs from './fixtures/esm/legacy.cjs';
import whole, { extra } from './fixtures/esm/whole.cjs';
import data from './fixtures/esm/data.json' with { type: 'json' };

console.log(typed);
console.log(alpha, beta(), legacy.alpha, legacyNs.default === legacy, legacyNs.alpha);
legacy.bump();
console.log(legacy.counter, legacyNs.default.counter);
console.log(whole(), extra, whole.extra === extra);
console.log(data.name, data.list);
const again = await import('./fixtures/esm/legacy.cjs');
console.log(again.default === legacy);
console.log(Object.keys(legacyNs), Object.keys(await import('./fixtures/esm/whole.cjs')));
