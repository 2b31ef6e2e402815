'use strict';
// internalBinding('url_pattern'): URLPattern is not implemented.
module.exports = { URLPattern: undefined };
