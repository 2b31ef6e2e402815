'use strict';
// internal/constants: character codes the path and URL parsers compare
// against, built from the characters themselves, and the line ending.

const characters = {
  UPPERCASE_A: 'A', UPPERCASE_B: 'B', UPPERCASE_C: 'C', UPPERCASE_E: 'E', UPPERCASE_Z: 'Z',
  LOWERCASE_A: 'a', LOWERCASE_B: 'b', LOWERCASE_E: 'e', LOWERCASE_N: 'n', LOWERCASE_Z: 'z',
  DOT: '.', FORWARD_SLASH: '/', BACKWARD_SLASH: '\\', VERTICAL_LINE: '|', COLON: ':',
  QUESTION_MARK: '?', UNDERSCORE: '_', LINE_FEED: '\n', CARRIAGE_RETURN: '\r', TAB: '\t',
  FORM_FEED: '\f', EXCLAMATION_MARK: '!', HASH: '#', SPACE: ' ', NO_BREAK_SPACE: '\u00a0',
  ZERO_WIDTH_NOBREAK_SPACE: '\ufeff', LEFT_SQUARE_BRACKET: '[', RIGHT_SQUARE_BRACKET: ']',
  LEFT_ANGLE_BRACKET: '<', RIGHT_ANGLE_BRACKET: '>', LEFT_CURLY_BRACKET: '{',
  RIGHT_CURLY_BRACKET: '}', HYPHEN_MINUS: '-', PLUS: '+', DOUBLE_QUOTE: '"', SINGLE_QUOTE: "'",
  PERCENT: '%', SEMICOLON: ';', CIRCUMFLEX_ACCENT: '^', GRAVE_ACCENT: '`', AT: '@',
  AMPERSAND: '&', EQUAL: '=', DIGIT_0: '0', DIGIT_9: '9',
};

const constants = {};
for (const name of Object.keys(characters)) {
  constants[`CHAR_${name}`] = characters[name].charCodeAt(0);
}
constants.EOL = process.platform === 'win32' ? '\r\n' : '\n';

module.exports = constants;
