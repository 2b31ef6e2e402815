'use strict';
// internalBinding('string_decoder'): the encodings table.
module.exports = {
  encodings: ['ascii', 'base64', 'base64url', 'buffer', 'hex', 'latin1', 'ucs2', 'utf8', 'utf16le'],
};
