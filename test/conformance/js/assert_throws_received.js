// throws and doesNotThrow with odd thrown values (strings, plain and
// null-prototype objects, null, symbols) and odd validation objects.
'use strict';
const assert = require('assert');
function t(fn) { try { fn(); console.log('passed'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code); } }
const th = (v) => () => { throw v; };
t(() => assert.throws(th('str'), TypeError));
t(() => assert.throws(th({}), TypeError));
t(() => assert.throws(th(Object.create(null)), TypeError));
t(() => assert.throws(th({ message: 'm' }), TypeError));
t(() => assert.throws(th(Object.assign(new RangeError('r'), { message: '' })), TypeError));
t(() => assert.throws(th(null), TypeError));
t(() => assert.throws(th(Symbol('q')), TypeError));
t(() => assert.throws(th(new Error('x')), { a: undefined }));
t(() => assert.throws(th(Object.assign(new Error('x'), { a: undefined })), { a: undefined }));
t(() => assert.throws(th(new Error('x')), { message: 'x', nested: { r: /a/ } }));
t(() => assert.throws(th(Object.assign(new Error('x'), { nested: { r: 'abc' } })), { nested: { r: /a/ } }));
t(() => assert.throws(th(Object.assign(new Error('x'), { list: ['a'] })), { list: [/a/] }));
t(() => assert.throws(th(new Error('x')), Object.create(null)));
t(() => assert.throws(th(5), { valueOf: 5 }));
t(() => assert.throws(th(new Error('x')), [1]));
t(() => assert.throws(th('x'), (e) => e === 'x'));
t(() => assert.throws(th(undefined), (e) => false));
t(() => assert.doesNotThrow(th(new TypeError('t')), TypeError, 'with msg'));
t(() => assert.doesNotThrow(th(new TypeError('t')), 'str msg'));
t(() => assert.doesNotThrow(th(5)));
t(() => assert.doesNotThrow(th(null)));
