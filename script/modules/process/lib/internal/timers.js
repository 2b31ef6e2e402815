'use strict';
// internal/timers: what timers/promises and the util helpers use, on top of
// the host's timers (lib/timers.js keeps Node's lists on the loop).
const timers = require('timers');

const TIMEOUT_MAX = 2 ** 31 - 1;

// new Timeout(...) starts the timer and returns the timers.Timeout object
// (Node's insert() is then a no-op).
function Timeout(callback, after, args, isRepeat, isRefed) {
  const start = isRepeat ? timers.setInterval : timers.setTimeout;
  const delay = after === undefined ? 1 : after;
  const t = args === undefined ? start(callback, delay) : start(callback, delay, ...args);
  if (!isRefed) t.unref();
  return t;
}

function Immediate(callback, args) {
  return args === undefined ? timers.setImmediate(callback) : timers.setImmediate(callback, ...args);
}

function insert() {}

module.exports = { TIMEOUT_MAX, Timeout, Immediate, insert };
