// Errors of failed file-system calls: the errno error of a missing file
// (errno, code, syscall, path) and the SystemError Node raises for rm on a
// directory (code, info, accessor properties, String(), stack header).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const log = console.log;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errors-fs-'));
const mask = (s) => String(s).split(dir).join('<dir>');

try {
  fs.readFileSync(path.join(dir, 'missing.txt'));
} catch (err) {
  log('missing file');
  log('  name:', err.name, '| message:', mask(err.message));
  log('  String:', mask(String(err)));
  log('  stack[0]:', mask(err.stack.split('\n')[0]));
  log('  keys:', JSON.stringify(Object.keys(err)));
  log('  errno:', err.errno, '| code:', err.code, '| syscall:', err.syscall, '| path:', mask(err.path));
}

try {
  fs.mkdirSync(dir);
} catch (err) {
  log('mkdir existing:', err.code, err.errno, err.syscall, mask(err.message));
}

try {
  fs.renameSync(path.join(dir, 'a'), path.join(dir, 'b'));
} catch (err) {
  log('rename missing:', err.code, mask(err.message), JSON.stringify(Object.keys(err)), mask(err.dest));
}

try {
  fs.rmSync(dir, {});
} catch (err) {
  log('rm directory');
  log('  name:', err.name, '| code:', err.code);
  log('  message:', mask(err.message));
  log('  String:', mask(String(err)));
  log('  stack[0]:', mask(err.stack.split('\n')[0]));
  log('  keys:', JSON.stringify(Object.keys(err)));
  log('  info:', mask(JSON.stringify(err.info)));
  log('  errno:', err.errno, '| syscall:', err.syscall, '| path:', mask(err.path));
  const d = Object.getOwnPropertyDescriptor(err, 'errno');
  log('  errno accessor:', typeof d.get, typeof d.set, d.enumerable);
  const n = Object.getOwnPropertyDescriptor(err, 'name');
  log('  own name:', n !== undefined, n && n.enumerable);
  err.syscall = 'changed';
  log('  info after set:', err.info.syscall);
  log('  instanceof Error:', err instanceof Error);
}
fs.rmdirSync(dir);
log('cleaned', fs.existsSync(dir));
