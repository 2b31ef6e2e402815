'use strict';
// Colour escapes for messages written to stderr (assert's diffs): each
// name holds its SGR sequence while stderr shows colours and '' when it
// does not. refresh() re-reads the stream's state.

// SGR parameter of each name; `clear` is a full reset (ESC c) instead.
const sgr = [['blue', 34], ['green', 32], ['white', 39], ['yellow', 33],
             ['red', 31], ['gray', 90], ['reset', 0]];

// FORCE_COLOR decides when set ('0' and 'false' turn colours off);
// otherwise a TTY stream with more than two colours gets them.
function shouldColorize(stream) {
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  if (stream == null || !stream.isTTY) return false;
  if (typeof stream.getColorDepth !== 'function') return true;
  return stream.getColorDepth() > 2;
}

const exported = { shouldColorize, refresh, hasColors: false, clear: '' };

function refresh() {
  const on = process.stderr != null && shouldColorize(process.stderr);
  for (let i = 0; i < sgr.length; i++) {
    exported[sgr[i][0]] = on ? `\u001b[${sgr[i][1]}m` : '';
  }
  exported.clear = on ? '\u001bc' : '';
  exported.hasColors = on;
}

refresh();
module.exports = exported;
