'use strict';
// url.resolve keeps unpaired surrogates of the path as they are.
const url = require('url');
const cases = [['http://a/b/c', '\ud800'], ['http://a/b/c', 'x/\udc00/../y\ud800'], ['http://1.2.3.4:8080/./c/%2e%2E/d', '|\ud800'],
  ['mailto:a@b/x', '\udc00}😀'], ['sc://@h:0/', ';\udc00'], ['[::1]:1/./c/d', '\udc00\tu:p@'], ['foo:/a/b', '../\ud800/./z'],
  ['http://a/\ud800/b', 'c'], ['http://a/b', '\ud83d\ude00/..']];
for (const [from, to] of cases) console.log(JSON.stringify([from, to, url.resolve(from, to)]));
