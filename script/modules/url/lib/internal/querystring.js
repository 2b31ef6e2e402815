'use strict';

// internal/querystring: percent-encoding helpers shared by querystring and
// the legacy url parser.

const { ERR_INVALID_URI } = require('internal/errors').codes;

// hexTable[b] is the escape of byte b ("%0A").
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();

// isHexTable[c] is 1 for the character codes of hexadecimal digits.
const isHexTable = new Int8Array(256);
for (let i = 48; i <= 57; i++) isHexTable[i] = 1;
for (let i = 65; i <= 70; i++) isHexTable[i] = isHexTable[i + 32] = 1;

// encodeStr percent-encodes str: the ASCII characters whose entry in
// noEscape is 0, and every other character as its UTF-8 bytes, written
// with table. A surrogate that ends str is ERR_INVALID_URI.
function encodeStr(str, noEscape, table) {
  const n = str.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      out += table[c];
      last = i + 1;
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += table[0xc0 | (c >> 6)] + table[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += table[0xe0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
    } else {
      // A surrogate takes the next code unit as its pair, whatever it
      // is; only a surrogate at the very end is an error.
      if (i + 1 >= n) throw new ERR_INVALID_URI();
      const lo = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (lo & 0x3ff));
      out += table[0xf0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3f)] +
        table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < n ? out + str.slice(last) : out;
}

module.exports = { encodeStr, hexTable, isHexTable };
