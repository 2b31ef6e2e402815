package worker

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "domexception" binding: DOMException's legacy codes from nodeerr's
// table, for internal/bindings/messaging.js, so that the Go and the
// JavaScript DOMException agree on them.

// DOMException builds the domexception binding of h: legacyCodes, an array of
// [constant, name, code] triples in code order (an empty name for the codes
// no error name uses).
func DOMException(h *host.Host) *goja.Object {
	vm := h.Runtime()
	rows := make([]any, len(nodeerr.DOMExceptionLegacyCodes))
	for i, c := range nodeerr.DOMExceptionLegacyCodes {
		rows[i] = vm.NewArray(c.Constant, c.Name, c.Code)
	}
	o := vm.NewObject()
	_ = o.Set("legacyCodes", vm.NewArray(rows...))
	return o
}
