// Readable/Writable state properties of a socket before, while and after
// connecting: encodings, object modes, closed, aborted, didRead, _handle.
const net = require('net');
const props = ['readableEncoding', 'readableObjectMode', 'writableObjectMode', 'closed', 'readableAborted', 'readableDidRead', 'writableAborted', 'errored', 'allowHalfOpen', 'bufferSize', 'timeout', '_host', 'server', '_handle', 'writableNeedDrain', 'readableFlowing', 'readableLength', 'writableLength'];
const show = (tag, s) => console.log(tag, props.map((p) => p + '=' + (p === '_handle' ? typeof s[p] + (s[p] === null) : String(s[p]))).join(' '));
const server = net.createServer((s) => { s.end('hi'); });
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  show('new', c);
  c.setEncoding('UTF-8');
  c.connect(server.address().port, '127.0.0.1');
  show('connecting', c);
  c.on('data', () => show('data', c));
  c.on('close', () => { show('closed', c); server.close(); });
});
