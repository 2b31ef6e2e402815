'use strict';
// A bracketed host holding another bracket is not an IPv6 address: parsing
// fails and the host setters leave the URL as it was.
for (const h of ['[[1:2::3]', '[1:2::3]]', '[[::1]]', '[::1', '[]', '[1:2::3]x', 'a[::1]', '[::1]', '[::ffff:1.2.3.4]']) {
  let parsed;
  try { parsed = new URL(`http://${h}/`).host; } catch (e) { parsed = `${e.code}`; }
  const u = new URL('http://x/');
  u.hostname = h;
  const v = new URL('foo://y/');
  v.host = h;
  console.log(JSON.stringify(h), parsed, u.host, v.host, URL.canParse(`ws://${h}`));
}
