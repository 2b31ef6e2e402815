'use strict';
// Hosts of special URLs: IDNA without the STD3 character rules ("!", "}",
// "*" stay), "xn--" labels taken as written, a name ending in a number
// read as IPv4 (a signed label makes it invalid); domainToUnicode decodes
// only the "xn--" labels that decode.
const url = require('url');
const hosts = ['!;ß.de', 'é}', '*üexample.org', 'ß}h.com', '+ß.de', 'xn--a.com', 'xn--zca.de', 'ü$xn--zca.de', 'ß,xn--zca.de',
  '-a-.com', 'ab--c.com', 'a_b', 'ÄÖ.de', '\u00ad.com', 'a.1', '256.1.1.1', '0x7f.1', '1.2.3', '-1.5', '-11.2.3.4',
  '1.-2.3.4', '+1.2', 'a-b.1', 'a-b.com', '0x-1.2', '1.2.3.4-', 'a.0x1f', 'a-b.0x1g', 'x\u3000y', 'ß\uff0fb', 'é"x'];
for (const h of hosts) {
  let parsed;
  try { parsed = new URL(`http://${h}/`).host; } catch (e) { parsed = e.code; }
  let opaque;
  try { opaque = new URL(`foo://${h}/`).host; } catch (e) { opaque = e.code; }
  const u = new URL('ws://x:1/');
  u.hostname = h;
  console.log(JSON.stringify(h), JSON.stringify([parsed, opaque, u.host, url.domainToASCII(h), url.domainToUnicode(h), URL.canParse(`https://${h}`)]));
}
