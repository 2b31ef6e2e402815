'use strict';
// internalBinding('config').
module.exports = { hasIntl: false, hasInspector: false, noBrowserGlobals: false, bits: 64 };
