'use strict';
// Buffer argument handling found by a seeded differential run: the order
// in which arguments are checked, empty or absent encoding names, and
// transcode's treatment of invalid input.
const { transcode } = require('buffer');

function show(v) {
  if (Buffer.isBuffer(v)) return '<' + v.toString('hex') + '>';
  return JSON.stringify(v);
}
function t(label, f) {
  let r;
  try { r = show(f()); } catch (e) { r = `${e.name} ${e.code} ${e.errno === undefined ? '' : e.errno + ' '}${e.message}`; }
  console.log(label, r);
}

console.log('# transcode: encoding names');
for (const name of [undefined, null, '', 'UTF-8', 'Latin1', 'hex', 'utf16', 5]) {
  t(`from ${String(name)}`, () => transcode(Buffer.from('A\u00e9'), name, 'ucs2'));
  t(`to ${String(name)}`, () => transcode(Buffer.from('A\u00e9'), 'latin1', name));
}
t('empty source, bad names', () => transcode(Buffer.alloc(0), 'hex', 'bogus'));

console.log('# transcode: invalid input');
const cases = [
  ['8041', 'utf8'], ['e282', 'utf8'], ['f09f9880', 'utf8'], ['efbbbf41', 'utf8'], ['41efbbbf41', 'utf8'],
  ['3dd8', 'ucs2'], ['41', 'ucs2'], ['410042', 'ucs2'], ['3dd800de', 'ucs2'], ['00dc4100', 'ucs2'],
  ['fffe4100', 'ucs2'], ['feff4100', 'ucs2'],
  ['80ff41', 'ascii'], ['80ff41', 'latin1'],
];
for (const [hex, from] of cases) {
  for (const to of ['utf8', 'ucs2', 'latin1', 'ascii']) t(`${from} ${hex} -> ${to}`, () => transcode(Buffer.from(hex, 'hex'), from, to));
}

console.log('# write: offsets, then encoding, then the string');
const w = Buffer.alloc(4);
for (const a of [[5], [5, 1], [{}, -2], [{}, 0, 9], [{}, 0, 2, 'bogus'], [{}, 'utf16'], ['ab', ''], ['ab', 0, ''],
  ['ab', 0, 2, ''], ['ab', 0, 2, null], ['ab', null], ['ab', 0, 'bogus'], ['6162', 1, 'hex']]) {
  t(`write ${show(a)}`, () => [w.write(...a), w]);
}

console.log('# fill and alloc');
for (const a of [['6162', undefined, undefined, 'hex'], ['6162', undefined, 2, 'hex'], ['6162', undefined, 'hex'],
  ['6162', undefined, {}, 'bogus'], ['zz', undefined, 1.5, 'hex'], ['6162', 0, undefined, 'hex'], ['6162', 'hex'],
  ['a', ''], ['a', 0, ''], ['a', 0, 4, ''], ['a', 0, 4, null], ['a', null, null, null], ['a\ude00b', undefined, 1, 'ascii']]) {
  t(`fill ${show(a)}`, () => Buffer.alloc(4).fill(...a));
}
for (const a of [[1.5, 'a'], [1.5, 'ab', 'hex'], [2.9, 1.5], [2, 'a', ''], [2, 'a', null], [1, '\ud83d', 'base64'], [3, 'a\ude00b', 'hex']]) {
  t(`alloc ${show(a)}`, () => Buffer.alloc(...a));
}

console.log('# concat with a length checks every item');
t('concat short', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd'), [1, 2]], 1));
t('concat obj', () => Buffer.concat([Buffer.from('ab'), {}], 0));
t('concat ok', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63])], 5));

console.log('# toString of an empty buffer');
for (const e of ['bogus', '', null, 5]) t(`empty toString ${String(e)}`, () => Buffer.alloc(0).toString(e));
for (const a of [[''], [null], [0], ['', 1, 2], [undefined, 1]]) t(`toString ${show(a)}`, () => Buffer.from('ab').toString(...a));

console.log('# search: only a string value needs a known encoding');
const h = Buffer.from('abcd');
for (const a of [[Buffer.from('b'), 0, 'bogus'], [Buffer.from('b'), 0, ''], [Buffer.from(''), 0, 'utf16'], [98, 0, 'bogus'],
  ['b', 0, 'bogus'], ['b', 0, ''], ['b', 0, 5], ['b', 'utf16'], [Buffer.from('b'), 'bogus'], [{}, 0, 'bogus'],
  [null, 0, ''], [false, 1, 'utf16'], [Buffer.from('b'), 0, 'ucs2']]) {
  for (const m of ['indexOf', 'lastIndexOf', 'includes']) t(`${m} ${show(a)}`, () => h[m](...a));
}

console.log('# variable-width writes: which check comes first');
for (const a of [[300, undefined, 1], [300, '0', 1], [300, 0, 1], [70000, '0', 2], [-1, true, 3], [1e10, [1], 2], [1, undefined, 2]]) {
  for (const m of ['writeUIntBE', 'writeUIntLE', 'writeIntLE', 'writeIntBE']) t(`${m} ${show(a)}`, () => Buffer.alloc(4)[m](...a));
}
