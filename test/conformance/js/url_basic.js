const u = new URL('https://user:pa%20ss@EXAMPLE.com:8080/a/./b/../c?x=1&y=2#frag');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u);
console.log(u.searchParams.get('x'), [...u.searchParams], String(u.searchParams));
u.searchParams.append('z', 'a b');
u.pathname = '/new path';
u.hash = '';
u.port = '443';
console.log(u.href);
console.log(new URL('../x?q', 'http://a.com/b/c/d').href, URL.canParse('nope'), URL.canParse('/x', 'http://h'));
try { new URL('nope'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
const p = new URLSearchParams('a=1&b=2&a=3');
p.sort(); p.delete('b');
console.log(p.getAll('a'), p.toString(), p.has('a'), p.size, p);
console.log(new URL('file:///tmp/x y').pathname, require('url').pathToFileURL('/tmp/a b#c').href, require('url').fileURLToPath('file:///tmp/a%20b'));
console.log(new TextEncoder().encode('hé'), new TextDecoder().decode(new Uint8Array([0xe2, 0x82, 0xac])), new TextEncoder());
console.log(JSON.stringify(u), new URL('mailto:x@y.z'), new URL('http://[::1]:3000/'));
