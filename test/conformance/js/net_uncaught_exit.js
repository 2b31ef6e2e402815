// No 'error' listener: a connection error is uncaught, the process exits
// with code 1 after 'exit', and no other event runs.
const net = require('net');
const c = net.connect(1, '127.0.0.1');
c.on('close', () => console.log('close (not reached)'));
process.on('exit', (code) => console.log('exit', code));
