'use strict';
// require('console') is the global console (with its Console class).
module.exports = require('internal/console').console;
