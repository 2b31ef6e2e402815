//go:build linux || darwin || freebsd || windows

package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
	"github.com/nodenet/nodenet/script/modules/buffer"
)

// The "fs" binding: node_file.cc's synchronous calls for lib/fs.js. A
// failed call throws Node's UVException ("ENOENT: no such file or
// directory, open '/x'", with errno, code, syscall, path and dest).

// libuv's dirent types.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

// fdSyscalls are the calls fsError reports that take a descriptor, not a
// path; twoPathSyscalls those that take two paths.
var (
	fdSyscalls      = map[string]bool{"write": true, "fstat": true, "close": true, "read": true, "ftruncate": true, "fsync": true, "fchmod": true, "futime": true}
	twoPathSyscalls = map[string]bool{"rename": true, "copyfile": true, "link": true, "symlink": true}
)

// fsError throws the UVException for err of syscall name on path (and
// dest).
func fsError(h *host.Host, err error, name, path, dest string) {
	errno := syscall.EIO
	var en syscall.Errno
	if errors.As(err, &en) {
		errno = en
	}
	if m, ok := sys.FileErrno(errno).(syscall.Errno); ok {
		errno = m // a Win32 error's Unix name (Unix errnos stay as they are)
	}
	ctx := h.Runtime().NewObject()
	_ = ctx.Set("errno", nodeerr.Errno(name, errno, "", 0).ErrnoValue())
	_ = ctx.Set("syscall", name)
	// A call on a path names it even when it is empty (Node's "open ''");
	// a call on a descriptor names none.
	if path != "" || !fdSyscalls[name] {
		_ = ctx.Set("path", path)
	}
	if dest != "" || twoPathSyscalls[name] {
		_ = ctx.Set("dest", dest)
	}
	ctor := h.RequireLib("internal/errors").ToObject(h.Runtime()).Get("UVException").ToObject(h.Runtime())
	e, jerr := h.Runtime().New(ctor, ctx)
	if jerr != nil {
		h.Rethrow(jerr)
	}
	panic(e)
}

// fsPath is a path argument: a string or a Buffer.
func fsPath(h *host.Host, v goja.Value) string {
	if b, ok := h.BufferBytes(v); ok {
		return string(b)
	}
	return v.String()
}

// statArray returns the 18 numbers of Node's stat array for st.
func statArray(st *sys.FileInfo) []any {
	ts := func(t sys.FileTime) (any, any) { return float64(t.Sec), float64(t.Nsec) }
	as, an := ts(st.Atime)
	ms, mn := ts(st.Mtime)
	cs, cn := ts(st.Ctime)
	bs, bn := ts(st.Birthtime)
	dev := float64(st.Dev)
	rdev := float64(st.Rdev)
	return []any{dev, float64(st.Mode), float64(st.Nlink), float64(st.UID), float64(st.GID), rdev,
		float64(st.Blksize), float64(st.Ino), float64(st.Size), float64(st.Blocks),
		as, an, ms, mn, cs, cn, bs, bn}
}

// fsNatives are the functions of the "fs" binding.
type fsNatives struct{ h *host.Host }

// Binding builds the fs binding of h.
func Binding(h *host.Host) *goja.Object {
	f := &fsNatives{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("constants", fsConstants(h.Runtime()))
	_ = o.Set("stat", f.stat)
	_ = o.Set("lstat", f.lstat)
	_ = o.Set("fstat", f.fstat)
	_ = o.Set("existsSync", f.existsSync)
	_ = o.Set("access", f.access)
	_ = o.Set("open", f.open)
	_ = o.Set("close", f.close)
	_ = o.Set("read", f.read)
	_ = o.Set("writeBuffer", f.writeBuffer)
	_ = o.Set("writeString", f.writeString)
	_ = o.Set("readFileUtf8", f.readFileUtf8)
	_ = o.Set("writeFileUtf8", f.writeFileUtf8)
	_ = o.Set("mkdir", f.mkdir)
	_ = o.Set("mkdtemp", f.mkdtemp)
	_ = o.Set("rmSync", f.rmSync)
	_ = o.Set("rmdir", f.rmdir)
	_ = o.Set("symlink", f.symlink)
	_ = o.Set("link", f.link)
	_ = o.Set("readlink", f.readlink)
	_ = o.Set("chmod", f.chmod)
	_ = o.Set("ftruncate", f.ftruncate)
	_ = o.Set("fsync", f.fsync)
	_ = o.Set("utimes", f.utimes)
	_ = o.Set("fchmod", f.fchmod)
	_ = o.Set("futimes", f.futimes)
	_ = o.Set("unlink", f.unlink)
	_ = o.Set("rename", f.rename)
	_ = o.Set("copyFile", f.copyFile)
	_ = o.Set("realpath", f.realpath)
	_ = o.Set("readdir", f.readdir)
	// later(fn) calls fn in the poll phase of the next loop iteration, as
	// the completion of a thread-pool request, in the order of the calls.
	_ = o.Set("later", f.later)
	return o
}

// fsConstant is one entry of fs.constants.
type fsConstant struct {
	name  string
	value int
}

// fsConstants makes fs.constants.
func fsConstants(vm *goja.Runtime) *goja.Object {
	consts := vm.NewObject()
	for _, c := range fsConstantTable {
		if c.value >= 0 { // -1: the platform has no such flag, and Node leaves it out
			_ = consts.Set(c.name, c.value)
		}
	}
	return consts
}

// statResult is st as Node's stat array: a Float64Array, or a
// BigInt64Array when bigint is set.
func (f *fsNatives) statResult(st *sys.FileInfo, bigint bool) goja.Value {
	h, vm := f.h, f.h.Runtime()
	vals := statArray(st)
	if bigint {
		for i, v := range vals {
			vals[i] = big.NewInt(int64(v.(float64)))
		}
		ctor := vm.Get("BigInt64Array").ToObject(vm)
		r, err := vm.New(ctor, vm.NewArray(vals...))
		if err != nil {
			h.Rethrow(err)
		}
		return r
	}
	ctor := vm.Get("Float64Array").ToObject(vm)
	r, err := vm.New(ctor, vm.NewArray(vals...))
	if err != nil {
		h.Rethrow(err)
	}
	return r
}

// statPath is stat (follow) or lstat: (path, bigint, _, throwIfNoEntry).
func (f *fsNatives) statPath(c goja.FunctionCall, name string, follow bool) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	st, err := sys.Stat(p, follow)
	if err != nil {
		if errors.Is(err, syscall.ENOENT) || errors.Is(err, syscall.ENOTDIR) {
			if t := c.Argument(3); !goja.IsUndefined(t) && !t.ToBoolean() {
				return goja.Undefined()
			}
		}
		fsError(h, err, name, p, "")
	}
	return f.statResult(&st, c.Argument(1).ToBoolean())
}

func (f *fsNatives) stat(c goja.FunctionCall) goja.Value  { return f.statPath(c, "stat", true) }
func (f *fsNatives) lstat(c goja.FunctionCall) goja.Value { return f.statPath(c, "lstat", false) }

// openFile opens p or throws.
func (f *fsNatives) openFile(p string, flags, mode int) int {
	fd, err := sys.OpenFile(p, flags, uint32(mode))
	if err != nil {
		fsError(f.h, err, "open", p, "")
	}
	return fd
}

// posArg is a position argument: -1 (the file's offset) when undefined or
// null.
func posArg(v goja.Value) int64 {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	return v.ToInteger()
}

// write writes p to fd at pos (or the file's offset) in one call, or
// throws.
func (f *fsNatives) write(fd int, p []byte, pos int64) int {
	n, err := sys.WriteFile(fd, p, pos)
	if err != nil {
		fsError(f.h, err, "write", "", "")
	}
	return n
}

// pathCall calls fn on the path argument, or throws for syscall name.
func (f *fsNatives) pathCall(c goja.FunctionCall, name string, fn func(p string) error) goja.Value {
	p := fsPath(f.h, c.Argument(0))
	if err := fn(p); err != nil {
		fsError(f.h, err, name, p, "")
	}
	return goja.Undefined()
}

// twoPathCall calls fn on the two path arguments, or throws for syscall
// name.
func (f *fsNatives) twoPathCall(c goja.FunctionCall, name string, fn func(a, b string) error) goja.Value {
	a, b := fsPath(f.h, c.Argument(0)), fsPath(f.h, c.Argument(1))
	if err := fn(a, b); err != nil {
		fsError(f.h, err, name, a, b)
	}
	return goja.Undefined()
}

func (f *fsNatives) rmdir(c goja.FunctionCall) goja.Value {
	return f.pathCall(c, "rmdir", sys.Rmdir)
}

func (f *fsNatives) unlink(c goja.FunctionCall) goja.Value {
	return f.pathCall(c, "unlink", sys.Unlink)
}

func (f *fsNatives) symlink(c goja.FunctionCall) goja.Value {
	return f.twoPathCall(c, "symlink", sys.Symlink)
}

func (f *fsNatives) link(c goja.FunctionCall) goja.Value {
	return f.twoPathCall(c, "link", sys.Link)
}

func (f *fsNatives) fstat(c goja.FunctionCall) goja.Value {
	h := f.h
	st, err := sys.Fstat(int(c.Argument(0).ToInteger()))
	if err != nil {
		fsError(h, err, "fstat", "", "")
	}
	return f.statResult(&st, c.Argument(1).ToBoolean())
}

func (f *fsNatives) existsSync(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	return vm.ToValue(sys.Access(fsPath(h, c.Argument(0)), 0) == nil)
}

func (f *fsNatives) access(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	mode := uint32(0)
	if m := c.Argument(1); !goja.IsUndefined(m) {
		mode = uint32(m.ToInteger())
	}
	if err := sys.Access(p, mode); err != nil {
		fsError(h, err, "access", p, "")
	}
	return goja.Undefined()
}

func (f *fsNatives) open(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	return vm.ToValue(f.openFile(fsPath(h, c.Argument(0)), int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger())))
}

func (f *fsNatives) close(c goja.FunctionCall) goja.Value {
	h := f.h
	if err := sys.CloseFile(int(c.Argument(0).ToInteger())); err != nil {
		fsError(h, err, "close", "", "")
	}
	return goja.Undefined()
}

func (f *fsNatives) read(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	fd := int(c.Argument(0).ToInteger())
	b := ioRange(h, c.Argument(1), c.Argument(2), c.Argument(3))
	pos := posArg(c.Argument(4))
	r, err := sys.ReadFile(fd, b, pos)
	if err != nil {
		fsError(h, err, "read", "", "")
	}
	return vm.ToValue(r)
}

func (f *fsNatives) writeBuffer(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	b := ioRange(h, c.Argument(1), c.Argument(2), c.Argument(3))
	return vm.ToValue(f.write(int(c.Argument(0).ToInteger()), b, posArg(c.Argument(4))))
}

func (f *fsNatives) writeString(c goja.FunctionCall) goja.Value {
	vm := f.h.Runtime()
	enc := buffer.EncUTF8
	if e := c.Argument(3); !goja.IsUndefined(e) {
		enc = buffer.EncodingOf(e.String())
	}
	p := buffer.StringBytes(buffer.Units(c.Argument(1)), enc)
	return vm.ToValue(f.write(int(c.Argument(0).ToInteger()), p, posArg(c.Argument(2))))
}

func (f *fsNatives) readFileUtf8(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	var fd int
	own := false
	p := ""
	if n, ok := c.Argument(0).Export().(int64); ok {
		fd = int(n)
	} else {
		p = fsPath(h, c.Argument(0))
		fd = f.openFile(p, int(c.Argument(1).ToInteger()), 0o666)
		own = true
	}
	// The descriptor is read directly (not through an *os.File, whose
	// finalizer would close a descriptor the script still owns), from
	// its current offset to the end.
	b, err := readAll(fd)
	if own {
		_ = sys.CloseFile(fd)
	}
	if err != nil {
		fsError(h, err, "read", "", "")
	}
	return vm.ToValue(buffer.DecodeUTF8(b))
}

// readAll reads fd from its offset to the end of the file.
func readAll(fd int) ([]byte, error) {
	b := make([]byte, 0, 8192)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := sys.ReadFile(fd, b[len(b):cap(b)], -1)
		if err != nil {
			return b, err
		}
		if n == 0 {
			return b, nil
		}
		b = b[:len(b)+n]
	}
}

func (f *fsNatives) writeFileUtf8(c goja.FunctionCall) goja.Value {
	h := f.h
	data := buffer.UTF8Of(c.Argument(1))
	var fd int
	own := false
	if n, ok := c.Argument(0).Export().(int64); ok {
		fd = int(n)
	} else {
		fd = f.openFile(fsPath(h, c.Argument(0)), int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()))
		own = true
	}
	defer func() {
		if own {
			_ = sys.CloseFile(fd)
		}
	}()
	for len(data) > 0 {
		n := f.write(fd, data, -1)
		data = data[n:]
	}
	return goja.Undefined()
}

func (f *fsNatives) mkdir(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	p := fsPath(h, c.Argument(0))
	mode := uint32(c.Argument(1).ToInteger())
	if !c.Argument(2).ToBoolean() {
		if err := sys.Mkdir(p, mode); err != nil {
			fsError(h, err, "mkdir", p, "")
		}
		return goja.Undefined()
	}
	// Recursive: create the missing ancestors, return the first one made.
	abs := p
	var missing []string
	for d := filepath.Clean(abs); ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err == nil {
			if !st.IsDir() {
				fsError(h, syscall.ENOTDIR, "mkdir", p, "")
			}
			break
		}
		if !errors.Is(err, os.ErrNotExist) {
			fsError(h, err.(*os.PathError).Err, "mkdir", p, "")
		}
		missing = append(missing, d)
		if d == filepath.Dir(d) {
			break
		}
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := sys.Mkdir(missing[i], mode); err != nil && err != syscall.EEXIST {
			fsError(h, err, "mkdir", p, "")
		}
	}
	if len(missing) == 0 {
		return goja.Undefined()
	}
	return vm.ToValue(missing[len(missing)-1])
}

func (f *fsNatives) mkdtemp(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	prefix := fsPath(h, c.Argument(0))
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for range 100 {
		var r [6]byte
		_, _ = rand.Read(r[:])
		for i := range r {
			r[i] = chars[int(r[i])%len(chars)]
		}
		p := prefix + string(r[:])
		err := sys.Mkdir(p, 0o700)
		if err == nil {
			return vm.ToValue(p)
		}
		if err != syscall.EEXIST {
			fsError(h, err, "mkdtemp", prefix+"XXXXXX", "")
		}
	}
	fsError(h, syscall.EEXIST, "mkdtemp", prefix+"XXXXXX", "")
	return goja.Undefined()
}

func (f *fsNatives) rmSync(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	recursive := c.Argument(2).ToBoolean()
	st, err := os.Lstat(p)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return goja.Undefined()
		}
		fsError(h, err.(*os.PathError).Err, "rm", p, "")
	}
	if st.IsDir() {
		if !recursive {
			fsError(h, syscall.EISDIR, "rm", p, "")
		}
		if at, err := removeAll(p); err != nil {
			fsError(h, err, "rm", at, "")
		}
		return goja.Undefined()
	}
	if err := sys.Unlink(p); err != nil {
		fsError(h, err, "rm", p, "")
	}
	return goja.Undefined()
}

// removeAll removes p and, when it is a directory (not a link to one),
// everything under it, depth first with the binding's own unlink and
// rmdir; it returns the path that failed and why.
func removeAll(p string) (string, error) {
	st, err := os.Lstat(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return p, err
	}
	if !st.IsDir() {
		return p, sys.Unlink(p)
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return p, err
	}
	for _, e := range ents {
		if at, err := removeAll(filepath.Join(p, e.Name())); err != nil {
			return at, err
		}
	}
	return p, sys.Rmdir(p)
}

func (f *fsNatives) readlink(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	r, err := os.Readlink(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fsError(h, err, "readlink", p, "")
	}
	return encodeName(h, r, c.Argument(1))
}

func (f *fsNatives) chmod(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	if err := sys.ChmodFile(p, uint32(c.Argument(1).ToInteger())); err != nil {
		fsError(h, err, "chmod", p, "")
	}
	return goja.Undefined()
}

func (f *fsNatives) ftruncate(c goja.FunctionCall) goja.Value {
	h := f.h
	if err := sys.Ftruncate(int(c.Argument(0).ToInteger()), c.Argument(1).ToInteger()); err != nil {
		fsError(h, err, "ftruncate", "", "")
	}
	return goja.Undefined()
}

func (f *fsNatives) fsync(c goja.FunctionCall) goja.Value {
	h := f.h
	if err := sys.Fsync(int(c.Argument(0).ToInteger())); err != nil {
		fsError(h, err, "fsync", "", "")
	}
	return goja.Undefined()
}

func (f *fsNatives) fchmod(c goja.FunctionCall) goja.Value {
	h := f.h
	if err := sys.Fchmod(int(c.Argument(0).ToInteger()), uint32(c.Argument(1).ToInteger())); err != nil {
		fsError(h, err, "fchmod", "", "")
	}
	return goja.Undefined()
}

// fileTime is a time in seconds (a JS number) as a FileTime.
func fileTime(v goja.Value) sys.FileTime {
	f := v.ToFloat()
	sec := int64(f)
	return sys.FileTime{Sec: sec, Nsec: int64((f - float64(sec)) * 1e9)}
}

func (f *fsNatives) futimes(c goja.FunctionCall) goja.Value {
	h := f.h
	if err := sys.Futimes(int(c.Argument(0).ToInteger()), fileTime(c.Argument(1)), fileTime(c.Argument(2))); err != nil {
		fsError(h, err, "futime", "", "")
	}
	return goja.Undefined()
}

func (f *fsNatives) utimes(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	if err := sys.Utimes(p, fileTime(c.Argument(1)), fileTime(c.Argument(2))); err != nil {
		fsError(h, err, "utime", p, "")
	}
	return goja.Undefined()
}

func (f *fsNatives) rename(c goja.FunctionCall) goja.Value {
	h := f.h
	a, b := fsPath(h, c.Argument(0)), fsPath(h, c.Argument(1))
	if err := sys.Rename(a, b); err != nil {
		fsError(h, err, "rename", a, b)
	}
	return goja.Undefined()
}

func (f *fsNatives) copyFile(c goja.FunctionCall) goja.Value {
	h := f.h
	a, b := fsPath(h, c.Argument(0)), fsPath(h, c.Argument(1))
	mode := c.Argument(2).ToInteger()
	src, err := os.Open(a)
	if err != nil {
		fsError(h, err.(*os.PathError).Err, "copyfile", a, b)
	}
	defer src.Close()
	st, _ := src.Stat()
	if st.IsDir() {
		fsError(h, syscall.EISDIR, "copyfile", a, b)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if mode&1 != 0 {
		flags |= os.O_EXCL
	}
	dst, err := os.OpenFile(b, flags, st.Mode().Perm())
	if err != nil {
		fsError(h, err.(*os.PathError).Err, "copyfile", a, b)
	}
	defer dst.Close()
	if _, err := io.Copy(dst, src); err != nil {
		fsError(h, syscall.EIO, "copyfile", a, b)
	}
	return goja.Undefined()
}

func (f *fsNatives) realpath(c goja.FunctionCall) goja.Value {
	h := f.h
	p := fsPath(h, c.Argument(0))
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fsError(h, err, "realpath", p, "")
	}
	r, _ = filepath.Abs(r)
	return encodeName(h, r, c.Argument(1))
}

func (f *fsNatives) readdir(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	p := fsPath(h, c.Argument(0))
	dir, err := os.Open(p)
	if err != nil {
		fsError(h, err.(*os.PathError).Err, "scandir", p, "")
	}
	defer dir.Close()
	if st, err := dir.Stat(); err == nil && !st.IsDir() {
		fsError(h, syscall.ENOTDIR, "scandir", p, "") // Windows opens a file as well
	}
	ents, err := dir.ReadDir(-1)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fsError(h, err, "scandir", p, "")
	}
	// libuv's scandir sorts the names (byte by byte, as strcmp).
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	names := make([]any, len(ents))
	types := make([]any, len(ents))
	for i, e := range ents {
		names[i] = encodeName(h, e.Name(), c.Argument(1))
		t := direntUnknown
		switch m := e.Type(); {
		case m.IsRegular():
			t = direntFile
		case m.IsDir():
			t = direntDir
		case m&os.ModeSymlink != 0:
			t = direntLink
		case m&os.ModeNamedPipe != 0:
			t = direntFIFO
		case m&os.ModeSocket != 0:
			t = direntSocket
		case m&os.ModeCharDevice != 0:
			t = direntChar
		case m&os.ModeDevice != 0:
			t = direntBlock
		}
		types[i] = t
	}
	if c.Argument(2).ToBoolean() {
		return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...))
	}
	return vm.NewArray(names...)
}

func (f *fsNatives) later(c goja.FunctionCall) goja.Value {
	h, vm := f.h, f.h.Runtime()
	fn := c.Argument(0)
	if err := h.Loop().Post(func() { h.Call(fn, goja.Undefined()) }); err != nil {
		panic(vm.NewGoError(err))
	}
	return goja.Undefined()
}

// ioRange returns the bytes [offset, offset+length) of a buffer argument,
// or throws ERR_OUT_OF_RANGE.
func ioRange(h *host.Host, buf, offset, length goja.Value) []byte {
	b := buffer.Bytes(h, buf)
	off, n := offset.ToInteger(), length.ToInteger()
	if off < 0 || n < 0 || off > int64(len(b)) || n > int64(len(b))-off {
		panic(h.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range."))
	}
	return b[off : off+n]
}

// encodeName returns a file name as a string, or a Buffer when encoding
// is 'buffer'.
func encodeName(h *host.Host, name string, enc goja.Value) goja.Value {
	if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
		if e := strings.ToLower(enc.String()); e == "buffer" {
			return h.NewBuffer([]byte(name))
		} else if e != "utf8" && e != "utf-8" {
			return buffer.String(h, []byte(name), buffer.EncodingOf(e))
		}
	}
	return h.Runtime().ToValue(name)
}
