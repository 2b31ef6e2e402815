// Package readline is the module group of node:readline and
// readline/promises: lib/readline.js, lib/readline/promises.js and their
// shared Interface (lib/internal/readline/interface.js), with the readline
// binding, which cuts an input's bytes into lines.
package readline

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
