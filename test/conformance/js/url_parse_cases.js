const inputs = [
  'http://example.com/a b', 'http://ex ample.com', 'http://[::ffff:1.2.3.4]/', 'http://[1:0::]/', 'http://0300.0250.0.1/',
  'http://192.168.0.257/', 'http://1.2.3.4.5/', 'http://a.b/%2e%2E/c', 'http://a/b/./../c/%2e', 'HTTP://A.B:80/', 'https://a.b:443',
  'ftp://a.b:21/x', 'ws://a:80/', 'wss://a:443/', 'file:///C:/x/../y', 'file://host/share', 'file:/x', 'file:x', 'http:a.com',
  'http:/a.com', 'http:\\\\a.com\\b', 'sc://ñ.com/', 'sc://a b/', 'sc:/a/b/../c', 'sc:a/b', 'about:blank', 'data:,x y#z',
  'http://a.com?q=`{}`', 'http://a.com#`{}` x', 'http://user:pa:ss@a.com', 'http://@a.com', 'http://:@a.com', 'http://a.com:/',
  'http://a.com:0x50/', 'http://EXAMPLE.COM./', 'http://ex%41mple.com/', 'http://a.com/\u00e9?\u00e9#\u00e9',
  'http://a.com/?a=b&c=%zz', 'non-special://host:99999', 'http://host:65536', 'http://[::1', 'javascript:alert(1)//x',
  'blob:http://a.com/1', 'http://a.com/%', 'http://a.com/ tab\there', '  \t http://a.com/\n x', 'http://a.com\\\\b\\c',
  'http://1.1', 'http://0x7f000001', 'http://4294967295', 'http://4294967296', 'mailto:A@B.c?subject=x', 'git+ssh://g@h.com:x/y',
];
for (const i of inputs) {
  try {
    const u = new URL(i);
    console.log(JSON.stringify(i), u.href, '|', u.host, '|', u.pathname, '|', u.origin);
  } catch (e) {
    console.log(JSON.stringify(i), 'ERR', e.code);
  }
}
const rels = [['a', 'http://h/b/c'], ['../../x', 'http://h/a/b/c'], ['//other/p', 'file:///x'], ['?x', 'sc:opaque'], ['#y', 'sc:opaque'], ['z', 'sc:opaque'], ['/abs', 'sc://h/p'], ['', 'about:blank'], ['C|/x', 'file:///a/b'], ['.', 'http://h/a/b/']];
for (const [i, b] of rels) {
  try { console.log(JSON.stringify([i, b]), new URL(i, b).href); } catch (e) { console.log(JSON.stringify([i, b]), 'ERR', e.code); }
}
