// Package perfhooks is the module group of node:perf_hooks (its folder is
// named after the module): lib/perf_hooks.js (performance, histograms,
// monitorEventLoopDelay) and lib/internal/perf/observe.js (entries and
// PerformanceObserver), with the perf binding: histograms, the event loop
// delay sampler and the loop's idle time. Its clock is the core binding's
// hrtime.
package perfhooks

import "embed"

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS
