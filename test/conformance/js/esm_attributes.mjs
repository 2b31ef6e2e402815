// Import attributes: JSON needs type "json", only JSON has it, other
// types are refused; import()'s options are checked.
import data from './fixtures/esm/data.json' with { type: 'json' };
import * as dataNs from './fixtures/esm/data.json' with { type: 'json' };

const dir = new URL('.', import.meta.url).href;
const show = (e) => console.log(e.name, e.code, e.message.split(dir).join('<DIR>/'));
console.log(data.name, dataNs.default === data, Object.keys(dataNs));
const again = await import('./fixtures/esm/data.json', { with: { type: 'json' } });
console.log(again.default === data);
await import('./fixtures/esm/data.json').catch(show);
await import('./fixtures/esm/data.json', { with: { type: 'css' } }).catch(show);
await import('./fixtures/esm/plain_dep.mjs', { with: { type: 'json' } }).catch(show);
await import('./fixtures/esm/plain_dep.mjs', 5).catch(show);
await import('./fixtures/esm/plain_dep.mjs', { with: 'json' }).catch(show);
console.log(import.meta.resolve('./fixtures/esm/not-there.mjs').split(dir).join('<DIR>/'));
console.log(import.meta.resolve('./fixtures/esm/').split(dir).join('<DIR>/'));
