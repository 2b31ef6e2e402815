// After a failed listen the server emits 'error' only: no 'close'. It is not
// running, so close(cb) hands cb ERR_SERVER_NOT_RUNNING (and then 'close'
// is emitted); the same server can listen again afterwards.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('close', () => console.log('b: close event'));
  b.once('error', (e) => {
    console.log('b: error', e.code, e.syscall);
    setTimeout(() => {
      console.log('b: no close so far', b.listening);
      b.close((err) => {
        console.log('b: close cb', err.name, err.code, err.message);
        b.listen(0, '127.0.0.1', () => {
          console.log('b: listening again', b.listening, b.address().port !== port);
          b.close((err) => {
            console.log('b: closed', err);
            a.close(() => console.log('a: closed'));
          });
        });
      });
    }, 20);
  });
  b.listen(port, '127.0.0.1');
});
