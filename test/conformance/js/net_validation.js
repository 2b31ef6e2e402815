// Argument errors of node:net are thrown synchronously with Node's codes,
// classes and messages: Socket, connect, listen, timeouts, writes, options.
const net = require('net');
function tryIt(tag, f) {
  try {
    const r = f();
    console.log(tag, 'ok', typeof r);
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const made = [];
const mk = (o) => { const s = new net.Socket(o); made.push(s); return s; };
tryIt('objectMode', () => mk({ objectMode: true }));
tryIt('readableObjectMode', () => mk({ readableObjectMode: true }));
tryIt('keepAliveInitialDelay', () => mk({ keepAliveInitialDelay: 'x' }));
tryIt('typeOfService', () => mk({ typeOfService: 300 }));
tryIt('blockList', () => mk({ blockList: 'nope' }));
tryIt('connect()', () => mk().connect());
tryIt('connect({})', () => mk().connect({}));
tryIt('port true', () => mk().connect({ port: true }));
tryIt('port abc', () => mk().connect({ port: 'abc' }));
tryIt('port 1.5', () => mk().connect({ port: 1.5 }));
tryIt('host number', () => mk().connect({ port: 80, host: 5 }));
tryIt('host nul', () => mk().connect({ port: 80, host: 'a\u0000b' }));
tryIt('localAddress', () => mk().connect({ port: 80, host: '127.0.0.1', localAddress: 'x' }));
tryIt('localPort', () => mk().connect({ port: 80, host: '127.0.0.1', localPort: 'x' }));
tryIt('lookup', () => mk().connect({ port: 80, host: 'example.test', lookup: 'x' }));
tryIt('autoSelectFamily', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamily: 'x' }));
tryIt('attemptTimeout', () => mk().connect({ port: 80, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 0 }));
tryIt('path number', () => mk().connect({ path: 5 }));
tryIt('setTimeout x', () => mk().setTimeout('x'));
tryIt('setTimeout -1', () => mk().setTimeout(-1));
tryIt('setTimeout Infinity', () => mk().setTimeout(Infinity));
tryIt('setTimeout cb', () => mk().setTimeout(10, 'notfn'));
tryIt('setTypeOfService NaN', () => mk().setTypeOfService(NaN));
tryIt('setTypeOfService 256', () => mk().setTypeOfService(256));
tryIt('setTypeOfService 1.5', () => mk().setTypeOfService(1.5));
tryIt('write null', () => mk().write(null));
tryIt('write number', () => mk().write(5));
tryIt('write object', () => mk().write({}));
tryIt('write encoding', () => mk().write('x', 'bogus'));
tryIt('write buffer encoding', () => mk().write('x', 'buffer'));
tryIt('end number', () => mk().end(5));
tryIt('setEncoding', () => mk().setEncoding('klingon'));
tryIt('createServer string', () => net.createServer('x'));
tryIt('createServer delay', () => net.createServer({ keepAliveInitialDelay: 'x' }));
tryIt('createServer hwm', () => net.createServer({ highWaterMark: 'x' }));
tryIt('createServer blockList', () => net.createServer({ blockList: {} }));
const srv = net.createServer();
tryIt('listen({})', () => srv.listen({}));
tryIt('listen({host})', () => srv.listen({ host: 'localhost' }));
tryIt('listen port 70000', () => srv.listen(70000));
tryIt('listen port -1', () => srv.listen({ port: -1 }));
tryIt('listen port str', () => srv.listen('65536'));
tryIt('listen abstract', () => srv.listen({ path: '\0nodenet-x', readableAll: true }));
tryIt('listen port obj', () => srv.listen({ port: {} }));
tryIt('setDefaultAutoSelectFamily', () => net.setDefaultAutoSelectFamily('x'));
tryIt('setDefaultAutoSelectFamilyAttemptTimeout', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
tryIt('setDefaultAutoSelectFamilyAttemptTimeout 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log('attempt timeout clamped', net.getDefaultAutoSelectFamilyAttemptTimeout());
console.log('listening', srv.listening, srv.listenerCount('listening'));
for (const s of made) s.destroy();
srv.close((e) => console.log('close cb', e && e.code, e && e.message));
