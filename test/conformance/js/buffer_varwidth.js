'use strict';
// The variable-width readUIntLE/BE, readIntLE/BE and their writes, byte
// lengths 1 to 6, and their errors.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const b = Buffer.alloc(8);
for (let n = 1; n <= 6; n++) {
  const top = 2 ** (8 * n);
  b.fill(0);
  console.log(n, b.writeUIntLE(top - 1, 0, n), b.readUIntLE(0, n), b.writeUIntBE(0x42, 1, n), b.readUIntBE(1, n), b);
  console.log(n, b.writeIntLE(-(top / 2), 0, n), b.readIntLE(0, n), b.writeIntBE(top / 2 - 1, 2, n), b.readIntBE(2, n), b.readIntLE(2, n), b);
  t(() => b.writeUIntLE(top, 0, n));
  t(() => b.writeIntBE(top / 2, 0, n));
  t(() => b.writeIntLE(-(top / 2) - 1, 0, n));
  t(() => b.readUIntBE(9 - n, n));
}
t(() => b.readUIntLE(0));
t(() => b.readUIntLE(0, 0));
t(() => b.readUIntLE(0, 7));
t(() => b.readIntBE(0, 2.5));
t(() => b.readIntBE(0, '2'));
t(() => b.readUIntBE(undefined, 2));
t(() => b.readIntLE(-1, 2));
t(() => b.writeUIntLE(1, 0));
t(() => b.writeUIntBE(1, 0, 7));
t(() => b.writeIntLE(1, undefined, 2));
t(() => b.writeIntBE(1, 7, 2));
t(() => b.writeUIntLE(1.9, 0, 3) && b);
t(() => b.writeIntLE(-1.5, 0, 3) && b);
t(() => [b.writeUIntBE(NaN, 0, 5), b]);
t(() => [typeof b.readUintLE, typeof b.writeUintBE, b.readUintBE === b.readUIntBE]);
