'use strict';
// TextDecoder: labels, fatal, ignoreBOM and stream:true across chunk
// boundaries, for utf-8, utf-16le/be and single-byte encodings.
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'UTF-16BE', 'latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1251', 'koi8-r', 'iso-8859-2', 'macintosh', 'x-user-defined', 'gbk', 'shift_jis', 'euc-kr', 'big5']) {
  t(() => new TextDecoder(label).encoding);
}
for (const label of ['utf-7', 'replacement', 'iso-2022-kr', '', 'nope']) t(() => new TextDecoder(label));
const bytes = new TextEncoder().encode('x\u00e9\u20ac\ud83d\ude00y');
for (let size = 1; size <= 4; size++) {
  const d = new TextDecoder();
  const out = [];
  for (let i = 0; i < bytes.length; i += size) out.push(d.decode(bytes.subarray(i, i + size), { stream: true }));
  out.push(d.decode());
  console.log(size, JSON.stringify(out));
}
const bad = new Uint8Array([0x61, 0xf0, 0x9f, 0x62, 0xe2, 0x82]);
t(() => [new TextDecoder().decode(bad), new TextDecoder().decode(bad.subarray(0, 3), { stream: true })]);
t(() => new TextDecoder('utf-8', { fatal: true }).decode(bad));
t(() => { const d = new TextDecoder('utf-8', { fatal: true }); return [d.decode(bad.subarray(4), { stream: true }), d.fatal]; });
t(() => { const d = new TextDecoder('utf-8', { fatal: true }); d.decode(bad.subarray(4), { stream: true }); return d.decode(); });
t(() => { const d = new TextDecoder('utf-8', { fatal: true }); try { d.decode(bad); } catch { } return d.decode(new Uint8Array([0x6f, 0x6b])); });
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
t(() => [new TextDecoder().decode(bom), new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom)]);
t(() => { const d = new TextDecoder(); return [d.decode(bom.subarray(0, 2), { stream: true }), d.decode(bom.subarray(2, 4), { stream: true }), d.decode(bom.subarray(4))]; });
t(() => { const d = new TextDecoder(); return [d.decode(bom), d.decode(bom)]; });
const le = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x69]);
t(() => [new TextDecoder('utf-16le').decode(le), new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le)]);
t(() => { const d = new TextDecoder('utf-16le'); const o = []; for (const x of le) o.push(d.decode(new Uint8Array([x]), { stream: true })); o.push(d.decode()); return o; });
t(() => new TextDecoder('utf-16le', { fatal: true }).decode(le));
t(() => new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0xd8, 0x3d, 0xde, 0x00])));
t(() => [new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x81, 0x9f, 0xe9, 0x41])), new TextDecoder('iso-8859-2').decode(new Uint8Array([0xa1, 0xb1]))]);
t(() => new TextDecoder('windows-1253', { fatal: true }).decode(new Uint8Array([0xaa])));
t(() => [new TextDecoder('koi8-r').decode(new Uint8Array([0xc1, 0xc2])), new TextDecoder('x-user-defined').decode(new Uint8Array([0x41, 0x80, 0xff]))]);
t(() => [new TextDecoder('shift_jis').decode(new Uint8Array([0x82, 0xa0, 0x41])), new TextDecoder('gbk').decode(new Uint8Array([0xc4, 0xe3]))]);
t(() => { const d = new TextDecoder('shift_jis'); return [d.decode(new Uint8Array([0x82]), { stream: true }), d.decode(new Uint8Array([0xa0]))]; });
t(() => new TextDecoder().decode(new Uint16Array([0x6968])));
t(() => new TextDecoder().decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)));
t(() => new TextDecoder().decode('str'));
t(() => new TextDecoder().decode(null));
t(() => new TextDecoder().decode(undefined, { stream: true }));
t(() => new TextDecoder('utf-8', 5));
t(() => new TextDecoder('utf-8', null).fatal);
t(() => new TextDecoder().decode(new Uint8Array(1), 'x'));
t(() => [new TextDecoder(undefined).encoding, new TextDecoder({ toString() { return 'latin1'; } }).encoding]);
t(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
t(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
