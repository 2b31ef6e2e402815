'use strict';
// url.resolve and url.resolveObject: the RFC 1808 examples, protocols
// without slashes, network-path references, and a seeded table of mixed
// inputs.
const url = require('url');
process.noDeprecation = true;
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'http:g', 'http:', 'https:g', 'mailto:x', '//x/../y', 'file:x'];
for (const r of refs) console.log(JSON.stringify(r), url.resolve(base, r));
const pairs = [['mailto:a@b', ['c', '?x', '#y', 'mailto:z', '//h/p']], ['/a/b', ['c', '../../../c', '//h']], ['a/b', ['../../c', 'c', '/d', '?q']],
  ['http://x', ['y', '?q', '#h', '.']], ['', ['a', '/b']], ['file:///a/b', ['c', '/d', '..', 'file:e']], ['http://u@x/a', ['//y/b', 'http://z/c', '/d']]];
for (const [b, rs] of pairs) for (const r of rs) console.log(JSON.stringify([b, r]), url.resolve(b, r));
console.log(url.resolveObject('http://a/b', '../c'), url.resolveObject('', 'x'), url.parse('http://x').resolveObject('y').constructor.name);
let seed = 11;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const protos = ['', '', 'http:', 'https:', 'HTTP:', 'mailto:', 'file:', 'javascript:', 'foo:', 'ws:'];
const mids = ['', '//', '/', '///', '\\\\'];
const auths = ['', '', 'u@', 'u:p@', '@'];
const hosts = ['', 'h', 'H.com', '[::1]', 'h:80', 'a_b'];
const paths = ['', '/', '/a', '/a/b', 'a', 'a/b', '/a/../b', '..', '../x', '/a b', '/a\\b', '/.', 'a/./b/..'];
const tails = ['', '?a=1', '#f', '?x y#?q'];
const mk = () => protos[rnd(protos.length)] + mids[rnd(mids.length)] + auths[rnd(auths.length)] + hosts[rnd(hosts.length)] + paths[rnd(paths.length)] + tails[rnd(tails.length)];
for (let i = 0; i < 400; i++) {
  const a = mk();
  const b = mk();
  let line;
  try {
    const o = url.resolveObject(a, b);
    line = [a, b, o.href, o.host, o.pathname, o.auth, o.path];
  } catch (e) {
    line = [a, b, e.code];
  }
  console.log(JSON.stringify(line));
}
