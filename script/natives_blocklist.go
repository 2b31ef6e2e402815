package script

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/blocklist"
)

// blockListHandle returns the Go BlockList of a JavaScript net.BlockList.
func blockListHandle(h *Host, o *goja.Object) *blocklist.BlockList {
	return nil
}
