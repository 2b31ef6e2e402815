// A refused connection (nothing listens on port 1) without an 'error'
// listener: Node's unhandled 'error' event on a Socket.
const net = require('net');
console.log('connecting to a closed port');
net.connect(1, '127.0.0.1');
