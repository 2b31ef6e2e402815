// util.getCallSites: the frames above the call, with V8's line and column
// of each call (the column of the called name), up to frameCount.
'use strict';
const util = require('util');
const path = require('path');
const show = (sites) => sites.map((c) => `${c.functionName}@${path.basename(c.scriptName)}:${c.lineNumber}:${c.columnNumber}:${c.column}`).join(' ');
function inner() { return util.getCallSites(2); }
function outer() { return inner(); }
console.log(show(outer()));
const o = { m() { return util.getCallSites(1); } };
console.log(show(o.m()));
[1].forEach(function each() { console.log(show(util.getCallSites (2))); });
const site = util.getCallSites(1)[0];
console.log(Object.keys(site).join(), typeof site.scriptId, site.scriptName === __filename);
function deep(n) { return n === 0 ? util.getCallSites(3) : deep(n - 1); }
console.log(show(deep(5)));
