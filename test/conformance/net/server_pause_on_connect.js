// pauseOnConnect: accepted sockets start paused; even with a 'data'
// listener nothing is read until resume(), and then the data arrives.
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  console.log('server: connection', sock.isPaused(), sock.readableFlowing);
  sock.on('data', (d) => console.log('server: data', d.toString(), sock.bytesRead));
  sock.on('end', () => { console.log('server: end'); sock.end(); });
  console.log('server: after data listener', sock.isPaused(), sock.readableFlowing);
  setTimeout(() => {
    console.log('server: before resume', sock.bytesRead, sock.readableLength);
    sock.resume();
    console.log('server: resumed', sock.isPaused(), sock.readableFlowing);
  }, 50);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('hello');
  });
  c.on('finish', () => console.log('client: finish'));
  c.on('close', (h) => {
    console.log('client: close', h);
    server.close(() => console.log('server: closed'));
  });
  c.resume();
});
