package host

import (
	"github.com/dop251/goja"
)

// trackRejection is goja's promise rejection tracker: Node's
// kPromiseRejectWithNoHandler and kPromiseHandlerAddedAfterReject.
func (h *Host) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		h.rejected[p] = true
		h.rejections = append(h.rejections, p)
	case goja.PromiseRejectionHandle:
		delete(h.rejected, p)
	}
}

// processRejections is Node's processPromiseRejections: each promise still
// unhandled after the microtask queue drained goes to 'unhandledRejection'
// or, without a listener, becomes an uncaught exception.
func (h *Host) processRejections() {
	for len(h.rejections) > 0 && !h.exiting {
		p := h.rejections[0]
		h.rejections = h.rejections[1:]
		if !h.rejected[p] {
			continue
		}
		delete(h.rejected, p)
		h.callHook("rejection", p.Result(), h.vm.ToValue(p))
	}
	if len(h.rejections) == 0 {
		h.rejections = nil
	}
}

// bootstrap prepares the global environment of scripts.
func (h *Host) bootstrap() (err error) {
	defer func() {
		if v := recover(); v != nil {
			switch x := v.(type) {
			case *goja.Exception:
				err = x
			case error:
				err = x
			case goja.Value:
				err = h.ScriptError(x)
			default:
				panic(v)
			}
		}
	}()
	h.RequireLib("internal/bootstrap")
	return nil
}
