let seed = 11;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const bases = ['http://u:p@h.com:81/a/b?q#f', 'https://h/', 'file:///x/y', 'sc://h/p', 'sc:opaque?q#f', 'ws://h:80/', 'ftp://h/', 'mailto:x', 'http://[::1]/'];
const props = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const vals = ['', 'x', 'https', 'file', 'sc', 'a:b', 'h2.com:99', '[::2]', '8080', '0', '99999', '/p q', '?a=b', '#h', 'é', '..', '/../x', 'a@b', ' 1 ', 'ws:', 'x.y:', '1.2.3.4', '%41'];
const out = [];
for (let i = 0; i < 400; i++) {
  const u = new URL(bases[rnd(bases.length)]);
  const steps = [];
  for (let j = 0; j < 3; j++) {
    const p = props[rnd(props.length)];
    const v = vals[rnd(vals.length)];
    u[p] = v;
    steps.push(p + '=' + v);
  }
  out.push(JSON.stringify([steps, u.href, u.host, u.pathname, u.search, u.hash, u.origin]));
}
console.log(out.join('\n'));
