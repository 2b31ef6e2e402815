// Evaluates a differential-test corpus with the reference Node, in one process.
//
//   node blocklist/testdata/diff.js corpus.jsonl > results.jsonl
//
// Each corpus line is {"id", "ops": [...]}: a scenario run on a fresh
// BlockList. Each output line is {"id", "res": [...]}, one result per op:
// {"r": value} or {"e": {"n": name, "c": code, "m": message}}. The Go side
// (diff_test.go) interprets the same ops with package blocklist the way the
// JavaScript binding will, and the answers must be equal.
//
// Address arguments are a string, or {"sa": options} for a SocketAddress
// built with new SocketAddress(options) before the call.
'use strict';
const fs = require('fs');
const util = require('util');
const net = require('net');
const { BlockList, SocketAddress } = net;

function arg(x) {
  if (typeof x === 'string') return x;
  return new SocketAddress(x.sa);
}

function saResult(sa) {
  return { json: sa.toJSON(), inspect: util.inspect(sa) };
}

function run(b, op) {
  const f = op.f === undefined ? [] : [op.f];
  switch (op.op) {
    case 'addAddress': return b.addAddress(arg(op.a), ...f);
    case 'removeAddress': return b.removeAddress(arg(op.a), ...f);
    case 'addAddresses': return b.addAddresses(op.l.map(arg), ...f);
    case 'addRange': { const s = arg(op.a); const e = arg(op.b); return b.addRange(s, e, ...f); }
    case 'removeRange': { const s = arg(op.a); const e = arg(op.b); return b.removeRange(s, e, ...f); }
    case 'addSubnet': return b.addSubnet(arg(op.a), op.p, ...f);
    case 'removeSubnet': return b.removeSubnet(arg(op.a), op.p, ...f);
    case 'addCIDR': return b.addCIDR(op.s);
    case 'removeCIDR': return b.removeCIDR(op.s);
    case 'addCIDRs': return b.addCIDRs(op.l);
    case 'clear': return b.clear();
    case 'check': return b.check(arg(op.a), ...f);
    case 'rules': return b.rules;
    case 'size': return b.size;
    case 'toJSON': return JSON.stringify(b);
    case 'fromJSON': return b.fromJSON(op.d);
    case 'isIP': return [net.isIP(op.s), net.isIPv4(op.s), net.isIPv6(op.s)];
    case 'parse': { const r = SocketAddress.parse(op.s); return r === undefined ? null : r.toJSON(); }
    case 'sa': return saResult(new SocketAddress(op.o));
    default: throw new Error('unknown op ' + op.op);
  }
}

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const out = [];
for (const line of lines) {
  if (!line) continue;
  const c = JSON.parse(line);
  const b = new BlockList();
  const res = [];
  for (const op of c.ops) {
    try {
      const r = run(b, op);
      res.push({ r: r === undefined ? null : r });
    } catch (e) {
      res.push({ e: { n: e.name, c: e.code === undefined ? '' : e.code, m: e.message } });
    }
  }
  out.push(JSON.stringify({ id: c.id, res }));
}
process.stdout.write(out.join('\n') + '\n');
