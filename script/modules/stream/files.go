// Package stream is the module group of node:stream: lib/stream.js,
// stream/promises and stream/consumers, the stream classes of
// lib/internal/streams/, and the stream binding (binding.go), the checks
// the stream classes make on every chunk.
package stream

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
