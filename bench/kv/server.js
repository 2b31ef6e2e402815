// A key-value server speaking a small text protocol, written the way a
// Node user writes a scripted handler: it parses requests out of the
// Buffers 'data' delivers (indexOf, toString with an encoding and a range,
// subarray, Buffer.concat of partial frames, parseInt) and writes its
// replies as strings with an encoding. bench/cmd/kvbench drives it under
// Node and under nodenet.
//
//   node server.js [port]      prints "listening PORT"
//
// Requests are lines of space-separated fields ending in \r\n:
//   SET key value      -> +OK
//   GET key            -> $<len>\r\n<value> or $-1
//   INCR key           -> :<n>
//   RPUSH key value    -> :<length>
//   LRANGE key a b     -> *<n>\r\n then n times $<len>\r\n<item>
//   DEL key            -> :<0|1>
// Anything else gets -ERR unknown command.
'use strict';
const net = require('net');

const strings = new Map();
const lists = new Map();
const CRLF = '\r\n';

function reply(fields) {
  const cmd = fields[0].toUpperCase();
  switch (cmd) {
    case 'SET':
      strings.set(fields[1], fields[2]);
      return '+OK\r\n';
    case 'GET': {
      const v = strings.get(fields[1]);
      if (v === undefined) return '$-1\r\n';
      return '$' + Buffer.byteLength(v) + CRLF + v + CRLF;
    }
    case 'INCR': {
      const n = (parseInt(strings.get(fields[1]) || '0', 10) || 0) + 1;
      strings.set(fields[1], String(n));
      return ':' + n + CRLF;
    }
    case 'RPUSH': {
      let l = lists.get(fields[1]);
      if (!l) lists.set(fields[1], (l = []));
      l.push(fields[2]);
      return ':' + l.length + CRLF;
    }
    case 'LRANGE': {
      const l = lists.get(fields[1]) || [];
      let a = parseInt(fields[2], 10);
      let b = parseInt(fields[3], 10);
      if (a < 0) a += l.length;
      if (b < 0) b += l.length;
      if (b >= l.length) b = l.length - 1;
      if (a < 0) a = 0;
      if (a > b) return '*0\r\n';
      let out = '*' + (b - a + 1) + CRLF;
      for (let i = a; i <= b; i++) out += '$' + Buffer.byteLength(l[i]) + CRLF + l[i] + CRLF;
      return out;
    }
    case 'DEL': {
      const had = strings.delete(fields[1]) || lists.delete(fields[1]);
      return ':' + (had ? 1 : 0) + CRLF;
    }
  }
  return '-ERR unknown command\r\n';
}

// fieldsOf splits buf[start, end) at spaces.
function fieldsOf(buf, start, end) {
  const fields = [];
  while (start < end) {
    let sp = buf.indexOf(32, start);
    if (sp < 0 || sp > end) sp = end;
    if (sp > start) fields.push(buf.toString('utf8', start, sp));
    start = sp + 1;
  }
  return fields;
}

const server = net.createServer((socket) => {
  let pending = null; // an incomplete request carried over to the next chunk
  socket.on('data', (chunk) => {
    const buf = pending === null ? chunk : Buffer.concat([pending, chunk]);
    let start = 0;
    let out = '';
    for (;;) {
      const eol = buf.indexOf(CRLF, start);
      if (eol < 0) break;
      const fields = fieldsOf(buf, start, eol);
      start = eol + 2;
      if (fields.length > 0) out += reply(fields);
    }
    pending = start < buf.length ? buf.subarray(start) : null;
    if (out.length > 0) socket.write(out, 'utf8');
  });
  socket.on('error', () => {});
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
