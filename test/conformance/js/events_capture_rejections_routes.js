'use strict';
// captureRejections: a rejected promise from a listener goes to the
// emitter's Symbol.for('nodejs.rejection') method or to 'error'.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(String(captureRejectionSymbol), captureRejectionSymbol === Symbol.for('nodejs.rejection'),
            EventEmitter.captureRejections);
try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  console.log(err.code, err.message);
}
try {
  EventEmitter.captureRejections = 1;
} catch (err) {
  console.log(err.code, err.message);
}

const a = new EventEmitter({ captureRejections: true });
a.on('job', async (x, y) => {
  console.log('job runs', x, y);
  throw new Error('job failed');
});
a.on('error', (err) => console.log('error route', err.message));
console.log('emit', a.emit('job', 1, 2));
console.log('sync after emit');

const b = new EventEmitter({ captureRejections: true });
b[captureRejectionSymbol] = function(err, type, ...args) {
  console.log('rejection method', err.message, type, args, this === b);
};
b.on('task', async (v) => {
  throw new Error('task failed ' + v);
});
b.emit('task', 'v1');

// The same with several listeners, and a listener that returns a thenable.
const c = new EventEmitter({ captureRejections: true });
c.on('many', () => Promise.reject(new Error('from first')));
c.on('many', () => ({ then(ok, fail) { fail(new Error('from thenable')); } }));
c.on('error', (err) => console.log('c error', err.message));
c.emit('many');

// Without capture a rejection stays unhandled by the emitter.
const d = new EventEmitter();
d.on('x', async () => 'value');
console.log('no capture emit', d.emit('x'));

// The global default applies to emitters made after it is set.
EventEmitter.captureRejections = true;
const f = new EventEmitter();
EventEmitter.captureRejections = false;
const g = new EventEmitter();
f.on('y', async () => {
  throw new Error('global default');
});
f.on('error', (err) => console.log('f error', err.message));
f.emit('y');
g.on('error', () => console.log('g error: not reached'));
g.on('y', async () => 1);
g.emit('y');
setTimeout(() => console.log('done'), 5);
