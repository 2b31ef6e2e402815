'use strict';

// The high-water marks of stream states: the process-wide defaults (bytes
// and object mode) and the validation of a highWaterMark option.

const { validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let byteDefault = 64 * 1024;
let objectDefault = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? objectDefault : byteDefault;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) objectDefault = value;
  else byteDefault = value;
}

// getHighWaterMark reads options.highWaterMark, or for one side of a duplex
// options[duplexKey], and falls back to the default for the state's mode.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let value;
  if (options != null) {
    value = options.highWaterMark;
    if (value == null && isDuplex) value = options[duplexKey];
  }
  if (value == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? 'options.' + duplexKey : 'options.highWaterMark', value);
  }
  return Math.floor(value);
}

module.exports = { setDefaultHighWaterMark, getDefaultHighWaterMark, getHighWaterMark };
