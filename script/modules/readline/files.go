// Package readline is the module group of node:readline and
// readline/promises: lib/readline.js, lib/readline/promises.js and their
// shared Interface (lib/internal/readline/interface.js). It has no Go
// binding: lines are found with String.prototype.indexOf, which runs in Go.
package readline

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
