// The overloads of listen() and connect(): (port, host, backlog, cb),
// (port, cb), (cb), (null, cb), (options, cb), (path, cb); _normalizeArgs;
// createConnection and Stream are the same functions as connect and Socket.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const show = (args) => {
  const [opts, cb] = net._normalizeArgs(args);
  console.log('normalize', JSON.stringify(opts), typeof cb);
};
show([]);
show([80]);
show(['80', 'h']);
show([80, 'h', () => {}]);
show(['/tmp/x.sock', () => {}]);
show([{ port: 1, host: 'h' }, 5]);
show([null, 'h']);
console.log('aliases', net.createConnection === net.connect, net.Stream === net.Socket);

const steps = [
  (next) => { const s = net.createServer(); s.listen(0, '127.0.0.1', 5, () => done(s, 'port host backlog cb', next)); },
  (next) => { const s = net.createServer(); s.listen(0, () => done(s, 'port cb', next)); },
  (next) => { const s = net.createServer(); s.listen(() => done(s, 'cb', next)); },
  (next) => { const s = net.createServer(); s.listen(null, () => done(s, 'null cb', next)); },
  (next) => { const s = net.createServer(); s.listen({ port: undefined, host: '127.0.0.1' }, () => done(s, 'options port undefined', next)); },
  (next) => { const s = net.createServer(); s.listen({ port: '0', host: '127.0.0.1' }, () => done(s, 'options port string', next)); },
  (next) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ov-'));
    const p = path.join(dir, 's.sock');
    const s = net.createServer();
    s.listen(p, () => {
      console.log('path cb', s.address() === p);
      const c = net.connect(p, () => {
        console.log('connect(path, cb)', c.remoteAddress, c.readyState);
        c.destroy();
        s.close(() => { fs.rmdirSync(dir); next(); });
      });
    });
  },
];
function done(s, tag, next) {
  const a = s.address();
  console.log(tag, a.family, typeof a.port, s.listening);
  const port = a.port;
  const forms = [
    (cb) => net.connect(port, '127.0.0.1', cb),
    (cb) => net.connect({ port, host: '127.0.0.1' }, cb),
    (cb) => net.createConnection(String(port), '127.0.0.1', cb),
    (cb) => new net.Socket().connect({ port, host: '127.0.0.1' }, cb),
  ];
  let i = 0;
  const one = () => {
    if (i === forms.length) {
      s.close(() => next());
      return;
    }
    const n = i++;
    const c = forms[n](() => {
      console.log('  connect form', n, c.remotePort === port, c.connecting);
      c.destroy();
      c.on('close', one);
    });
  };
  one();
}
let k = 0;
const run = () => { if (k < steps.length) steps[k++](run); else console.log('all done'); };
run();
