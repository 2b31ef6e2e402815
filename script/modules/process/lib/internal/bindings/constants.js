'use strict';
// internalBinding('constants'): the parts Node's library reads.
// The signal numbers are the system's (the os binding's table).
const signals = binding('os').signalConstants;
module.exports = {
  os: { signals, errno: binding('uv').errnoConstants(), priority: {}, dlopen: {}, UV_UDP_REUSEADDR: 4 },
  fs: {},
  crypto: {},
  zlib: {},
  trace: {},
};
