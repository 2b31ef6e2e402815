//go:build darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists because Darwin's and the BSDs' sun_path is 104 bytes,
// and they have no abstract namespace.

package sys

// MaxPathLen is the longest Unix socket path: sun_path less its NUL.
const MaxPathLen = 103

const abstractNamespace = false
