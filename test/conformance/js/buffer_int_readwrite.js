'use strict';
// Every fixed-width integer read and write (and the Uint aliases): values,
// return offsets, and the range errors of offset and value.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const b = Buffer.alloc(10);
const widths = { 8: 1, 16: 2, 32: 4 };
for (const bits of [8, 16, 32]) {
  for (const sign of ['UInt', 'Int']) {
    for (const end of bits === 8 ? [''] : ['LE', 'BE']) {
      const w = `write${sign}${bits}${end}`;
      const r = `read${sign}${bits}${end}`;
      const max = sign === 'UInt' ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
      const min = sign === 'UInt' ? 0 : -(2 ** (bits - 1));
      b.fill(0);
      console.log(w, b[w](max, 1), b[r](1), b[w](min, 1), b[r](1), b[w](7), b[r](), b);
      t(() => b[w](max + 1, 0));
      t(() => b[w](min - 1, 0));
      t(() => b[w](1, 10 - widths[bits] + 1));
      t(() => b[w](1, -1));
      t(() => b[w](1, 0.5));
      t(() => b[w](1, '0'));
      t(() => b[r](10 - widths[bits] + 1));
      t(() => b[r](NaN));
      t(() => b[r](null));
      t(() => b[r](Infinity));
      console.log(typeof b[w.replace('UInt', 'Uint')], b[w.replace('UInt', 'Uint')] === b[w]);
    }
  }
}
t(() => [b.writeUInt8(2.9, 0), b.writeInt8(-2.9, 1), b.writeUInt16LE('513', 2), b.writeUInt32BE(NaN, 4), b.writeInt32LE(undefined, 6), b]);
t(() => [b.writeUInt16BE(4660.5, 0), b.writeInt16LE(-0.5, 2), b.writeUInt32LE(2 ** 32 - 0.5, 4), b]);
t(() => Buffer.alloc(1).readUInt16LE(0));
t(() => Buffer.alloc(0).writeUInt8(0, 0));
t(() => Buffer.alloc(3).readInt32BE());
t(() => Buffer.from([0x80, 0, 0, 0]).readInt32BE(0));
t(() => [Buffer.from([0xff, 0xff]).readInt16BE(), Buffer.from([0xff]).readInt8(), Buffer.from([1, 2, 3, 4]).readUInt32LE()]);
