// A module with async generators and for await (rewritten for goja)
// keeps its exports and the author's positions in stacks; an anonymous
// default export is named "default", in its name and in stack frames.
import thrower, { collect, ticks } from './fixtures/esm/asyncgen.mjs';

const dir = new URL('.', import.meta.url).href;
console.log(typeof ticks, thrower.name, await collect(3));
try {
  thrower();
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n').split(dir).join('<DIR>/'));
}
