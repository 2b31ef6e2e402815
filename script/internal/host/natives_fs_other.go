//go:build !linux

package host

import "github.com/dop251/goja"

// fsBinding is written for Linux (natives_fs.go); elsewhere require('fs')
// fails with a clear error until it is ported.
func (h *Host) fsBinding() *goja.Object {
	panic(h.newNodeError("Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
		"The fs module of nodenet is only available on Linux for now"))
}
