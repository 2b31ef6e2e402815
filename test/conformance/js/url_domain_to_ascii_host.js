'use strict';
// domainToASCII/domainToUnicode read the input as a hostname setter: the
// host ends at / \ ? #; a ':' outside brackets, an '@' or an empty host
// gives ''.
const url = require('url');
for (const d of ['user:pass@.', '\\EXAMPLE.com.', '/.', '}ws:', '/ß.de', '@..', 'C:', 'ws:', '%zz@ß.de', 'xn--zca.de',
  'XN--ZCA.DE', '[::1]', '[::1]:80', '[::1', 'a?b', 'a#b', 'a\\b', 'ß.de', 'a.b.', '"', '%41.com', 'A.COM', 'x\u3000y',
  'a\tb', 'a\nb', '0x7f.1', '1.2.3', '256.1.1.1', 'a.1', '']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
