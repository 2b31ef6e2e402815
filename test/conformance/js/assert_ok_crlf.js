// assert.ok quotes the first line of a failing call in a file with CRLF
// line endings, without the carriage return.
'use strict';
const assert = require('assert');
try { assert.ok(
  0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(0 > 1); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(
  [].length,
  undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
