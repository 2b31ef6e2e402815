'use strict';
// internal/options: command-line option values (nodenet has Node's defaults).
const defaults = {
  '--pending-deprecation': false,
  '--no-deprecation': false,
  '--trace-deprecation': false,
  '--throw-deprecation': false,
  '--trace-warnings': false,
  '--unhandled-rejections': 'throw',
  '--experimental-require-module': true,
  '--stack-trace-limit': 10,
  '--enable-source-maps': false,
  '--preserve-symlinks': false,
  '--preserve-symlinks-main': false,
  '--input-type': '',
  '--experimental-default-type': '',
  '--network-family-autoselection': true,
  '--network-family-autoselection-attempt-timeout': 500,
  '--dns-result-order': 'verbatim',
  '--insecure-http-parser': false,
  '--warnings': true,
  '--expose-internals': false,
  '--frozen-intrinsics': false,
  '--disable-proto': '',
  '--abort-on-uncaught-exception': false,
};
function getOptionValue(name) {
  return defaults[name];
}
module.exports = {
  getOptionValue,
  getAllowUnauthorized: () => false,
  getEmbedderOptions: () => ({ shouldNotRegisterESMLoader: true, noGlobalSearchPaths: true }),
  refreshOptions: () => {},
};
