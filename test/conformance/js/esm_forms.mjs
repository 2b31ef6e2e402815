// Export and import forms: declarations, lists with renames and string
// names, re-exports (named, star, star as), default in each form; default,
// named, namespace, side-effect and combined imports.
import defaultFn, * as forms from './fixtures/esm/forms.mjs';
import { one, two as second, mutable, legacy, twice, later, gen, Shape, renamed, helper, 'string name' as stringName } from './fixtures/esm/forms.mjs';
import { reexported, plain, counterNs, sideDefault, setMutable } from './fixtures/esm/forms.mjs';
import arrow from './fixtures/esm/default_expr.mjs';
import Klass from './fixtures/esm/default_class.mjs';
import value, * as valueNs from './fixtures/esm/default_value.mjs';
import named from './fixtures/esm/default_named.mjs';
import './fixtures/esm/side.mjs';
import {} from './fixtures/esm/side.mjs';

console.log(Object.keys(forms));
console.log(one, second, mutable, legacy, twice(21), typeof later, [...gen()], new Shape().kind);
console.log(renamed, helper(), stringName, forms['string name'], typeof reexported, plain);
console.log(Object.keys(counterNs), sideDefault);
console.log(defaultFn(), defaultFn.name, forms.default === defaultFn);
console.log(arrow(), arrow.name, Klass.make(), Klass.name, value, Object.keys(valueNs), named.name);
setMutable('changed');
console.log(mutable, forms.mutable);
console.log(await later(), await named());
