'use strict';
// new net.Socket(options): which bad option Node reports first, how the
// fd option is checked, and the high-water marks the options give
// (highWaterMark for both halves, else readableHighWaterMark and
// writableHighWaterMark each, 0 included).
const net = require('net');
function t(name, o) {
  try {
    const s = new net.Socket(o);
    console.log(name, 'made', s.readableHighWaterMark, s.writableHighWaterMark);
    s.destroy();
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
t('objectMode+keepAliveInitialDelay', { objectMode: true, keepAliveInitialDelay: 'x' });
t('highWaterMark+objectMode', { highWaterMark: 'x', objectMode: true });
t('highWaterMark+keepAliveInitialDelay', { highWaterMark: 'x', keepAliveInitialDelay: 'x' });
t('highWaterMark+signal', { highWaterMark: 'x', signal: 1 });
t('keepAliveInitialDelay+signal', { keepAliveInitialDelay: 'x', signal: 1 });
t('fd+signal', { fd: 1.5, signal: 1 });
t('fd+keepAliveInitialDelay', { fd: 1.5, keepAliveInitialDelay: 'x' });
t('fd+typeOfService', { fd: 'x', typeOfService: 999 });
t('typeOfService+fd', { typeOfService: 'x', fd: 'x' });
t('fd+blockList', { fd: 'x', blockList: 1 });
t('fd+onread', { fd: 'x', onread: 1 });
t('typeOfService+blockList', { typeOfService: 999, blockList: 1 });
t('typeOfService+onread', { typeOfService: 999, onread: 1 });
t('blockList+onread', { blockList: 1, onread: 1 });
for (const fd of [true, null, [], 'x', {}, 1.5, -1, 2 ** 31, NaN, Infinity, undefined]) {
  t(`fd ${typeof fd} ${String(fd)}`, { fd });
}
t('highWaterMark -1', { highWaterMark: -1 });
t('highWaterMark NaN', { highWaterMark: NaN });
t('highWaterMark 1.5', { highWaterMark: 1.5 });
t('highWaterMark "5"', { highWaterMark: '5' });
t('highWaterMark null', { highWaterMark: null });
t('highWaterMark 0', { highWaterMark: 0 });
t('highWaterMark 5', { highWaterMark: 5 });
t('highWaterMark 2**40', { highWaterMark: 2 ** 40 });
t('highWaterMark 5, readable x', { highWaterMark: 5, readableHighWaterMark: 'x' });
t('highWaterMark x, readable 5', { highWaterMark: 'x', readableHighWaterMark: 5 });
t('highWaterMark x, writable 5', { highWaterMark: 'x', writableHighWaterMark: 5 });
t('highWaterMark 5, readable 7', { highWaterMark: 5, readableHighWaterMark: 7 });
t('highWaterMark 5, writable 7', { highWaterMark: 5, writableHighWaterMark: 7 });
t('writable x, readable y', { writableHighWaterMark: 'x', readableHighWaterMark: 'y' });
t('readable x', { readableHighWaterMark: 'x' });
t('writable x', { writableHighWaterMark: 'x' });
t('readable 1.5', { readableHighWaterMark: 1.5 });
t('writable -1', { writableHighWaterMark: -1 });
t('readable 7', { readableHighWaterMark: 7 });
t('writable 9', { writableHighWaterMark: 9 });
t('readable 7, writable 9', { readableHighWaterMark: 7, writableHighWaterMark: 9 });
t('readable 0', { readableHighWaterMark: 0 });
t('readable null, writable null', { readableHighWaterMark: null, writableHighWaterMark: null });
t('none', {});
