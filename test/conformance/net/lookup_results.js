// What the lookup answers is checked. Without autoSelectFamily (or with
// family 4/6) one address is expected: 'lookup' reports it as given, then a
// non-IP fails with ERR_INVALID_IP_ADDRESS, a family other than 4/6 with
// ERR_INVALID_ADDRESS_FAMILY, an address of the other family with connect
// EINVAL. With autoSelectFamily every answer is reported, invalid ones are
// skipped, and only when none is valid does the first one decide the error.
// A lookup error is reported by 'lookup' (with no address in the multiple
// case) and then 'error'.
const net = require('net');
let port;
const P = (s) => String(s).split(String(port)).join('PORT');
const fe = (e) => e ? `${e.name} ${e.code} ${JSON.stringify(P(e.message))}` + (e.errors ? ' [' + e.errors.map(fe).join(', ') + ']' : '') : String(e);
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const failure = () => { const e = new Error('lookup failed'); e.code = 'EAI_AGAIN'; return e; };
  const cases = [
    ['single bad ip', { family: 4 }, [null, 'bogus', 4]],
    ['single bad family', { autoSelectFamily: false }, [null, '127.0.0.1', 5]],
    ['single wrong family', { family: 4 }, [null, '127.0.0.1', 6]],
    ['single wrong family 6', { family: 6 }, [null, '::1', 4]],
    ['single no address', { autoSelectFamily: false }, [null]],
    ['single error', { autoSelectFamily: false }, [failure()]],
    ['single ok', { family: 4 }, [null, '127.0.0.1', 4]],
    ['multi bad ip', {}, [null, [{ address: 'bogus', family: 4 }, { address: '::1', family: 5 }]]],
    ['multi bad family', {}, [null, [{ address: '127.0.0.1', family: 5 }, { address: 'nope', family: 6 }]]],
    ['multi wrong family', {}, [null, [{ address: '127.0.0.1', family: 6 }, { address: '127.0.0.2', family: 4 }]]],
    ['multi wrong family only', {}, [null, [{ address: '127.0.0.1', family: 6 }]]],
    ['multi duplicates', {}, [null, [{ address: '127.0.0.1', family: 4 }, { address: 'x', family: 4 }, { address: '127.0.0.1', family: 4 }]]],
    ['multi error', {}, [failure()]],
    ['no host', { host: undefined, family: 4 }, [null, '127.0.0.1', 7]],
  ];
  let i = 0;
  const next = () => {
    if (i >= cases.length) { server.close(() => console.log('server: closed')); return; }
    const [name, extra, answer] = cases[i++];
    const lookup = (host, opts, cb) => setTimeout(() => cb(...answer), 5);
    const c = net.connect({ port, host: 'x.test', lookup, ...extra });
    c.on('lookup', (err, address, family, host) => console.log(name, 'lookup', fe(err), address, family, host));
    c.on('connectionAttempt', (a, p, f) => console.log(name, 'attempt', a, f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log(name, 'attempt failed', a, f, fe(e)));
    c.on('connect', () => { console.log(name, 'connect', c.remoteAddress); c.end(); });
    c.on('error', (e) => console.log(name, 'error', fe(e), e.host, e.port === port));
    c.resume();
    c.on('close', (h) => { console.log(name, 'close', h); next(); });
  };
  next();
});
