// Package stream is the module group of node:stream: lib/stream.js,
// stream/promises and stream/consumers, and the stream classes of
// lib/internal/streams/. It has no Go binding.
package stream

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
