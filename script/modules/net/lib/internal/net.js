'use strict';

// internal/net: the address checks node:net shares with the rest of the
// library, answered by Go's blocklist package (block_list binding).

const bl = binding('block_list');

// isIP is 4, 6 or 0 for the text of input (any value, as a template
// string would print it).
function isIP(input) {
  return bl.isIP(`${input}`);
}

function isIPv4(input) {
  return bl.isIPv4(`${input}`);
}

function isIPv6(input) {
  return bl.isIPv6(`${input}`);
}

// isLoopback reports whether host names this machine's loopback.
function isLoopback(host) {
  const h = `${host}`.toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h === '::1' || h === '0:0:0:0:0:0:0:1' ||
    h.startsWith('::ffff:127.');
}

module.exports = { isIP, isIPv4, isIPv6, isLoopback };
