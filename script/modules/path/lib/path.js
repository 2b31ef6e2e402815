'use strict';

// node:path: the posix and win32 flavours. The string algorithms are in
// the path binding (Go); this module checks the arguments and gives the
// two objects their shape.

const { validateObject, validateString } = require('internal/validators');

const b = binding('path');
// usedCwd records that a resolve looked past its arguments (at the current
// directory or a drive's directory).
let usedCwd = false;
b.init(function cwd() { usedCwd = true; return process.cwd(); },
  function getenv(name) { usedCwd = true; return process.env[name]; });

// resolveChecked resolves args with the binding's resolve; the arguments
// are checked from the right, as far as resolving reaches: those left of
// an absolute path are never looked at.
function resolveChecked(resolve, args) {
  for (let i = args.length - 1; i >= 0; i--) {
    if (typeof args[i] === 'string') continue;
    const rest = [];
    for (let j = i + 1; j < args.length; j++) rest.push(args[j]);
    usedCwd = false;
    const r = resolve.apply(b, rest);
    if (!usedCwd) return r;
    validateString(args[i], `paths[${i}]`);
  }
  return resolve.apply(b, args);
}

function checkJoin(args) {
  for (let i = 0; i < args.length; i++) validateString(args[i], 'path');
}

function formatExt(ext) {
  if (!ext) return '';
  return ext[0] === '.' ? ext : `.${ext}`;
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function glob(path, pattern, win) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return b.matchesGlob(path, pattern, win);
}

const posix = {
  resolve() {
    return resolveChecked(b.posixResolve, arguments);
  },
  normalize(path) {
    validateString(path, 'path');
    return b.posixNormalize(path);
  },
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },
  join() {
    checkJoin(arguments);
    return b.posixJoin.apply(b, arguments);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    return b.posixRelative(from, to);
  },
  toNamespacedPath(path) {
    return path;
  },
  dirname(path) {
    validateString(path, 'path');
    return b.posixDirname(path);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return b.posixBasename(path, suffix);
  },
  extname(path) {
    validateString(path, 'path');
    return b.posixExtname(path);
  },
  format: _format.bind(null, '/'),
  parse(path) {
    validateString(path, 'path');
    return b.posixParse(path);
  },
  matchesGlob(path, pattern) {
    return glob(path, pattern, false);
  },
  sep: '/', delimiter: ':', win32: null, posix: null, _makeLong: null,
};

const win32 = {
  resolve() {
    return resolveChecked(b.win32Resolve, arguments);
  },
  normalize(path) {
    validateString(path, 'path');
    return b.win32Normalize(path);
  },
  isAbsolute(path) {
    validateString(path, 'path');
    const n = path.length;
    if (n === 0) return false;
    const c = path.charCodeAt(0);
    if (c === 47 || c === 92) return true;
    if (n > 2 && path.charCodeAt(1) === 58) {
      const d = path.charCodeAt(2);
      const l = c | 0x20;
      return (d === 47 || d === 92) && l >= 97 && l <= 122;
    }
    return false;
  },
  join() {
    checkJoin(arguments);
    return b.win32Join.apply(b, arguments);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    return b.win32Relative(from, to);
  },
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    return b.win32ToNamespacedPath(path);
  },
  dirname(path) {
    validateString(path, 'path');
    return b.win32Dirname(path);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return b.win32Basename(path, suffix);
  },
  extname(path) {
    validateString(path, 'path');
    return b.win32Extname(path);
  },
  format: _format.bind(null, '\\'),
  parse(path) {
    validateString(path, 'path');
    return b.win32Parse(path);
  },
  matchesGlob(path, pattern) {
    return glob(path, pattern, true);
  },
  sep: '\\', delimiter: ';', win32: null, posix: null, _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
