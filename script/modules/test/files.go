// Package test is the module group of node:test: lib/test.js, the test
// runner's describe, it and test. It has no Go binding.
package test

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
