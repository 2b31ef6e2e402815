// AbortError as aborted operations deliver it: name, code, message,
// cause, String(), stack header, own keys, enumerability.
'use strict';
const EventEmitter = require('events');
const net = require('net');
const timersPromises = require('timers/promises');
const util = require('util');
const log = console.log;

function show(label, err) {
  log(label);
  log('  name:', err.name, '| code:', err.code, '| message:', err.message);
  log('  String:', String(err));
  log('  stack[0]:', err.stack.split('\n')[0]);
  log('  keys:', JSON.stringify(Object.keys(err)));
  log('  instanceof Error:', err instanceof Error, '| constructor:', err.constructor.name);
  const cause = Object.getOwnPropertyDescriptor(err, 'cause');
  log('  has cause:', cause !== undefined, cause ? cause.enumerable : '-');
  if (cause) log('  cause:', typeof err.cause === 'object' ? `${err.cause.name}: ${err.cause.message}` : err.cause);
  const name = Object.getOwnPropertyDescriptor(err, 'name');
  log('  own name enumerable:', name ? name.enumerable : 'inherited');
}

async function main() {
  const ac = new AbortController();
  ac.abort();
  try {
    await EventEmitter.once(new EventEmitter(), 'x', { signal: ac.signal });
  } catch (err) {
    show('events.once aborted', err);
  }

  const ac2 = new AbortController();
  ac2.abort('custom reason');
  try {
    await timersPromises.setTimeout(10, 'v', { signal: ac2.signal });
  } catch (err) {
    show('timers setTimeout aborted with reason', err);
  }

  const ac3 = new AbortController();
  const pending = timersPromises.setImmediate('v', { signal: ac3.signal });
  ac3.abort(new RangeError('why'));
  try {
    await pending;
  } catch (err) {
    show('timers setImmediate aborted later', err);
  }

  const ac4 = new AbortController();
  const sock = net.connect({ port: 9, host: '127.0.0.1', signal: ac4.signal });
  const errP = new Promise((resolve) => sock.on('error', resolve));
  ac4.abort();
  show('socket aborted', await errP);

  const ac5 = new AbortController();
  ac5.abort();
  const server = net.createServer();
  server.on('error', (err) => show('server error', err));
  server.listen({ port: 0, host: '127.0.0.1', signal: ac5.signal });
  log('listening after aborted signal:', server.listening);

  const ac6 = new AbortController();
  const sleeper = util.promisify(setTimeout);
  const p = sleeper(5, 'x', { signal: ac6.signal });
  ac6.abort();
  try {
    await p;
  } catch (err) {
    show('promisified setTimeout aborted', err);
  }

  const reason = AbortSignal.abort().reason;
  log('signal reason:', reason.name, reason.code, reason.message, String(reason));
}
main();
