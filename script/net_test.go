package script

import "testing"

// The 'data' fast path (a lone listener called without emit) must behave as
// Node's emit: the chunk is a Buffer with this the socket, listeners added
// and removed mid-stream, pause/resume and setEncoding honoured, a listener's
// object result handled as captureRejections wants, an instance's own emit
// still called. The expected output is what Node 26.10 prints.
func TestNetDataListenerAsNode(t *testing.T) { checkAsNode(t, dataListenerScript, dataListenerNode) }

const dataListenerScript = `'use strict';
const net = require('net');
const EventEmitter = require('events');
EventEmitter.captureRejections = true;
const out = [];
// a stuck conversation fails instead of hanging
setTimeout(() => { console.log(out.join('\n')); process.exit(1); }, 5000).unref();
const srv = net.createServer((s) => {
  let n = 0;
  function second(d) { out.push(` + "`" + `second ${d}` + "`" + `); }
  function first(d) {
    n++;
    out.push(` + "`" + `first ${n} ${typeof d} ${Buffer.isBuffer(d)} ${d instanceof Buffer} ` + "`" + ` +
      ` + "`" + `${Object.getPrototypeOf(d) === Buffer.prototype} ${this === s} ${JSON.stringify(d.toString())} ` + "`" + ` +
      ` + "`" + `${s.isPaused()} ${s.readableFlowing}` + "`" + `);
    switch (n) {
      case 1: s.on('data', second); break;
      case 2: s.removeListener('data', second); break;
      case 3:
        s.pause();
        setTimeout(() => { out.push('resume'); s.resume(); }, 30);
        break;
      case 4: s.setEncoding('utf8'); break;
      case 5:
        s.removeListener('data', first);
        s.on('data', (x) => ({ get then() { throw new Error('then getter ' + x); } }));
        break;
    }
    s.write('ack' + n);
    return n; // a primitive result: emit ignores it
  }
  s.on('data', first);
  s.on('error', (e) => {
    out.push('error ' + e.message);
    if (n++ !== 5) return;
    s.removeAllListeners('data');
    const emit = s.emit;
    s.emit = function(name, ...args) {
      if (name === 'data') out.push('own emit ' + args[0]);
      return emit.call(this, name, ...args);
    };
    s.on('data', async (d) => { out.push('last ' + d); throw new Error('boom ' + d); });
    s.write('ack' + n);
  });
  s.on('close', () => {
    console.log(out.join('\n'));
    srv.close();
  });
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  let i = 0;
  c.on('data', (d) => {
    if (String(d).includes('bye')) return;
    c.write('m' + (++i));
  });
  c.on('end', () => c.end());
  c.write('m0');
});
`

const dataListenerNode = `first 1 object true true true true "m0" false true
first 2 object true true true true "m1" false true
second m1
first 3 object true true true true "m2" false true
resume
first 4 object true true true true "m3" false true
first 5 string false false false true "m4" false true
error then getter m5
own emit m6
last m6
error boom m6
`

// Socket.prototype.write hands a lone Buffer or Uint8Array to the Go socket
// itself and everything else to the generic write: results, callbacks,
// encodings, other typed arrays, errors and the function's name and length
// as in Node 26.10.
func TestNetWriteAsNode(t *testing.T) { checkAsNode(t, writeScript, writeNode) }

const writeScript = `'use strict';
const net = require('net');
setTimeout(() => { console.log('stuck'); process.exit(1); }, 5000).unref();
const W = net.Socket.prototype.write;
console.log(W.name, W.length, typeof W);
const srv = net.createServer((s) => {
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log(JSON.stringify(got));
    srv.close();
  });
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    const log = (x) => console.log(typeof x, x);
    log(c.write(Buffer.from('a')));
    log(c.write(new Uint8Array([98])));
    log(c.write(Buffer.from('xcx').subarray(1, 2)));
    log(c.write(Buffer.from('d'), () => console.log('cb d')));
    log(c.write(Buffer.from('e'), 'utf8'));
    log(c.write('f'));
    log(c.write('67', 'hex'));
    log(c.write(new Uint16Array([0x6868])));
    log(c.write(Buffer.from('j'), undefined, undefined));
    log(c.write(new DataView(new Uint8Array([45, 121, 45]).buffer, 1, 1)));
    for (const bad of [123, null, undefined, {}]) {
      try { c.write(bad); } catch (e) { console.log(e.code, e.message); }
    }
    try { c.write(Buffer.from('k'), 'bogus'); } catch (e) { console.log(e.code, e.message); }
    c.end(Buffer.from('z'));
    log(c.write(Buffer.from('after end')));
  });
  c.on('error', (e) => console.log('client error', e.code));
});
`

const writeNode = ` 3 function
boolean true
boolean true
boolean true
boolean true
boolean true
boolean true
boolean true
boolean true
boolean true
boolean true
ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (123)
ERR_STREAM_NULL_VALUES May not write null values to stream
ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined
ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object
ERR_UNKNOWN_ENCODING Unknown encoding: bogus
boolean false
cb d
client error ERR_STREAM_WRITE_AFTER_END
"abcdefghhjyz"
`

// checkAsNode runs script and compares its output with want, what Node
// 26.10 prints for it.
func checkAsNode(t *testing.T, script, want string) {
	t.Helper()
	out, code := runScript(t, nil, script)
	if code != 0 {
		t.Fatalf("exit code %d, output:\n%s", code, out)
	}
	if out != want {
		t.Fatalf("got:\n%s\nwant (Node 26.10):\n%s", out, want)
	}
}
