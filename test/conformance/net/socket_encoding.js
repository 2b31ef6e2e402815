// setEncoding: utf8 with a multi-byte character split across two reads
// (the writer sends the halves separately, waiting for an ack in
// between); hex; base64 (groups split across reads); latin1.
const net = require('net');
const cases = [
  ['utf8', [Buffer.from([0x61, 0xe2, 0x82]), Buffer.from([0xac, 0x62, 0xf0, 0x9f]), Buffer.from([0x98, 0x80])]],
  ['hex', [Buffer.from([0x00, 0xff]), Buffer.from([0x10])]],
  ['base64', [Buffer.from('hello'), Buffer.from(' world'), Buffer.from('!')]],
  ['latin1', [Buffer.from([0x41, 0xe9, 0xff]), Buffer.from([0x80])]],
  ['utf16le', [Buffer.from([0x3d, 0xd8, 0x00]), Buffer.from([0xde, 0x41]), Buffer.from([0x00])]],
];
let idx = 0;
const server = net.createServer((sock) => {
  const [enc, parts] = cases[idx];
  sock.setNoDelay(true);
  let i = 0;
  const next = () => {
    if (i < parts.length) sock.write(parts[i++]);
    else sock.end();
  };
  sock.on('data', () => next());
  next();
});
function client() {
  const [enc, parts] = cases[idx];
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding(enc);
  c.on('data', (d) => {
    console.log(enc, 'data', typeof d, JSON.stringify(d), d.length);
    c.write('ack');
  });
  c.on('end', () => console.log(enc, 'end'));
  c.on('close', () => {
    if (++idx < cases.length) client();
    else server.close();
  });
}
server.listen(0, '127.0.0.1', client);
