// An uncaught error in an ES module: the printed header and the stack
// point at the author's line and column.
import { twice } from './fixtures/esm/forms.mjs';

function inner(value) {
  if (value > 3) {
    throw new RangeError(`too big: ${value}`);
  }
  return inner(twice(value));
}
console.log('start');
const e = new Error('made here');
console.log(e.stack.split('\n').slice(0, 2).join('\n').split(new URL('.', import.meta.url).href).join('<DIR>/'));
inner(1);
