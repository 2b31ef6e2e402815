'use strict';
// new URLSearchParams(string): null is the text "null"; a name or value
// whose decoded bytes are not UTF-8 is read again from the low bytes of
// its code units (what Node does), the URL's own search is not.
const show = (v) => JSON.stringify(v);
for (const init of [null, 0, false, 10n, '?a=1']) console.log(show(String(new URLSearchParams(init))));
for (const s of ['é%FF', '😀%FF', 'a%FF', 'ĀĂ%FF', 'é%C3%A9', 'x=é%FF', 'é%FF=é', 'é=é%FF', 'é+%FF', 'ß%E2%82', 'ß%41', 'ß%zz']) {
  const p = new URLSearchParams(s);
  console.log(show(s), show([...p]), p.toString());
}
console.log(show([...new URL('http://h/?é%FF').searchParams]));
