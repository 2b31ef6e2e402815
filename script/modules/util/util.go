// Package util is the module group of node:util: lib/util.js, util/types,
// lib/internal/util.js and lib/internal/util/ (inspect, types, debuglog,
// comparisons, diff, ...), and their bindings: inspect (util.inspect's
// per-value work in Go), jstypes (util.types and promise and proxy
// internals), uv (libuv's error table) and startup_env.
package util

import (
	"embed"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// startupEnv is the startup_env binding: what an environment variable was
// when the host started (Node reads NODE_DEBUG once, before any script can
// change process.env).
type startupEnv struct {
	vm  *goja.Runtime
	env []string
}

// StartupEnv builds the startup_env binding of h.
func StartupEnv(h *host.Host) *goja.Object {
	b := &startupEnv{vm: h.Runtime(), env: h.Options().Env}
	o := b.vm.NewObject()
	_ = o.Set("get", b.get)
	return o
}

// get(name) is the variable's value at start, or undefined.
func (b *startupEnv) get(c goja.FunctionCall) goja.Value {
	prefix := c.Argument(0).String() + "="
	for _, kv := range b.env {
		if strings.HasPrefix(kv, prefix) {
			return b.vm.ToValue(kv[len(prefix):])
		}
	}
	return goja.Undefined()
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
		if n, ok := platformErrno[e.name]; ok {
			uvErrors[i].errno = n // libuv's number on this system
			e.errno = n
		}
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

// uv is the uv binding of one host.
type uv struct {
	vm     *goja.Runtime
	consts *goja.Object // errnoConstants: the errno names and numbers
}

// UV builds the uv binding of h.
func UV(h *host.Host) *goja.Object {
	vm := h.Runtime()
	b := &uv{vm: vm, consts: vm.NewObject()}
	o := vm.NewObject()
	_ = o.Set("errname", b.errname)
	_ = o.Set("getErrorMessage", b.getErrorMessage)
	for _, e := range uvErrors {
		_ = o.Set("UV_"+e.name, e.errno)
	}
	for e := syscall.Errno(1); e < 134; e++ {
		if name := nodeerr.ErrnoName(e); name != "" && name[0] == 'E' {
			_ = b.consts.Set(name, int(e))
		}
	}
	_ = o.Set("errnoConstants", b.errnoConstants)
	_ = o.Set("getErrorMap", b.getErrorMap)
	return o
}

// errname(err) is libuv's name of err.
func (b *uv) errname(c goja.FunctionCall) goja.Value {
	name, _ := uvLookup(c.Argument(0).ToInteger())
	return b.vm.ToValue(name)
}

// getErrorMessage(err) is libuv's message of err.
func (b *uv) getErrorMessage(c goja.FunctionCall) goja.Value {
	_, msg := uvLookup(c.Argument(0).ToInteger())
	return b.vm.ToValue(msg)
}

// errnoConstants() is os.constants.errno's object.
func (b *uv) errnoConstants(goja.FunctionCall) goja.Value { return b.consts }

// getErrorMap() is a Map of errno → [name, message].
func (b *uv) getErrorMap(goja.FunctionCall) goja.Value {
	vm := b.vm
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
}
