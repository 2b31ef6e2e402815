// connect's overloads and argument errors: normalizeArgs for every form,
// new Socket options, and the checks of connect(options) (port, host,
// path, localAddress, localPort, family, hints, lookup, autoSelectFamily
// and its attempt timeout), all thrown synchronously with Node's errors.
const net = require('net');
function tryIt(tag, f) {
  try {
    const r = f();
    console.log(tag, 'ok', r instanceof net.Socket ? 'socket' : typeof r);
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const norm = (args) => {
  const r = net._normalizeArgs(args);
  console.log('normalize', r.length, JSON.stringify(r[0]), typeof r[1], Object.getOwnPropertySymbols(r).length);
};
norm([]);
norm([() => {}]);
norm(['8080']);
norm(['8080', '127.0.0.1', () => {}]);
norm(['/tmp/a.sock']);
norm(['x1']);
norm([0, 5]);
norm([undefined, 'h']);
norm([{ path: '/p', port: 3 }, 'ignored', () => {}]);
norm([{}, () => {}, 7]);
norm([-1, 'h']);
norm(['1e3']);
norm([true]);

const made = [];
const mk = (o) => { const s = new net.Socket(o); made.push(s); s.on('error', () => {}); return s; };
tryIt('writableObjectMode', () => mk({ writableObjectMode: 1 }));
tryIt('objectMode false', () => mk({ objectMode: false }));
tryIt('typeOfService -1', () => mk({ typeOfService: -1 }));
tryIt('typeOfService str', () => mk({ typeOfService: '1' }));
tryIt('typeOfService 1.5', () => mk({ typeOfService: 1.5 }));
tryIt('keepAliveInitialDelay ok', () => mk({ keepAliveInitialDelay: 1000 }));
tryIt('blockList null', () => mk({ blockList: null }));
tryIt('blockList ok', () => mk({ blockList: new net.BlockList() }));
tryIt('signal bad', () => mk({ signal: 'x' }));
tryIt('missing', () => mk().connect());
tryIt('missing cb only', () => mk().connect(() => {}));
tryIt('missing port undefined', () => mk().connect({ port: undefined }));
tryIt('path null, no port', () => mk().connect({ path: null }));
tryIt('port null', () => mk().connect({ port: null }));
tryIt('port object', () => mk().connect({ port: {} }));
tryIt('port NaN', () => mk().connect({ port: NaN }));
tryIt('port 65536', () => mk().connect({ port: 65536 }));
tryIt('port -1', () => mk().connect(-1));
tryIt('port blank', () => mk().connect({ port: ' ' }));
tryIt('port bigint', () => mk().connect({ port: 80n }));
tryIt('host object', () => mk().connect({ port: 80, host: {} }));
tryIt('host array', () => mk().connect({ port: 80, host: [] }));
tryIt('localAddress 1.2.3', () => mk().connect({ port: 80, host: '127.0.0.1', localAddress: '1.2.3' }));
tryIt('localPort bool', () => mk().connect({ port: 80, host: '127.0.0.1', localPort: true }));
tryIt('family str', () => mk().connect({ port: 80, host: 'example.test', family: 'x', lookup: () => {} }));
tryIt('hints str', () => mk().connect({ port: 80, host: 'example.test', hints: 'x', lookup: () => {} }));
tryIt('lookup obj', () => mk().connect({ port: 80, host: 'example.test', lookup: {} }));
tryIt('autoSelectFamily num', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamily: 1 }));
tryIt('attemptTimeout str', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: '5' }));
tryIt('attemptTimeout 1.5', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 1.5 }));
tryIt('attemptTimeout big', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 2 ** 31 }));
tryIt('path obj', () => mk().connect({ path: {} }));
tryIt('net.connect missing', () => net.connect());
tryIt('net.connect obj port', () => net.connect({ port: {} }));
tryIt('createConnection host num', () => {
  const c = net.createConnection(80, 5);
  console.log('host ignored', c._host);
  c.on('error', () => {});
  c.destroy();
  return c;
});
for (const s of made) s.destroy();
