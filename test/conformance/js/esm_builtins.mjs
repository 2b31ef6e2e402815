// Static imports of built-in modules: the default import is the module's
// exports object, named imports are its properties, a namespace import
// has every property and default.
import net from 'node:net';
import { createServer, isIP as ipKind } from 'node:net';
import * as fs from 'fs';
import * as nodeFs from 'node:fs';
import EventEmitter, { once } from 'node:events';
import path, { join, sep } from 'path';
import 'node:os';
import { Buffer as B } from 'node:buffer';

console.log(typeof net, typeof net.createServer, net.createServer === createServer);
console.log(ipKind('127.0.0.1'), ipKind('::1'), ipKind('x'));
console.log(typeof fs.readFileSync, fs.default.readFileSync === fs.readFileSync, fs === nodeFs);
console.log(Object.getPrototypeOf(fs), Object.prototype.toString.call(fs), 'default' in fs);
console.log(Object.keys(fs).includes('default'), Object.keys(fs).includes('promises'));
console.log(typeof EventEmitter, EventEmitter.once === once, typeof once);
console.log(join('a', 'b'), sep, path.basename('/x/y.mjs'), B === Buffer);
const e = new EventEmitter();
once(e, 'go').then(([v]) => console.log('once got', v));
e.emit('go', 42);
const server = createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening', typeof server.address().port);
  server.close(() => console.log('closed'));
});
