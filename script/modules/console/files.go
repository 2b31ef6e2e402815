// Package console is the module group of node:console: lib/console.js and
// lib/internal/console.js. It has no Go binding.
package console

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
