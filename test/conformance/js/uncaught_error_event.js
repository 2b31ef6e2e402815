// An 'error' event without a listener: thrown as Node's unhandled 'error'.
const EventEmitter = require('events');
const ee = new EventEmitter();
console.log('listeners', ee.listenerCount('error'));
ee.emit('error', new Error('nobody listens'));
