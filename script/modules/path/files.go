// Package path is the module group of node:path: lib/path.js and
// path/posix and path/win32. It has no Go binding.
package path

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
