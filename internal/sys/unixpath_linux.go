// This file exists because Linux's sun_path is 108 bytes and Linux alone has
// the abstract namespace (names starting with NUL).

package sys

// MaxPathLen is the longest Unix socket path: sun_path less its NUL.
const MaxPathLen = 107

const abstractNamespace = true
