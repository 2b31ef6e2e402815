//go:build !linux

package script

import "github.com/dop251/goja"

// The fs binding is written for Linux; elsewhere require('fs') fails with a
// clear error until it is ported.
func init() {
	registerNative("fs", func(h *Host) *goja.Object {
		panic(h.newNodeError("Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
			"The fs module of nodenet is only available on Linux for now"))
	})
}
