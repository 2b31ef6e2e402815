'use strict';
// internalBinding('types'): the same checks as util.types.
module.exports = require('internal/util/types');
