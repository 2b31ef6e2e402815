// net.BoundSocket's shape and argument errors, server._handle outside listening,
// and worker_threads' main-thread exports.
const net = require('net');
const b = new net.BoundSocket({ host: '127.0.0.1' });
console.log(b, 'isPipe' in net.BoundSocket.prototype, Object.keys(b), net.BoundSocket.name);
b.close();
const s = net.createServer();
console.log(s._handle);
try { new net.BoundSocket(5); } catch (e) { console.log(e.code, e.message); }
try { new net.BoundSocket({ host: 5 }); } catch (e) { console.log(e.code, e.message); }
try { new net.BoundSocket({ ipv6Only: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { new net.BoundSocket({ path: 5 }); } catch (e) { console.log(e.code, e.message); }
const b6 = new net.BoundSocket({ ipv6Only: true });
console.log(b6.address().address, b6.address().family);
b6.close();
const { Worker } = require('worker_threads');
console.log(typeof Worker, require('worker_threads').threadId);
