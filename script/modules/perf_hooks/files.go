// Package perfhooks is the module group of node:perf_hooks (its folder is
// named after the module): lib/perf_hooks.js, performance.now, timeOrigin,
// mark and measure. It has no Go binding of its own: its clock is the core
// binding's hrtime.
package perfhooks

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
