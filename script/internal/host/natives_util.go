package host

import (
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
)

// The "callsite" binding: where a library function was called from, for
// assert's "The expression evaluated to a falsy value" messages (V8's
// structured stack traces in Node).

// startupEnvBinding answers what an environment variable was when the host
// started (Node reads NODE_DEBUG once, before any script can change
// process.env): get(name) is its value or undefined.
func (h *Host) startupEnvBinding() *goja.Object {
	o := h.vm.NewObject()
	_ = o.Set("get", func(c goja.FunctionCall) goja.Value {
		prefix := c.Argument(0).String() + "="
		for _, kv := range h.opts.Env {
			if strings.HasPrefix(kv, prefix) {
				return h.vm.ToValue(kv[len(prefix):])
			}
		}
		return goja.Undefined()
	})
	return o
}

func (h *Host) callsiteBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	scriptIDs := map[string]int{}
	// stack(name, n) lists at most n frames of the calls leading to the
	// innermost library function named name (util.getCallSites' objects).
	_ = o.Set("stack", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		n := int(c.Argument(1).ToInteger())
		frames := vm.CaptureCallStack(0, nil)
		start := 0
		for i := range frames {
			if frames[i].FuncName() == name && strings.HasPrefix(frames[i].SrcName(), "node:") {
				start = i + 1
				break
			}
		}
		sites := make([]any, 0, n)
		for i := start; i < len(frames) && len(sites) < n; i++ {
			f := &frames[i]
			pos := f.Position()
			if pos.Line == 0 || f.SrcName() == "" {
				// Built-in functions (Array.prototype.forEach, Go
				// bindings) and the host's own glue have no frame of
				// their own in V8's list.
				continue
			}
			shown, ok := h.v8Frame(frame{fn: f.FuncName(), file: f.SrcName(), line: pos.Line, col: pos.Column}, true)
			if !ok {
				continue
			}
			col := shown.col
			site := vm.NewObject()
			_ = site.SetPrototype(nil)
			fn := f.FuncName()
			if fn == "<anonymous>" || fn == moduleFuncName {
				fn = ""
			}
			_ = site.Set("functionName", fn)
			id, seen := scriptIDs[f.SrcName()]
			if !seen {
				id = len(scriptIDs) + 1
				scriptIDs[f.SrcName()] = id
			}
			_ = site.Set("scriptId", strconv.Itoa(id))
			_ = site.Set("scriptName", f.SrcName())
			_ = site.Set("lineNumber", shown.line)
			_ = site.Set("columnNumber", max(col, 1))
			_ = site.Set("column", max(col, 1))
			sites = append(sites, site)
		}
		return vm.NewArray(sites...)
	})
	return o
}

// The "uv" binding is internalBinding('uv'): libuv's error names, numbers
// and messages, as Node on Linux reports them.

// uvError is one entry of libuv's error table.
type uvError struct {
	errno   int
	name    string
	message string
}

// uvErrors is libuv's error table in the order Node's
// util.getSystemErrorMap() lists it (recorded from Node 26 on Linux).
var uvErrors = []uvError{
	{-7, "E2BIG", "argument list too long"},
	{-13, "EACCES", "permission denied"},
	{-98, "EADDRINUSE", "address already in use"},
	{-99, "EADDRNOTAVAIL", "address not available"},
	{-97, "EAFNOSUPPORT", "address family not supported"},
	{-11, "EAGAIN", "resource temporarily unavailable"},
	{-3000, "EAI_ADDRFAMILY", "address family not supported"},
	{-3001, "EAI_AGAIN", "temporary failure"},
	{-3002, "EAI_BADFLAGS", "bad ai_flags value"},
	{-3013, "EAI_BADHINTS", "invalid value for hints"},
	{-3003, "EAI_CANCELED", "request canceled"},
	{-3004, "EAI_FAIL", "permanent failure"},
	{-3005, "EAI_FAMILY", "ai_family not supported"},
	{-3006, "EAI_MEMORY", "out of memory"},
	{-3007, "EAI_NODATA", "no address"},
	{-3008, "EAI_NONAME", "unknown node or service"},
	{-3009, "EAI_OVERFLOW", "argument buffer overflow"},
	{-3014, "EAI_PROTOCOL", "resolved protocol is unknown"},
	{-3010, "EAI_SERVICE", "service not available for socket type"},
	{-3011, "EAI_SOCKTYPE", "socket type not supported"},
	{-114, "EALREADY", "connection already in progress"},
	{-9, "EBADF", "bad file descriptor"},
	{-16, "EBUSY", "resource busy or locked"},
	{-125, "ECANCELED", "operation canceled"},
	{-4080, "ECHARSET", "invalid Unicode character"},
	{-103, "ECONNABORTED", "software caused connection abort"},
	{-111, "ECONNREFUSED", "connection refused"},
	{-104, "ECONNRESET", "connection reset by peer"},
	{-89, "EDESTADDRREQ", "destination address required"},
	{-17, "EEXIST", "file already exists"},
	{-14, "EFAULT", "bad address in system call argument"},
	{-27, "EFBIG", "file too large"},
	{-113, "EHOSTUNREACH", "host is unreachable"},
	{-4, "EINTR", "interrupted system call"},
	{-22, "EINVAL", "invalid argument"},
	{-5, "EIO", "i/o error"},
	{-106, "EISCONN", "socket is already connected"},
	{-21, "EISDIR", "illegal operation on a directory"},
	{-40, "ELOOP", "too many symbolic links encountered"},
	{-24, "EMFILE", "too many open files"},
	{-90, "EMSGSIZE", "message too long"},
	{-36, "ENAMETOOLONG", "name too long"},
	{-100, "ENETDOWN", "network is down"},
	{-101, "ENETUNREACH", "network is unreachable"},
	{-23, "ENFILE", "file table overflow"},
	{-105, "ENOBUFS", "no buffer space available"},
	{-19, "ENODEV", "no such device"},
	{-2, "ENOENT", "no such file or directory"},
	{-12, "ENOMEM", "not enough memory"},
	{-64, "ENONET", "machine is not on the network"},
	{-92, "ENOPROTOOPT", "protocol not available"},
	{-28, "ENOSPC", "no space left on device"},
	{-38, "ENOSYS", "function not implemented"},
	{-107, "ENOTCONN", "socket is not connected"},
	{-20, "ENOTDIR", "not a directory"},
	{-39, "ENOTEMPTY", "directory not empty"},
	{-88, "ENOTSOCK", "socket operation on non-socket"},
	{-95, "ENOTSUP", "operation not supported on socket"},
	{-75, "EOVERFLOW", "value too large for defined data type"},
	{-1, "EPERM", "operation not permitted"},
	{-32, "EPIPE", "broken pipe"},
	{-71, "EPROTO", "protocol error"},
	{-93, "EPROTONOSUPPORT", "protocol not supported"},
	{-91, "EPROTOTYPE", "protocol wrong type for socket"},
	{-34, "ERANGE", "result too large"},
	{-30, "EROFS", "read-only file system"},
	{-108, "ESHUTDOWN", "cannot send after transport endpoint shutdown"},
	{-29, "ESPIPE", "invalid seek"},
	{-3, "ESRCH", "no such process"},
	{-110, "ETIMEDOUT", "connection timed out"},
	{-26, "ETXTBSY", "text file is busy"},
	{-18, "EXDEV", "cross-device link not permitted"},
	{-4094, "UNKNOWN", "unknown error"},
	{-4095, "EOF", "end of file"},
	{-6, "ENXIO", "no such device or address"},
	{-31, "EMLINK", "too many links"},
	{-112, "EHOSTDOWN", "host is down"},
	{-121, "EREMOTEIO", "remote I/O error"},
	{-25, "ENOTTY", "inappropriate ioctl for device"},
	{-4028, "EFTYPE", "inappropriate file type or format"},
	{-84, "EILSEQ", "illegal byte sequence"},
	{-94, "ESOCKTNOSUPPORT", "socket type not supported"},
	{-61, "ENODATA", "no data available"},
	{-49, "EUNATCH", "protocol driver not attached"},
	{-8, "ENOEXEC", "exec format error"},
}

// uvErrorIndex finds errno (negative) in uvErrors.
var uvErrorIndex = func() map[int]int {
	m := make(map[int]int, len(uvErrors))
	for i, e := range uvErrors {
		m[e.errno] = i
	}
	return m
}()

// uvLookup returns libuv's name and message for err, or Node's
// "Unknown system error N" for both.
func uvLookup(err int64) (string, string) {
	if i, ok := uvErrorIndex[int(err)]; ok {
		return uvErrors[i].name, uvErrors[i].message
	}
	s := "Unknown system error " + strconv.FormatInt(err, 10)
	return s, s
}

func (h *Host) uvBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	_ = o.Set("errname", func(c goja.FunctionCall) goja.Value {
		name, _ := uvLookup(c.Argument(0).ToInteger())
		return vm.ToValue(name)
	})
	_ = o.Set("getErrorMessage", func(c goja.FunctionCall) goja.Value {
		_, msg := uvLookup(c.Argument(0).ToInteger())
		return vm.ToValue(msg)
	})
	for _, e := range uvErrors {
		_ = o.Set("UV_"+e.name, e.errno)
	}
	consts := vm.NewObject()
	for e := syscall.Errno(1); e < 134; e++ {
		if name := nodeerr.ErrnoName(e); name != "" && name[0] == 'E' {
			_ = consts.Set(name, int(e))
		}
	}
	_ = o.Set("errnoConstants", func(goja.FunctionCall) goja.Value { return consts })
	_ = o.Set("getErrorMap", func(goja.FunctionCall) goja.Value {
		ctor, _ := goja.AssertConstructor(vm.Get("Map"))
		m, err := ctor(nil)
		if err != nil {
			panic(err)
		}
		set, _ := goja.AssertFunction(m.Get("set"))
		for _, e := range uvErrors {
			_, _ = set(m, vm.ToValue(e.errno), vm.NewArray(e.name, e.message))
		}
		return m
	})
	return o
}
