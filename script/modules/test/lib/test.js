'use strict';
// node:test, a small version of Node's test runner: test/it, describe/
// suite, subtests (t.test), skip/todo/only options, before/after/beforeEach/
// afterEach hooks and the default "spec" reporter's output (printed once all
// tests have run). A failure sets process.exitCode to 1, as in Node.
const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const core = binding('core');
const path = require('path');

const now = () => core.hrtimeBigint();

let rootStarted = false;
let runStart;
const stats = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
const failures = [];

// v8Column converts the column goja gives a call (its opening parenthesis)
// to V8's (the start of the name called), reading the source line.
const sources = new Map();
function v8Column(file, line, col) {
  try {
    let src = sources.get(file);
    if (src === undefined) {
      src = internalBinding('fs').readFileUtf8(file, 0).split('\n');
      sources.set(file, src);
    }
    const text = src[line - 1];
    let i = col - 1;
    if (text === undefined || text[i] !== '(') return col;
    i--;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    let j = i;
    while (j >= 0 && /[\w$]/.test(text[j])) j--;
    return j < i ? j + 2 : col;
  } catch {
    return col;
  }
}

// callSite returns "file:line:col" of the user code that called test().
function callSite() {
  const stack = `${new Error().stack}`.split('\n');
  for (const line of stack) {
    const m = /at (?:.*\()?([^\s()]+):(\d+):(\d+)(?:\(\d+\))?\)?$/.exec(line.trim());
    if (m && !m[1].startsWith('node:') && m[1] !== '<eval>') {
      let file = m[1];
      const col = v8Column(file, +m[2], +m[3]);
      if (path.isAbsolute(file)) file = path.relative(process.cwd(), file);
      return `${file}:${m[2]}:${col}`;
    }
  }
  return undefined;
}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name || '<anonymous>';
    options = {};
  } else if (typeof name === 'object' && name !== null) {
    fn = options;
    options = name;
    name = fn?.name || '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  options ??= {};
  if (fn === undefined) fn = () => {};
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
  return { name: `${name}`, options, fn };
}

class Node {
  constructor(parent, name, options, fn, isSuite) {
    this.parent = parent;
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.isSuite = isSuite;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.depth = parent ? parent.depth + 1 : -1;
    this.skip = options.skip;
    this.todo = options.todo;
    this.error = undefined;
    this.diagnostics = [];
    this.location = callSite();
  }
  get fullName() {
    const names = [];
    for (let n = this; n && n.parent; n = n.parent) names.unshift(n.name);
    return names.join(' > ');
  }
}

const root = new Node(null, '<root>', {}, null, true);
let currentSuite = root;

class TestContext {
  #node;
  constructor(node) { this.#node = node; }
  get name() { return this.#node.name; }
  get fullName() { return this.#node.fullName; }
  get signal() { return undefined; }
  diagnostic(message) { this.#node.diagnostics.push(`${message}`); }
  skip(message) { this.#node.skip = message ?? true; }
  todo(message) { this.#node.todo = message ?? true; }
  test(name, options, fn) {
    const a = parseArgs(name, options, fn);
    const child = new Node(this.#node, a.name, a.options, a.fn, false);
    this.#node.children.push(child);
    return runNode(child);
  }
  before(fn) { this.#node.hooks.before.push(fn); }
  after(fn) { this.#node.hooks.after.push(fn); }
  beforeEach(fn) { this.#node.hooks.beforeEach.push(fn); }
  afterEach(fn) { this.#node.hooks.afterEach.push(fn); }
}

class SuiteContext {
  #node;
  constructor(node) { this.#node = node; }
  get name() { return this.#node.name; }
  get fullName() { return this.#node.fullName; }
  get signal() { return undefined; }
}

// callUser runs a test or hook function: a promise it returns is awaited,
// and a function of more than one parameter gets a done callback.
function callUser(fn, ctx, withDone) {
  if (withDone && fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let called = false;
      const done = (err) => {
        if (called) return;
        called = true;
        if (err) reject(err);
        else resolve();
      };
      try {
        const r = fn(ctx, done);
        if (r && typeof r.then === 'function') r.then(undefined, done);
      } catch (err) {
        done(err);
      }
    });
  }
  try {
    return Promise.resolve(fn(ctx));
  } catch (err) {
    return Promise.reject(err);
  }
}

function eachHooks(node, kind) {
  const list = [];
  for (let n = node.parent; n; n = n.parent) {
    if (kind === 'beforeEach') list.unshift(...n.hooks.beforeEach);
    else list.push(...n.hooks.afterEach);
  }
  return list;
}

async function runHooks(fns, ctx) {
  for (const fn of fns) await callUser(fn, ctx, true);
}

async function runNode(node) {
  node.start = now();
  if (node.isSuite) {
    stats.suites++;
  } else {
    stats.tests++;
  }
  if (node.skip) {
    node.end = now();
    if (!node.isSuite) stats.skipped++;
    return;
  }
  if (node.isSuite) {
    const ctx = new SuiteContext(node);
    try {
      await runHooks(node.hooks.before, ctx);
      for (const child of node.children) await runNode(child);
      await runHooks(node.hooks.after, ctx);
    } catch (err) {
      node.error = err;
    }
    if (node.bodyError) node.error = node.bodyError;
    if (!node.error && node.children.some((c) => c.failed)) node.failed = true;
    if (node.error) node.failed = true;
    node.end = now();
    return;
  }
  const ctx = new TestContext(node);
  try {
    await runHooks(eachHooks(node, 'beforeEach'), ctx);
    await callUser(node.fn, ctx, true);
    await runHooks(node.hooks.after, ctx);
    await runHooks(eachHooks(node, 'afterEach'), ctx);
  } catch (err) {
    node.error = err;
  }
  if (!node.error && node.children.some((c) => c.failed && !c.todo)) {
    node.error = new Error(`${node.children.filter((c) => c.failed).length} subtest failed`);
    node.subtestsFailed = true;
  }
  node.end = now();
  if (node.skip) {
    stats.skipped++;
  } else if (node.todo) {
    stats.todo++;
    if (node.error) node.failed = true;
  } else if (node.error) {
    node.failed = true;
    stats.fail++;
    if (!node.subtestsFailed) failures.push(node);
  } else {
    stats.pass++;
  }
}

function duration(node) {
  return `${Number(node.end - node.start) / 1e6}ms`;
}

function directive(node) {
  if (node.skip) return typeof node.skip === 'string' ? ` # ${node.skip}` : ' # SKIP';
  if (node.todo) return typeof node.todo === 'string' ? ` # ${node.todo}` : ' # TODO';
  return '';
}

function indent(text, n) {
  const pad = ' '.repeat(n);
  return text.split('\n').map((l) => pad + l).join('\n');
}

function report(node, out) {
  const pad = '  '.repeat(node.depth);
  let mark = node.failed ? '✖' : '✔';
  if (node.skip) mark = '﹣';
  if (node.children.length > 0) out.push(`${pad}▶ ${node.name}`);
  for (const child of node.children) report(child, out);
  out.push(`${pad}${mark} ${node.name} (${duration(node)})${directive(node)}`);
  if (node.isSuite && node.error) out.push(indent(formatError(node.error), node.depth * 2 + 2));
  for (const d of node.diagnostics) out.push(`${pad}ℹ ${d}`);
}

function formatError(err) {
  return inspect(err);
}

function write(s) {
  if (process.stdout && typeof process.stdout.write === 'function') process.stdout.write(s);
  else core.write(1, s);
}

// Reports are written a turn of the loop after a top-level test ends, as
// Node's reporter stream lags behind the tests.
let pending = [];
let flushScheduled = false;
function queueReport(node) {
  report(node, pending);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
}
function flush() {
  flushScheduled = false;
  if (pending.length > 0) write(pending.join('\n') + '\n');
  pending = [];
}

function finish() {
  flush();
  const out = [];
  out.push(`ℹ tests ${stats.tests}`);
  out.push(`ℹ suites ${stats.suites}`);
  out.push(`ℹ pass ${stats.pass}`);
  out.push(`ℹ fail ${stats.fail}`);
  out.push(`ℹ cancelled ${stats.cancelled}`);
  out.push(`ℹ skipped ${stats.skipped}`);
  out.push(`ℹ todo ${stats.todo}`);
  out.push(`ℹ duration_ms ${Number(now() - runStart) / 1e6}`);
  if (failures.length > 0) {
    out.push('', '✖ failing tests:', '');
    for (const node of failures) {
      if (node.location) out.push(`test at ${node.location}`);
      out.push(`✖ ${node.name} (${duration(node)})`);
      out.push(indent(formatError(node.error), 2));
      out.push('');
    }
    out.pop();
  }
  write(out.join('\n') + '\n');
  if (stats.fail > 0 || root.children.some((c) => c.isSuite && c.failed)) process.exitCode = 1;
}

function startRoot() {
  if (rootStarted) return;
  rootStarted = true;
  runStart = now();
  // Root before hooks run at once, as in Node.
  const before = runHooks(root.hooks.before, undefined);
  process.nextTick(async () => {
    try {
      await before;
      for (const child of root.children) {
        await runNode(child);
        queueReport(child);
      }
      await runHooks(root.hooks.after, undefined);
    } catch (err) {
      stats.fail++;
      failures.push({ name: '<root hook>', error: err, start: runStart, end: now() });
    }
    setImmediate(finish);
  });
}

function addTest(name, options, fn, extra) {
  const a = parseArgs(name, options, fn);
  const node = new Node(currentSuite, a.name, { ...a.options, ...extra }, a.fn, false);
  currentSuite.children.push(node);
  if (currentSuite === root) startRoot();
  return Promise.resolve();
}

function addSuite(name, options, fn, extra) {
  const a = parseArgs(name, options, fn);
  const node = new Node(currentSuite, a.name, { ...a.options, ...extra }, a.fn, true);
  currentSuite.children.push(node);
  if (currentSuite === root) startRoot();
  const saved = currentSuite;
  currentSuite = node;
  try {
    const r = a.fn.call(undefined, new SuiteContext(node));
    if (r && typeof r.then === 'function') r.then(undefined, (err) => { node.bodyError = err; });
  } catch (err) {
    node.bodyError = err;
  } finally {
    currentSuite = saved;
  }
  return Promise.resolve();
}

function variants(fn) {
  const f = (name, options, body) => fn(name, options, body, {});
  f.skip = (name, options, body) => fn(name, options, body, { skip: true });
  f.todo = (name, options, body) => fn(name, options, body, { todo: true });
  f.only = (name, options, body) => fn(name, options, body, { only: true });
  return f;
}

const test = variants(addTest);
const describe = variants(addSuite);

function hook(kind) {
  return function(fn) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    currentSuite.hooks[kind].push(fn);
  };
}

module.exports = test;
Object.assign(test, {
  test,
  it: test,
  describe,
  suite: describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
});
