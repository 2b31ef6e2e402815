// listen's overloads and argument errors: (port, host, backlog, cb),
// (port, backlog, cb), (options, cb), (path, cb), (cb), (null, cb); the
// option checks and ERR_SERVER_ALREADY_LISTEN; close() and
// getConnections() of a server that never listened.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
function tryIt(tag, f) {
  try {
    const r = f();
    console.log(tag, 'ok', r instanceof net.Server ? 'server' : typeof r);
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const idle = net.createServer();
const fresh = () => net.createServer();
tryIt('options undefined port', () => idle.listen({ port: undefined, path: undefined, host: 'x' }) && idle.close());
tryIt('options path number', () => fresh().listen({ path: 5 }));
tryIt('options port bool', () => fresh().listen({ port: true }));
tryIt('options port float', () => fresh().listen({ port: 1.5 }));
tryIt('options port blank', () => fresh().listen({ port: '' }));
tryIt('port 65536 cb', () => fresh().listen(65536, () => {}));
tryIt('options backlog str', () => fresh().listen({ port: 0, host: '127.0.0.1', backlog: 'x' }).close());
tryIt('options fd -1', () => fresh().listen({ fd: -1 }));
tryIt('options handle obj', () => fresh().listen({ handle: {} }));
tryIt('options signal bad', () => fresh().listen({ port: 0, signal: {} }));
tryIt('host number', () => fresh().listen({ port: 0, host: 5 }));
console.log('after errors', idle.listening, idle.listenerCount('listening'), idle.address());
const never = net.createServer();
tryIt('createServer fn', () => net.createServer(() => {}));
tryIt('createServer null', () => net.createServer(null));
tryIt('createServer array', () => net.createServer([]));
tryIt('Server no new', () => net.Server({ allowHalfOpen: true }));
const s0 = new net.Server({ keepAliveInitialDelay: 2500, highWaterMark: 100, allowHalfOpen: true, pauseOnConnect: 1, noDelay: 'y', keepAlive: 0 });
console.log('fields', s0.keepAliveInitialDelay, s0.highWaterMark, s0.allowHalfOpen, s0.pauseOnConnect, s0.noDelay, s0.keepAlive, s0.maxConnections, s0._connections);
console.log('defaults', net.createServer().highWaterMark, net.createServer().keepAliveInitialDelay);
never.getConnections((err, n) => console.log('getConnections', err, n));
never.close((err) => console.log('close never', err.code, err.message));

const steps = [
  (next) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', 10, () => {
      console.log('port host backlog cb', s.address().family, s.listening);
      tryIt('listen again', () => s.listen(0));
      tryIt('listen again cb', () => s.listen(() => console.log('never')));
      console.log('listening listeners', s.listenerCount('listening'));
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer();
    const r = s.listen(0, 7, () => {
      console.log('port backlog cb', typeof s.address().port, r === s);
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen({ port: '0', host: '127.0.0.1', backlog: 3, exclusive: true }, () => {
      console.log('options string port', s.address().address);
      s.getConnections((err, n) => {
        console.log('connections', err, n);
        s.close((err) => { console.log('close cb', err); next(); });
      });
    });
  },
  (next) => {
    const ac = new AbortController();
    const s = net.createServer();
    s.on('close', () => { console.log('aborted server closed', s.listening); next(); });
    s.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
      console.log('signal listening', s.listening);
      ac.abort();
    });
  },
  (next) => {
    const s = net.createServer();
    s.on('close', () => { console.log('pre-aborted closed', s.listening); next(); });
    s.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
  },
  (next) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-la-'));
    const p = path.join(dir, 'l.sock');
    const s = net.createServer();
    s.listen({ path: p }, () => {
      console.log('path options', s.address() === p);
      s.close(() => { fs.rmdirSync(dir); next(); });
    });
  },
];
let k = 0;
const run = () => { if (k < steps.length) steps[k++](run); else console.log('all done'); };
run();
