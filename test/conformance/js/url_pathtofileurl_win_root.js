'use strict';
// pathToFileURL with windows: a trailing separator is kept even after a
// root (C:\ gives file:///C://).
const url = require('url');
for (const p of ['/', '\\', 'C:\\', 'C:/', 'c:\\\\', 'C:\\a', 'C:\\a\\', 'C:/a/', '\\\\s\\h\\', '\\\\s\\h\\x\\', '/a/', 'C:\\a\\..\\']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
}
