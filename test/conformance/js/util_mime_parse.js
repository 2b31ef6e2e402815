'use strict';
// util.MIMEType parsing and serialization: case, whitespace, quoting,
// dropped parameters and syntax errors.
const { MIMEType } = require('util');
const inputs = [
  'Text/HTML; Charset="utf-8"; foo=bar;  baz ; q="a\\"b"', ' text/plain ', 'text/plain;', 'a/b;x', 'a/b;x=',
  'a/b;x="', 'a/b;=y;z=1', 'a/b;X=1;x=2', 'a/b;x=";"', 'a/b;x="\\', 'a/b ;x=1', 'a/b; x = 1;y =2; z= 3 ',
  '\t\na/b\r\n ', 'a/b;x="abc"def;y=1', 'a/b;x=a\u0100;y=2', 'a/b;x(=1;y=2', 'a/b;x=\u007f;y=\t', 'a/b;;;x=1',
  'text/html;a=\u00ff', 'application/vnd.api+json; charset=UTF-8',
  '', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', '(a/b', 'a/(b', 'a/b (x', 'a\u00e9/b',
];
for (const s of inputs) {
  try {
    const m = new MIMEType(s);
    console.log(JSON.stringify(s), '->', String(m), JSON.stringify(m), m.type, m.subtype, m.essence);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
}
for (const v of [null, undefined, 5, { toString() { return 'A/B;C=D'; } }]) {
  try { console.log(String(new MIMEType(v))); } catch (e) { console.log(e.name, e.code, e.message); }
}
const m = new MIMEType('text/html');
console.log(m, `${m}`, Object.keys(m), Object.prototype.toString.call(m), MIMEType.name, MIMEType.length);
console.log(Object.getOwnPropertyNames(MIMEType.prototype));
try { MIMEType('a/b'); } catch (e) { console.log(e.name, e.message); }
