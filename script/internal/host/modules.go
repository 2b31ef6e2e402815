package host

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

func trimNode(name string) string { return strings.TrimPrefix(name, "node:") }

// Binding returns the binding name (the Go half of a built-in module) as
// binding(name) does in the library's code: built once per host, on first use.
func (h *Host) Binding(name string) *goja.Object {
	if o, ok := h.natives[name]; ok {
		return o
	}
	build, ok := h.library.bindings[name]
	if !ok {
		// A binding written in JavaScript.
		if _, ok := h.library.source("internal/bindings/" + name); ok {
			o := h.RequireLib("internal/bindings/" + name).ToObject(h.vm)
			h.natives[name] = o
			return o
		}
		panic(h.vm.NewTypeError("No such binding: " + name))
	}
	o := build(h)
	h.natives[name] = o
	return o
}

// RequireLib loads built-in module name (internal ones included) for lib
// code and for users allowed to.
func (h *Host) RequireLib(name string) goja.Value {
	if m, ok := h.lib[name]; ok {
		return m.Get("exports")
	}
	src, ok := h.library.source(name)
	if !ok {
		panic(h.NewNodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+name))
	}
	module := h.vm.NewObject()
	exports := h.vm.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("id", name)
	_ = module.Set("loaded", false)
	h.lib[name] = module
	h.library.precompileDeps(name)
	prg, err := h.library.compileLib(name, src)
	if err != nil {
		delete(h.lib, name)
		panic(h.vm.NewGoError(err))
	}
	fnv, err := h.vm.RunProgram(prg)
	if err != nil {
		delete(h.lib, name)
		h.Rethrow(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	req := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).String()
		if strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") {
			id = filepath.ToSlash(filepath.Join(filepath.Dir(name), id))
		}
		return h.RequireLib(trimNode(id))
	})
	bind := h.vm.ToValue(func(c goja.FunctionCall) goja.Value { return h.Binding(c.Argument(0).String()) })
	// The primordials shim is for the library files that still use it; our
	// own modules do not, and start-up does not load it for them.
	prim := goja.Undefined()
	if name != "internal/primordials" && usesPrimordials(src) {
		prim = h.RequireLib("internal/primordials")
	}
	if _, err := fn(exports, exports, req, module, h.vm.ToValue("node:"+name), h.vm.ToValue("node:"), bind, prim, bind); err != nil {
		delete(h.lib, name)
		h.Rethrow(err)
	}
	_ = module.Set("loaded", true)
	return module.Get("exports")
}

// usesPrimordials reports whether a library file reads the primordials
// object (= primordials; or primordials.X), not only names it in a comment.
func usesPrimordials(src string) bool {
	return strings.Contains(src, "= primordials;") || strings.Contains(src, "primordials.")
}

// requireUser is require() as scripts see it, from the module in dir;
// checked: the file policy (Options.RequireRoots) applies (a script's
// require, not the embedder's).
func (h *Host) requireUser(parent *goja.Object, dir, id string, checked bool) goja.Value {
	if id == "" {
		panic(h.NewNodeError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''"))
	}
	if strings.HasPrefix(id, "node:") {
		name := id[5:]
		if !h.library.isBuiltin(name) {
			panic(h.NewNodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+id))
		}
		return h.requireAllowed(name)
	}
	if h.library.isBuiltin(id) && id != "test" {
		return h.requireAllowed(id)
	}
	file, ok := h.resolve(dir, id, checked)
	if !ok {
		panic(h.notFound(id, parent))
	}
	return h.loadFile(parent, file)
}

func (h *Host) requireAllowed(name string) goja.Value {
	if !h.allowed[name] {
		panic(h.NewNodeError("Error", "ERR_ACCESS_DENIED",
			"Access to this API has been restricted. Module '"+name+"' is not allowed by this host"))
	}
	return h.RequireLib(name)
}

// notFound is Node's MODULE_NOT_FOUND error.
func (h *Host) notFound(id string, parent *goja.Object) goja.Value {
	var stack []string
	for p := parent; p != nil; {
		if f := p.Get("filename"); f != nil && !goja.IsUndefined(f) && !goja.IsNull(f) {
			stack = append(stack, f.String())
		}
		pv := p.Get("parent")
		if pv == nil || goja.IsUndefined(pv) || goja.IsNull(pv) {
			break
		}
		p = pv.ToObject(h.vm)
	}
	msg := "Cannot find module '" + id + "'"
	if len(stack) > 0 {
		msg += "\nRequire stack:\n- " + strings.Join(stack, "\n- ")
	}
	e := h.NewNodeError("Error", "MODULE_NOT_FOUND", msg)
	arr := make([]any, len(stack))
	for i, s := range stack {
		arr[i] = s
	}
	_ = e.Set("requireStack", h.vm.NewArray(arr...))
	return e
}

// resolve finds the file id names, from dir, as Node's CommonJS resolver.
// With checked, a path outside Options.RequireRoots is denied
// (ERR_ACCESS_DENIED is thrown) before the file system is asked whether
// it exists, and so is a file whose real path (symbolic links followed)
// is outside them.
func (h *Host) resolve(dir, id string, checked bool) (string, bool) {
	checked = checked && !h.anyFile
	if strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || id == "." || id == ".." || filepath.IsAbs(id) {
		p := id
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, id)
		}
		if checked && !h.underRoots(filepath.Clean(p)) {
			panic(h.fileDenied(filepath.Clean(p)))
		}
		f, ok := resolvePath(p)
		if ok && checked {
			h.checkReal(f)
		}
		return f, ok
	}
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" && (!checked || h.underRoots(d)) {
			if f, ok := resolvePath(filepath.Join(d, "node_modules", id)); ok {
				if checked {
					h.checkReal(f)
				}
				return f, true
			}
		}
		if d == filepath.Dir(d) {
			if checked && len(h.roots) == 0 {
				panic(h.fileDenied(id))
			}
			return "", false
		}
	}
}

// setRequireRoots keeps the roots of the file policy, absolute and with
// their symbolic links resolved; a file system root allows every file.
func (h *Host) setRequireRoots(roots []string) error {
	for _, r := range roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			return err
		}
		if abs == filepath.Dir(abs) {
			h.anyFile = true
		}
		h.roots = append(h.roots, abs)
		if real, err := filepath.EvalSymlinks(abs); err == nil && real != abs {
			h.roots = append(h.roots, real)
		}
	}
	return nil
}

// underRoots reports whether the clean absolute path p is one of the
// roots or inside one.
func (h *Host) underRoots(p string) bool {
	for _, r := range h.roots {
		rel, err := filepath.Rel(r, p)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// checkReal throws ERR_ACCESS_DENIED when the real path of the resolved
// file f (a symbolic link inside a root may lead out of it) is outside the
// roots.
func (h *Host) checkReal(f string) {
	real, err := filepath.EvalSymlinks(f)
	if err != nil || !h.underRoots(real) {
		panic(h.fileDenied(f))
	}
}

// fileDenied is the error of a file require the policy refuses: Node's
// permission model's ERR_ACCESS_DENIED, with its permission and resource.
func (h *Host) fileDenied(p string) goja.Value {
	why := "File requires are not allowed by this host"
	if len(h.roots) > 0 {
		why = "Module file '" + p + "' is outside the directories this host allows requires from"
	}
	e := h.NewNodeError("Error", "ERR_ACCESS_DENIED", "Access to this API has been restricted. "+why)
	_ = e.Set("permission", "FileSystemRead")
	_ = e.Set("resource", p)
	return e
}

func resolvePath(p string) (string, bool) {
	if isFile(p) {
		return p, true
	}
	for _, ext := range []string{".js", ".json", ".cjs"} {
		if isFile(p + ext) {
			return p + ext, true
		}
	}
	if b, err := os.ReadFile(filepath.Join(p, "package.json")); err == nil {
		var pkg struct {
			Main string `json:"main"`
		}
		if json.Unmarshal(b, &pkg) == nil && pkg.Main != "" {
			if f, ok := resolvePath(filepath.Join(p, pkg.Main)); ok {
				return f, true
			}
		}
	}
	for _, idx := range []string{"index.js", "index.json"} {
		if isFile(filepath.Join(p, idx)) {
			return filepath.Join(p, idx), true
		}
	}
	return "", false
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// newModule makes a CommonJS module object.
func (h *Host) newModule(id, file string, parent *goja.Object) *goja.Object {
	m := h.vm.NewObject()
	_ = m.Set("id", id)
	_ = m.Set("path", filepath.Dir(file))
	_ = m.Set("exports", h.vm.NewObject())
	_ = m.Set("filename", file)
	_ = m.Set("loaded", false)
	_ = m.Set("children", h.vm.NewArray())
	if parent != nil {
		_ = m.Set("parent", parent)
		if ch, ok := parent.Get("children").(*goja.Object); ok {
			push, _ := goja.AssertFunction(ch.Get("push"))
			_, _ = push(ch, m)
		}
	} else {
		_ = m.Set("parent", goja.Null())
	}
	return m
}

// updateChildren adds a cached module to parent's children, as Node's
// Module._load does.
func (h *Host) updateChildren(parent, m *goja.Object) {
	if parent == nil {
		return
	}
	ch, ok := parent.Get("children").(*goja.Object)
	if !ok {
		return
	}
	for _, c := range h.ArrayValues(ch) {
		if c == goja.Value(m) {
			return
		}
	}
	push, _ := goja.AssertFunction(ch.Get("push"))
	_, _ = push(ch, m)
}

// loadFile loads (or returns the cached exports of) a user module file;
// an ES module gives its namespace (require of ESM).
func (h *Host) loadFile(parent *goja.Object, file string) goja.Value {
	if v := h.cacheObject().Get(file); v != nil && !goja.IsUndefined(v) {
		m := v.ToObject(h.vm)
		h.updateChildren(parent, m)
		return m.Get("exports")
	}
	if h.esm().isESMFile(file, nil) {
		return h.requireESM(file)
	}
	m := h.newModule(file, file, parent)
	h.syncCache(file, m)
	if err := h.compileInto(m, file); err != nil {
		h.unsyncCache(file)
		panic(err)
	}
	return m.Get("exports")
}

// requireMain loads file as the main module (an ES module as such).
func (h *Host) requireMain(file string) {
	if h.esm().isESMFile(file, func() string { b, _ := os.ReadFile(file); return string(b) }) {
		h.runMainESM(file)
		return
	}
	m := h.newModule(".", file, nil)
	h.mainModule = m
	h.syncCache(file, m)
	if err := h.compileInto(m, file); err != nil {
		panic(err)
	}
}

// evalMain runs src as node -e does.
func (h *Host) evalMain(name, src string) {
	if h.opts.InputType == "module" {
		name = "[eval1]"
		h.evalName, h.evalSrc = name, src
		h.evalMainESM(name, src)
		return
	}
	file := filepath.Join(h.opts.Dir, name)
	m := h.newModule(name, file, nil)
	_ = m.Set("filename", file)
	h.mainModule = m
	h.evalName, h.evalSrc = name, src
	h.runWrapped(m, name, h.opts.Dir, src)
}

// compileInto runs the source of file in module m; the returned value is
// an exception to throw.
func (h *Host) compileInto(m *goja.Object, file string) goja.Value {
	b, err := os.ReadFile(file)
	if err != nil {
		return h.ToJS(err)
	}
	src := string(b)
	if strings.HasSuffix(file, ".json") {
		v, err := h.parseJSON(src)
		if err != nil {
			return h.NewNodeError("SyntaxError", "", file+": "+h.errMessage(err))
		}
		_ = m.Set("exports", v)
		_ = m.Set("loaded", true)
		return nil
	}
	if strings.HasPrefix(src, "#!") {
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			src = "//" + src[2:]
		}
	}
	h.runWrapped(m, file, filepath.Dir(file), src)
	_ = m.Set("loaded", true)
	return nil
}

// runWrapped runs CommonJS source in module m.
func (h *Host) runWrapped(m *goja.Object, file, dir, src string) {
	h.library.precompileRequiredBy(src)
	h.noteSource(file, src, len(cjsWrapperHead))
	rewritten := h.cjsImports(src)
	imports := rewritten != src
	src = rewritten
	prg, err := h.compileModule(file, src, imports)
	if err != nil {
		// goja lacks a few newer syntaxes (async generators, for await):
		// a file it cannot parse is lowered by esbuild and tried again.
		if lowered, sm, ok := lowerSyntax(file, src); ok {
			if prg2, err2 := goja.Compile(file, cjsWrapperHead+lowered+cjsWrapperTail, false); err2 == nil {
				prg, err = prg2, nil
				h.noteLowered(file, sm)
				if imports {
					// Compiled without the outer function: import()
					// is the global one.
					h.esm().installGlobal()
				}
			}
		}
	}
	if err != nil {
		panic(h.v8SyntaxError(file, err))
	}
	fnv, err := h.runCompiled(prg)
	if err != nil {
		h.Rethrow(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	req := h.makeRequire(m, dir)
	_ = m.Set("require", req)
	exports := m.Get("exports")
	if _, err := fn(exports, exports, req, m, h.vm.ToValue(m.Get("filename")), h.vm.ToValue(dir)); err != nil {
		h.Rethrow(err)
	}
}

// makeRequire builds the require function of module m.
func (h *Host) makeRequire(m *goja.Object, dir string) *goja.Object {
	req := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		id, ok := c.Argument(0).Export().(string)
		if !ok {
			panic(h.InvalidArgType("id", "string", c.Argument(0)))
		}
		return h.requireUser(m, dir, id, true)
	}).ToObject(h.vm)
	_ = req.Set("resolve", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).String()
		if strings.HasPrefix(id, "node:") || h.library.isBuiltin(id) {
			return h.vm.ToValue(id)
		}
		f, ok := h.resolve(dir, id, true)
		if !ok {
			panic(h.notFound(id, m))
		}
		return h.vm.ToValue(f)
	})
	_ = req.Set("cache", h.cacheObject())
	if h.mainModule != nil {
		_ = req.Set("main", h.mainModule)
	} else {
		_ = req.Set("main", m)
	}
	return req
}

// cacheObject is require.cache: the module cache by file name.
func (h *Host) cacheObject() *goja.Object {
	if h.cache == nil {
		h.cache = h.vm.NewObject()
	}
	return h.cache
}

func (h *Host) syncCache(file string, m *goja.Object) { _ = h.cacheObject().Set(file, m) }

func (h *Host) unsyncCache(file string) { _ = h.cacheObject().Delete(file) }

func (h *Host) parseJSON(src string) (goja.Value, error) {
	parse, _ := goja.AssertFunction(h.vm.Get("JSON").ToObject(h.vm).Get("parse"))
	return parse(goja.Undefined(), h.vm.ToValue(src))
}

// syntaxError converts a compile error into a JavaScript SyntaxError.
func (h *Host) syntaxError(err error) goja.Value {
	if ex, ok := err.(*goja.Exception); ok {
		return ex.Value()
	}
	return h.NewNodeError("SyntaxError", "", err.Error())
}
