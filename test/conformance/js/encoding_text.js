'use strict';
const te = new TextEncoder();
console.log(te.encoding, te.encode(''), te.encode('a€😀'), te.encode('\ud800x'));
const dst = new Uint8Array(5);
console.log(te.encodeInto('a€😀', dst), dst, te.encodeInto('hi', new Uint8Array(8)));
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, td);
console.log(JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
console.log(JSON.stringify(td.decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))), td.decode(), td.decode(new ArrayBuffer(2)));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
const s = new TextDecoder();
const bytes = te.encode('x€y');
console.log(JSON.stringify([s.decode(bytes.subarray(0, 2), { stream: true }), s.decode(bytes.subarray(2, 4), { stream: true }), s.decode(bytes.subarray(4))]));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0xe9, 0x80])), new TextDecoder('ascii').encoding);
console.log(new TextDecoder('utf-16le').encoding, new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])));
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.prototype.toString.call(te), Object.prototype.toString.call(td));
