// Socket and Server are constructible with and without new, subclassable,
// EventEmitters; a subclass's emit override sees the events that come from
// the socket's I/O, and its methods can be extended.
const net = require('net');
const EventEmitter = require('events');
console.log('Socket()', net.Socket() instanceof net.Socket, 'Server()', net.Server() instanceof net.Server);
console.log('EventEmitter', new net.Socket() instanceof EventEmitter, new net.Server() instanceof EventEmitter);
console.log('prototype chain', Object.getPrototypeOf(net.Server.prototype) === EventEmitter.prototype);

class TracingSocket extends net.Socket {
  constructor(opts) {
    super(opts);
    this.seen = [];
  }
  emit(name, ...args) {
    // 'readable' is left out: nodenet forwards it from Go only while
    // there are 'readable' listeners (a Go listener pauses the stream).
    if (typeof name === 'string' && name !== 'readable') this.seen.push(name);
    return super.emit(name, ...args);
  }
  write(chunk, enc, cb) {
    return super.write(String(chunk).toUpperCase(), enc, cb);
  }
}

class CountingServer extends net.Server {
  constructor() {
    super({ allowHalfOpen: false });
    this.accepted = 0;
    this.on('connection', (s) => {
      this.accepted++;
      console.log('server: connection', s instanceof net.Socket, s.constructor.name, s.server === this);
      s.on('data', (d) => { console.log('server: data', d.toString()); s.end(); });
    });
  }
  get kind() { return 'counting'; }
}

const server = new CountingServer();
console.log('server', server instanceof net.Server, server instanceof CountingServer, server.kind, server.allowHalfOpen);
server.listen(0, '127.0.0.1', () => {
  const c = new TracingSocket();
  console.log('client', c instanceof net.Socket, c instanceof TracingSocket, c.constructor.name);
  c.connect(server.address().port, '127.0.0.1', () => {
    c.write('hello subclass', () => console.log('client: write cb'));
  });
  c.on('data', () => {});
  c.on('end', () => console.log('client: end'));
  c.on('close', (hadError) => {
    console.log('client: close', hadError, c.bytesWritten);
    console.log('client saw', c.seen.join(' '));
    server.close(() => console.log('server closed', server.accepted));
  });
});
