'use strict';

// Deep equality as node:assert and util.isDeepStrictEqual define it.
// Four modes: LOOSE compares primitives with == and ignores prototypes and
// symbol keys; STRICT uses Object.is, compares prototypes and enumerable
// symbol keys; BARE is STRICT without the prototype check; SUBSET (for
// partialDeepStrictEqual) asks whether the second value is contained in the
// first one.

const { types } = require('util');

const LOOSE = 0;
const STRICT = 1;
const BARE = 2;
const SUBSET = 3;

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const dateTime = Function.prototype.call.bind(Date.prototype.getTime);
const bufferBytes = (buf) => new Uint8Array(buf);

// Pairs of objects being compared, for cycles: left object -> right objects.
class Visiting {
  constructor() {
    this.map = new Map();
  }
  has(a, b) {
    const set = this.map.get(a);
    return set !== undefined && set.has(b);
  }
  add(a, b) {
    let set = this.map.get(a);
    if (set === undefined) {
      set = new Set();
      this.map.set(a, set);
    }
    set.add(b);
  }
  remove(a, b) {
    const set = this.map.get(a);
    set.delete(b);
    if (set.size === 0) this.map.delete(a);
  }
}

// Nesting depth from which pairs are remembered: only a structure this deep
// can hold a cycle worth the bookkeeping, and a cycle makes any walk reach it.
const REMEMBER_DEPTH = 32;

// Walk is the state of one top-level comparison.
class Walk {
  constructor() {
    this.depth = 0;
    this.pairs = null;
  }
}

function primitiveEqual(a, b, mode) {
  if (mode === LOOSE) {
    // eslint-disable-next-line eqeqeq
    return a == b || (a !== a && b !== b);
  }
  return Object.is(a, b);
}

// Weak collections and promises hide their contents: only the same object
// equals them.
function unequalUnlessSame(o) {
  return types.isWeakMap(o) || types.isWeakSet(o) || types.isPromise(o);
}

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

// sameKind is the prototype check of strict mode: the same prototype, or
// prototypes that name the same constructor.
function sameKind(a, b) {
  const pa = Object.getPrototypeOf(a);
  const pb = Object.getPrototypeOf(b);
  if (pa === pb) return true;
  if (pa === null || pb === null) return false;
  const ca = pa.constructor;
  return typeof ca === 'function' && ca === pb.constructor;
}

// same(a, b, mode, seen) is the recursive comparison.
function same(a, b, mode, seen) {
  if (a === b) {
    return a !== 0 || mode === LOOSE || Object.is(a, b);
  }
  if (!isObjectLike(a) || !isObjectLike(b)) {
    if (isObjectLike(a) || isObjectLike(b) ||
        typeof a === 'function' || typeof b === 'function') {
      return false;
    }
    return primitiveEqual(a, b, mode);
  }
  if (mode === STRICT && !sameKind(a, b)) return false;
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;
  if (seen.pairs === null) {
    if (seen.depth < REMEMBER_DEPTH) {
      seen.depth++;
      const result = sameObjects(a, b, tag, mode, seen);
      seen.depth--;
      return result;
    }
    seen.pairs = new Visiting();
  }
  // Pairs already being compared further up count as equal: what tells
  // them apart is found elsewhere in the walk.
  if (seen.pairs.has(a, b)) return true;
  seen.pairs.add(a, b);
  const result = sameObjects(a, b, tag, mode, seen);
  seen.pairs.remove(a, b);
  return result;
}

function sameObjects(a, b, tag, mode, seen) {
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (mode === SUBSET) return subsequence(a, b, seen) && sameKeys(a, b, mode, seen, -1);
    if (a.length !== b.length) return false;
    let present = 0;
    // Node's loose check lets a null element of the second array stand for
    // any element, up to the first hole.
    let nullMatches = mode === LOOSE;
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn.call(a, i);
      if (inA !== hasOwn.call(b, i)) return false;
      if (!inA) {
        nullMatches = false;
        continue;
      }
      present++;
      if (nullMatches && b[i] === null) continue;
      if (!same(a[i], b[i], mode, seen)) return false;
    }
    return sameKeys(a, b, mode, seen, present);
  }
  if (Array.isArray(b)) return false;
  // Plain objects and class instances: their tag comes from internal slots
  // (boxed values, errors, collections, promises have their own).
  if (tag === '[object Object]' && !(a instanceof Error)) {
    return sameKeys(a, b, mode, seen, 0);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b)) return false;
    const ta = dateTime(a);
    const tb = dateTime(b);
    if (ta !== tb && !(ta !== ta && tb !== tb)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error) || !sameErrors(a, b, mode, seen)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isBoxedPrimitive(b)) {
    return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || !sameViews(a, b, mode, seen)) return false;
    return sameKeys(a, b, mode, seen, mode === SUBSET || types.isDataView(a) ? -1 : a.length);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) ||
        types.isSharedArrayBuffer(a) !== types.isSharedArrayBuffer(b) ||
        !sameBytes(bufferBytes(a), bufferBytes(b), mode, seen)) {
      return false;
    }
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || !sameMaps(a, b, mode, seen)) return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || !sameSets(a, b, mode, seen)) return false;
  } else if (unequalUnlessSame(a) || unequalUnlessSame(b)) {
    return false;
  } else if (typeof URL === 'function' && a instanceof URL) {
    if (!(b instanceof URL) || a.href !== b.href) return false;
  }
  return sameKeys(a, b, mode, seen, 0);
}

// Own enumerable keys (strings, plus symbols outside LOOSE mode). For arrays
// and typed arrays, indexes are the first keys and are left out: indexes
// tells how many there are, or is -1 when unknown.
function ownKeys(o, mode, indexes) {
  let keys = Object.keys(o);
  if (indexes > 0) {
    keys = keys.length === indexes ? [] : keys.slice(indexes);
  } else if (indexes < 0) {
    const rest = [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (!isIndex(k)) rest.push(k);
    }
    keys = rest;
  }
  if (mode !== LOOSE) {
    const syms = Object.getOwnPropertySymbols(o);
    for (let i = 0; i < syms.length; i++) {
      if (isEnumerable.call(o, syms[i])) keys.push(syms[i]);
    }
  }
  return keys;
}

function isIndex(k) {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return String(Number(k) >>> 0) === k;
}

function sameKeys(a, b, mode, seen, indexes) {
  const kb = ownKeys(b, mode, mode === SUBSET && indexes > 0 ? -1 : indexes);
  if (mode === SUBSET) {
    for (let i = 0; i < kb.length; i++) {
      const k = kb[i];
      if (!isEnumerable.call(a, k) || !same(a[k], b[k], mode, seen)) return false;
    }
    return true;
  }
  const ka = ownKeys(a, mode, indexes);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (!isEnumerable.call(b, ka[i])) return false;
  }
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (!same(a[k], b[k], mode, seen)) return false;
  }
  return true;
}

function sameErrors(a, b, mode, seen) {
  if (a.message !== b.message || a.name !== b.name) return false;
  if (mode === SUBSET) {
    if (hasOwn.call(b, 'cause') && (!hasOwn.call(a, 'cause') || !same(a.cause, b.cause, mode, seen))) {
      return false;
    }
    if (hasOwn.call(b, 'errors') && (!hasOwn.call(a, 'errors') || !same(a.errors, b.errors, mode, seen))) {
      return false;
    }
    return true;
  }
  if (hasOwn.call(a, 'cause') !== hasOwn.call(b, 'cause')) return false;
  if (hasOwn.call(a, 'cause') && !isEnumerable.call(a, 'cause') &&
      !same(a.cause, b.cause, mode, seen)) {
    return false;
  }
  if (hasOwn.call(a, 'errors') !== hasOwn.call(b, 'errors')) return false;
  if (hasOwn.call(a, 'errors') && !isEnumerable.call(a, 'errors') &&
      !same(a.errors, b.errors, mode, seen)) {
    return false;
  }
  return true;
}

function sameViews(a, b, mode, seen) {
  if (types.isDataView(a)) {
    if (!types.isDataView(b)) return false;
    return sameBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                     new Uint8Array(b.buffer, b.byteOffset, b.byteLength), mode, seen);
  }
  if (mode !== LOOSE && objectToString.call(a) !== objectToString.call(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (mode === SUBSET) return subsequence(a, b, seen);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // Loose mode compares elements with == alone: NaN differs from NaN.
    // eslint-disable-next-line eqeqeq
    if (mode === LOOSE ? a[i] != b[i] : !Object.is(a[i], b[i])) return false;
  }
  return true;
}

function sameBytes(a, b, mode, seen) {
  if (mode === SUBSET) return subsequence(a, b, seen);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// subsequence tells whether every element of expected is found in actual,
// in order (partialDeepStrictEqual on arrays). A hole in expected takes
// whatever element comes next; a hole in actual matches no value.
function subsequence(actual, expected, seen) {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    if (!(i in expected)) {
      if (j >= actual.length) return false;
      j++;
      continue;
    }
    let found = false;
    while (j < actual.length) {
      const k = j++;
      if (k in actual && same(actual[k], expected[i], SUBSET, seen)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// Set membership: primitives by SameValueZero (or == in LOOSE mode),
// objects by searching for a deep-equal partner that is not taken yet.
function sameSets(a, b, mode, seen) {
  if (mode === SUBSET ? a.size < b.size : a.size !== b.size) return false;
  let pending = null;
  for (const v of b) {
    if (a.has(v) && (mode !== LOOSE || !isObjectLike(v))) continue;
    if (!isObjectLike(v) && mode !== LOOSE) return false;
    if (pending === null) pending = [];
    pending.push(v);
  }
  if (pending === null) return true;
  const candidates = [];
  for (const v of a) {
    if (isObjectLike(v) || mode === LOOSE) {
      if (!b.has(v) || (mode === LOOSE && isObjectLike(v))) candidates.push(v);
    }
  }
  return matchAll(pending, candidates, mode, seen, null, null);
}

// matchAll pairs every wanted value with a distinct candidate that is deep
// equal to it (with values compared too, for Maps).
function matchAll(wanted, candidates, mode, seen, wantedValues, candidateValues) {
  const taken = new Array(candidates.length).fill(false);
  for (let i = 0; i < wanted.length; i++) {
    let found = false;
    for (let j = 0; j < candidates.length; j++) {
      if (taken[j]) continue;
      if (same(candidates[j], wanted[i], mode, seen) &&
          (wantedValues === null || same(candidateValues[j], wantedValues[i], mode, seen))) {
        taken[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function sameMaps(a, b, mode, seen) {
  if (mode === SUBSET ? a.size < b.size : a.size !== b.size) return false;
  let pendingKeys = null;
  let pendingValues = null;
  // Keys of a matched by the same key in b: no other key may take them.
  let taken = null;
  for (const [k, v] of b) {
    if (a.has(k) && (mode !== LOOSE || !isObjectLike(k))) {
      if (same(a.get(k), v, mode, seen)) {
        if (taken === null) taken = new Set();
        taken.add(k);
        continue;
      }
      if (!isObjectLike(k) && mode !== LOOSE) return false;
    } else if (!isObjectLike(k) && mode !== LOOSE) {
      return false;
    }
    if (pendingKeys === null) {
      pendingKeys = [];
      pendingValues = [];
    }
    pendingKeys.push(k);
    pendingValues.push(v);
  }
  if (pendingKeys === null) return true;
  const keys = [];
  const values = [];
  for (const [k, v] of a) {
    if ((isObjectLike(k) || mode === LOOSE) && (taken === null || !taken.has(k))) {
      keys.push(k);
      values.push(v);
    }
  }
  return matchAll(pendingKeys, keys, mode, seen, pendingValues, values);
}

module.exports = {
  isDeepEqual(a, b) {
    return same(a, b, LOOSE, new Walk());
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return same(a, b, skipPrototype ? BARE : STRICT, new Walk());
  },
  isPartialStrictEqual(actual, expected) {
    return same(actual, expected, SUBSET, new Walk());
  },
};
