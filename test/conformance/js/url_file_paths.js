'use strict';
// fileURLToPath, fileURLToPathBuffer and pathToFileURL, with and without
// the windows option: escaping, UNC hosts, drive letters, trailing
// slashes, and the errors.
const url = require('url');
const cwd = process.cwd();
const mask = (s) => String(s).split(cwd).join('<CWD>').split(cwd.replace(/\//g, '\\')).join('<CWD>');
let all = '';
for (let c = 1; c < 128; c++) all += String.fromCharCode(c);
console.log(url.pathToFileURL('/' + all + 'é€😀').href);
for (const [p, o] of [['/a/b/'], ['/a/b/..'], ['rel/x/'], ['/a\\b'], ['/x', { windows: false }], ['/x', 1], ['C:\\a b\\c#d', { windows: true }],
  ['\\\\srv\\share\\x y', { windows: true }], ['C:/a/', { windows: true }], ['\\\\?\\C:\\x', { windows: true }], ['\\\\?\\UNC\\srv\\sh\\f', { windows: true }],
  ['rel\\x', { windows: true }], ['\\\\srv\\', { windows: true }], ['\\\\srv\\sh', { windows: true }], ['\\\\münchen\\sh', { windows: true }],
  ['C:\\%~\\', { windows: true }]]) {
  try { const u = url.pathToFileURL(p, o); console.log(JSON.stringify(p), mask(u.href), u instanceof URL, mask(u.pathname)); } catch (e) { console.log(JSON.stringify(p), e.name, e.code, e.message); }
}
for (const [u, o] of [['file:///C:/a%20b/c', { windows: true }], ['file://srv/share/a', { windows: true }], ['file://localhost/etc'], [new URL('file:///a/b%3F')],
  ['file:///C:', { windows: true }], ['file://xn--espaol-zwa.com/share/a', { windows: true }], ['file:///tmp/%C3%A9'], ['file:///a%2fb'], ['file:///a%5Cb'],
  ['file:///C:/a%5cb', { windows: true }], ['file:///a%2Fb', { windows: true }], ['file:///x', { windows: true }], ['file://host/x'], ['http://x/'],
  [1], [{ href: 'file:///dup', protocol: 'file:', hostname: '', pathname: '/dup' }], ['file:///a%E9'], ['nope'], ['file:///x', 'opts']]) {
  try { console.log(JSON.stringify(String(u)), JSON.stringify(url.fileURLToPath(u, o))); } catch (e) { console.log(JSON.stringify(String(u)), e.name, e.code, e.message); }
}
console.log(url.fileURLToPathBuffer('file:///a%E9b'), url.fileURLToPathBuffer('file:///C:/x%20y', { windows: true }), url.fileURLToPathBuffer('file://srv/sh/%FF', { windows: true }));
for (const bad of [() => url.pathToFileURL(1), () => url.pathToFileURL('\\\\\\\\', { windows: true }), () => url.pathToFileURL('\\\\srv', { windows: true }), () => url.fileURLToPathBuffer('file://h/x')]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.urlToHttpOptions(new URL('https://u%20x:p@[::1]:8080/a?b#c')), url.urlToHttpOptions({ href: 'x', protocol: 'a:', extra: 1, hostname: 'h', port: '' }));
console.log(url.domainToASCII('xn--iñvalid.com'), url.domainToASCII('ÉXAMPLE.com'), url.domainToUnicode('xn--iñvalid.com'), JSON.stringify(url.domainToASCII('')),
  url.domainToUnicode('XN--ESPAOL-ZWA.COM'), url.domainToASCII(1), url.domainToASCII('a b'));
