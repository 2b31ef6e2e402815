// A Socket's setters and their arguments before and after connecting:
// setTimeout (timeout property, callback as a 'timeout' listener, removed
// by 0), setNoDelay, setKeepAlive, setTypeOfService, setEncoding and
// readableEncoding, setDefaultEncoding, ref/unref/pause/resume returning
// the socket, end()'s argument shapes, and the methods' names and lengths.
const net = require('net');
function t(tag, f) {
  try {
    const r = f();
    console.log(tag, r instanceof net.Socket ? 'socket' : r);
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const s = new net.Socket();
const onT = () => console.log('timeout fired');
t('timeout before', () => s.timeout);
t('setTimeout 50 cb', () => s.setTimeout(50, onT));
t('timeout after', () => s.timeout);
t('timeout listeners', () => s.listenerCount('timeout'));
t('setTimeout 0 cb', () => s.setTimeout(0, onT));
t('timeout listeners after 0', () => s.listenerCount('timeout'));
t('timeout zero', () => s.timeout);
t('setTimeout 1.5', () => s.setTimeout(1.5));
t('setTimeout -0', () => s.setTimeout(-0));
t('setTimeout NaN', () => s.setTimeout(NaN));
t('setTimeout null', () => s.setTimeout(null));
t('setTimeout string', () => s.setTimeout('10'));
t('setTimeout cb null', () => s.setTimeout(10, null));
t('setNoDelay', () => s.setNoDelay());
t('setNoDelay false', () => s.setNoDelay(false));
t('setKeepAlive', () => s.setKeepAlive(true, 1000));
t('setKeepAlive none', () => s.setKeepAlive());
t('setTypeOfService str', () => s.setTypeOfService('1'));
t('setTypeOfService -1', () => s.setTypeOfService(-1));
t('setTypeOfService Infinity', () => s.setTypeOfService(Infinity));
t('ref', () => s.ref());
t('unref', () => s.unref());
t('pause', () => s.pause());
t('isPaused', () => s.isPaused());
t('resume', () => s.resume());
t('readableEncoding', () => s.readableEncoding);
t('setEncoding hex', () => s.setEncoding('hex'));
t('readableEncoding hex', () => s.readableEncoding);
t('setEncoding UTF-8', () => s.setEncoding('UTF-8'));
t('readableEncoding utf8', () => s.readableEncoding);
t('setEncoding bad', () => s.setEncoding('nope'));
t('setDefaultEncoding bad', () => s.setDefaultEncoding('nope'));
t('setDefaultEncoding hex', () => s.setDefaultEncoding('hex'));
t('address', () => JSON.stringify(s.address()));
t('bufferSize', () => s.bufferSize);
t('pending', () => s.pending);
t('readyState', () => s.readyState);
t('connecting', () => s.connecting);
t('end fn', () => s.end(() => console.log('end cb')));
t('destroy', () => s.destroy());
t('destroyed', () => s.destroyed);
t('setTimeout destroyed', () => s.setTimeout(10));
for (const m of ['setTimeout', 'setNoDelay', 'setKeepAlive', 'setTypeOfService', 'getTypeOfService', 'setEncoding', 'connect', 'end',
  'write', 'destroy', 'pause', 'resume', 'address', 'ref', 'unref']) {
  const f = net.Socket.prototype[m];
  console.log('method', m, typeof f, f.length);
}
const server = net.createServer((c) => {
  c.setEncoding('latin1');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('server got', JSON.stringify(got));
    c.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    t('client setNoDelay', () => c.setNoDelay(true));
    t('client setKeepAlive', () => c.setKeepAlive(true, 500));
    t('client setTypeOfService', () => c.setTypeOfService(0x10));
    t('client getTypeOfService', () => c.getTypeOfService());
    t('client setTimeout', () => c.setTimeout(10000, () => console.log('never')));
    c.setDefaultEncoding('hex');
    t('write hex default', () => c.write('4142'));
    t('write latin1', () => c.write('C', 'latin1'));
    t('write cb', () => c.write('44', () => console.log('write cb')));
    t('end data enc cb', () => c.end('45', 'hex', () => console.log('end cb', c.writableFinished)));
  });
  c.resume();
  c.on('close', () => {
    console.log('client closed', c.timeout, c.listenerCount('timeout'));
    server.close();
  });
});
