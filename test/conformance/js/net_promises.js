// node:net/promises: connect() resolves with the socket on 'connect' and
// rejects with the connection error; listen() resolves with the server on
// 'listening' (a new one, or the one given first), rejects with a listen
// error, and turns synchronous argument errors into rejections.
// Node 26 has no net/promises: under Node this script runs an equivalent
// of the documented behaviour, so the golden records what it must print.
const net = require('net');
let promises;
try {
  promises = require('net/promises');
} catch {
  const settle = (em, ok, value) => new Promise((resolve, reject) => {
    const cancel = () => { em.removeListener(ok, onOk); em.removeListener('error', onErr); };
    const onOk = () => { cancel(); resolve(value); };
    const onErr = (e) => { cancel(); reject(e); };
    em.on(ok, onOk);
    em.on('error', onErr);
  });
  promises = {
    connect(...args) {
      try {
        const s = net.connect(...args);
        return settle(s, 'connect', s);
      } catch (e) {
        return Promise.reject(e);
      }
    },
    listen(...args) {
      const server = args[0] instanceof net.Server ? args.shift() : new net.Server();
      const p = settle(server, 'listening', server);
      try {
        server.listen(...args);
      } catch (e) {
        server.removeAllListeners('listening');
        server.removeAllListeners('error');
        return Promise.reject(e);
      }
      return p;
    },
  };
}
const { connect, listen } = promises;
console.log('exports', Object.keys(promises).sort().join(','));

async function main() {
  const server = await listen(0, '127.0.0.1');
  console.log('listen resolved', server instanceof net.Server, server.listening,
              server.listenerCount('listening'), server.listenerCount('error'));
  server.on('connection', (s) => { s.on('error', () => {}); s.end('welcome'); });
  const port = server.address().port;
  const c = await connect(port, '127.0.0.1');
  console.log('connect resolved', c instanceof net.Socket, c.readyState, c.listenerCount('error'));
  const text = await new Promise((resolve) => {
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got));
  });
  console.log('read', text);
  c.end();
  const c2 = await connect({ port, host: '127.0.0.1' });
  console.log('connect(options) resolved', c2.remotePort === port);
  c2.destroy();
  try {
    await connect(1, '127.0.0.1');
  } catch (e) {
    console.log('connect rejected', e.code, e.syscall);
  }
  try {
    await connect({ port: 'bad' });
  } catch (e) {
    console.log('connect sync error rejected', e.code);
  }
  try {
    await listen(port, '127.0.0.1');
  } catch (e) {
    console.log('listen rejected', e.code, e.syscall);
  }
  try {
    await listen({ port: 70000 });
  } catch (e) {
    console.log('listen sync error rejected', e.code);
  }
  await new Promise((r) => server.close(r));
  const again = await listen(server, { port: 0, host: '127.0.0.1' });
  console.log('listen(server) resolved', again === server, server.listening);
  server.close(() => console.log('closed'));
}
main();
