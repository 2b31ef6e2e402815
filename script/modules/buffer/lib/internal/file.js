'use strict';
// internal/file: File, a Blob with a name and a modification time.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { Blob } = require('internal/blob');

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let utilInspect;

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let t = options != null ? options.lastModified : undefined;
    if (t === undefined) t = Date.now();
    else t = +t || 0;
    this[kName] = `${fileName}`;
    this[kLastModified] = t;
  }

  get name() {
    return this[kName];
  }

  get lastModified() {
    return this[kLastModified];
  }

  [inspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
    return `File ${utilInspect({ size: this.size, type: this.type, name: this[kName], lastModified: this[kLastModified] }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  [Symbol.toStringTag]: { __proto__: null, value: 'File', configurable: true },
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
});

module.exports = { File };
