//go:build !(linux || darwin || freebsd || windows)

package fs

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// Binding is written for Linux, macOS and FreeBSD (fs.go); elsewhere require('fs') fails
// with a clear error until it is ported.
func Binding(h *host.Host) *goja.Object {
	panic(h.NewNodeError("Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
		"The fs module of nodenet is not available on this platform yet"))
}
