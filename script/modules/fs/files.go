// Package fs is the module group of node:fs: lib/fs.js, fs/promises and
// lib/internal/fs/, and the fs binding, the synchronous file system calls
// (made in internal/sys), on Unix and Windows.
package fs

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
