package host

import (
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// ES modules: a module graph is loaded (each file read, transformed and
// compiled once, by URL), linked (imports bound to the exports they name,
// each module instantiated: its exports registered, its function
// declarations usable) and evaluated (dependencies first, depth first,
// each once; a module with top-level await, or depending on one, finishes
// later, as a promise).

type esmKind uint8

const (
	esmSourceText esmKind = iota // an ES module file
	esmCommonJS                  // a CommonJS file
	esmBuiltin                   // a built-in module (node:net)
	esmJSON                      // a JSON file
)

type esmStatus uint8

const (
	esmNew esmStatus = iota
	esmLinking
	esmLinked
	esmEvaluating
	esmEvaluated
	esmErrored
)

// esmModule is one module of the graph.
type esmModule struct {
	url, file string
	kind      esmKind
	builtin   string // the built-in module's name
	src       *esmSource
	deps      []*esmModule // the modules of src.requests, in order
	status    esmStatus
	err       goja.Value // what its evaluation threw

	scope   map[string]esmBinding // its imports, by local name
	getters map[string]goja.Callable
	kept    map[string]goja.Value // values of stable exports, once read
	fn      goja.Callable         // the async function of a module with top-level await
	next    goja.Callable         // the generator's next, bound
	gen     goja.Value
	promise goja.Value // the evaluation's promise, when it finishes later

	exports goja.Value // module.exports of a CommonJS, built-in or JSON module
	ns      *goja.Object
	// refresh copies the current values of the exports into the targets
	// of its namespace proxies (what util.inspect shows of them).
	refresh []func()
	names   []string
	imp     *goja.Object // its import(), with import.meta
}

// esmBinding is an export: of module m, by name ("*": its namespace).
type esmBinding struct {
	m    *esmModule
	name string
}

// esmLoader is the host's ES module state.
type esmLoader struct {
	h        *Host
	modules  map[string]*esmModule // by URL
	scopes   map[string]string     // package.json "type" by directory
	main     *esmModule
	global   bool          // the global import() of CommonJS code is installed
	importFn goja.Value    // the import() of CommonJS code (cjsImport)
	hops     goja.Callable // hopScript, once compiled
	// namespaces are the namespace proxies made, with their targets and
	// what refreshes them (ModuleNamespace)
	namespaces map[*goja.Object]nsTarget
}

type nsTarget struct {
	target  *goja.Object
	refresh func()
}

type esmKey struct{}

// esm returns the host's module loader.
func (h *Host) esm() *esmLoader {
	if l, ok := h.State(esmKey{}).(*esmLoader); ok {
		return l
	}
	l := &esmLoader{h: h, modules: map[string]*esmModule{}, scopes: map[string]string{}}
	h.SetState(esmKey{}, l)
	return l
}

// fileURL is the file: URL of absolute path p, percent-encoded as Node's
// url.pathToFileURL does.
func fileURL(p string) string {
	const hex = "0123456789ABCDEF"
	if filepath.VolumeName(p) != "" {
		p = "/" + p // C:\x on Windows: file:///C:/x
	}
	p = filepath.ToSlash(p)
	b := make([]byte, 0, len(p)+7)
	b = append(b, "file://"...)
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"#%<>?`{}^|", c) >= 0 {
			b = append(b, '%', hex[c>>4], hex[c&15])
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// urlPath is the path of a file: URL, or "" for another URL.
func urlPath(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if len(p) >= 3 && p[0] == '/' && filepath.VolumeName(p[1:]) != "" {
		p = p[1:] // /C:/x on Windows
	}
	return filepath.FromSlash(p)
}

// packageType is the "type" of the package.json nearest to dir ("" when
// none says).
func (l *esmLoader) packageType(dir string) string {
	if t, ok := l.scopes[dir]; ok {
		return t
	}
	t := ""
	if b, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		var pkg struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(b, &pkg)
		t = pkg.Type
		if t == "" {
			t = "commonjs"
		}
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		t = l.packageType(parent)
	}
	l.scopes[dir] = t
	return t
}

// isESMFile reports whether file is an ES module: .mjs, or .js (or no
// extension) under a package.json of "type": "module", or a .js file
// outside any typed package whose source (when src is given) has module
// syntax.
func (l *esmLoader) isESMFile(file string, src func() string) bool {
	switch filepath.Ext(file) {
	case ".mjs":
		return true
	case ".cjs", ".json", ".node":
		return false
	}
	switch l.packageType(filepath.Dir(file)) {
	case "module":
		return true
	case "commonjs":
		return false
	}
	return src != nil && hasModuleSyntax(src())
}

// nodeError is a Node error (class, code, message) with extra string
// properties (name, value pairs).
func (l *esmLoader) nodeError(class, code, msg string, props ...string) *goja.Object {
	e := l.h.NewNodeError(class, code, msg)
	for i := 0; i+1 < len(props); i += 2 {
		_ = e.Set(props[i], props[i+1])
	}
	return e
}

// resolve finds the module spec names, imported from the module at
// parentURL (its file parentFile, "" for none), as Node's ES module
// resolver: a URL (file: or node:), a relative or absolute path naming the
// file exactly, a built-in module's name or a package in node_modules.
func (l *esmLoader) resolve(spec, parentURL, parentFile string) (string, esmKind) {
	return l.resolveURL(spec, parentURL, parentFile, true)
}

// resolveURL is resolve; without check a path is not looked up (what
// import.meta.resolve does for files).
func (l *esmLoader) resolveURL(spec, parentURL, parentFile string, check bool) (string, esmKind) {
	h := l.h
	from := parentFile
	if from == "" {
		from = parentURL
	}
	if strings.HasPrefix(spec, "node:") {
		name := spec[5:]
		if !h.library.isBuiltin(name) {
			panic(l.nodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+spec))
		}
		return "node:" + name, esmBuiltin
	}
	if h.library.isBuiltin(spec) && spec != "test" {
		return "node:" + spec, esmBuiltin
	}
	var p string
	switch {
	case strings.HasPrefix(spec, "file:"):
		p = urlPath(spec)
	case strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") || spec == "." || spec == "..":
		base := parentURL
		if base == "" || !strings.HasPrefix(base, "file:") {
			base = fileURL(filepath.Join(h.opts.Dir, "x"))
		}
		bu, err := url.Parse(base)
		ref, err2 := url.Parse(spec)
		if err != nil || err2 != nil {
			panic(l.nodeError("TypeError", "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \""+spec+"\" imported from "+from))
		}
		p = urlPath(bu.ResolveReference(ref).String())
	default:
		if strings.Contains(spec, ":") {
			panic(l.nodeError("Error", "ERR_UNSUPPORTED_ESM_URL_SCHEME",
				"Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '"+spec[:strings.IndexByte(spec, ':')+1]+"'"))
		}
		return l.resolvePackage(spec, from)
	}
	if !check {
		if strings.HasSuffix(spec, "/") && !strings.HasSuffix(p, "/") && !strings.HasSuffix(p, string(filepath.Separator)) {
			p += "/"
		}
		return fileURL(p), esmSourceText
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		panic(l.nodeError("Error", "ERR_UNSUPPORTED_DIR_IMPORT",
			"Directory import '"+p+"' is not supported resolving ES modules imported from "+from, "url", fileURL(p)))
	} else if err != nil {
		panic(l.nodeError("Error", "ERR_MODULE_NOT_FOUND",
			"Cannot find module '"+p+"' imported from "+from, "url", fileURL(p)))
	}
	return fileURL(p), l.kindOf(p)
}

// kindOf is the kind of module file p.
func (l *esmLoader) kindOf(p string) esmKind {
	if filepath.Ext(p) == ".json" {
		return esmJSON
	}
	if l.isESMFile(p, func() string { b, _ := os.ReadFile(p); return string(b) }) {
		return esmSourceText
	}
	return esmCommonJS
}

// resolvePackage finds a package imported by name, in the node_modules
// folders from the importer's directory up.
func (l *esmLoader) resolvePackage(spec, from string) (string, esmKind) {
	name, sub := spec, ""
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
	} else {
		name = parts[0]
	}
	sub = strings.TrimPrefix(spec[len(name):], "/")
	dir := l.h.opts.Dir
	if from != "" && filepath.IsAbs(from) {
		dir = filepath.Dir(from)
	}
	for d := dir; ; d = filepath.Dir(d) {
		pkgDir := filepath.Join(d, "node_modules", name)
		if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
			if sub != "" {
				p := filepath.Join(pkgDir, sub)
				if !isFile(p) {
					panic(l.nodeError("Error", "ERR_MODULE_NOT_FOUND", "Cannot find module '"+p+"' imported from "+from, "url", fileURL(p)))
				}
				return fileURL(p), l.kindOf(p)
			}
			if p, ok := packageEntry(pkgDir); ok {
				return fileURL(p), l.kindOf(p)
			}
		}
		if d == filepath.Dir(d) {
			break
		}
	}
	panic(l.nodeError("Error", "ERR_MODULE_NOT_FOUND", "Cannot find package '"+name+"' imported from "+from))
}

// packageEntry is the file a package's root resolves to for import:
// "exports" (a string, or the conditions import, node, default), "main",
// or index.js.
func packageEntry(dir string) (string, bool) {
	b, _ := os.ReadFile(filepath.Join(dir, "package.json"))
	var pkg struct {
		Exports json.RawMessage `json:"exports"`
		Main    string          `json:"main"`
	}
	_ = json.Unmarshal(b, &pkg)
	if target := exportsTarget(pkg.Exports); target != "" {
		p := filepath.Join(dir, target)
		return p, isFile(p)
	}
	if pkg.Main != "" {
		if f, ok := resolvePath(filepath.Join(dir, pkg.Main)); ok {
			return f, true
		}
	}
	p := filepath.Join(dir, "index.js")
	return p, isFile(p)
}

// exportsTarget is the target of a package's "exports" for its root.
func exportsTarget(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	if dot, ok := m["."]; ok {
		return exportsTarget(dot)
	}
	for _, c := range []string{"import", "node", "default"} {
		if v, ok := m[c]; ok {
			if t := exportsTarget(v); t != "" {
				return t
			}
		}
	}
	return ""
}

// load returns the module at u (of kind), reading and compiling it (and
// the modules it imports) the first time.
func (l *esmLoader) load(u string, kind esmKind) *esmModule {
	if m, ok := l.modules[u]; ok {
		return m
	}
	m := &esmModule{url: u, kind: kind}
	if kind == esmBuiltin {
		m.builtin = u[5:]
	} else {
		m.file = urlPath(u)
	}
	l.modules[u] = m
	if kind != esmSourceText {
		return m
	}
	b, err := os.ReadFile(m.file)
	if err != nil {
		delete(l.modules, u)
		panic(l.h.ToJS(err))
	}
	l.compile(m, string(b))
	return m
}

// compile transforms and compiles the source of module m and loads the
// modules it imports.
func (l *esmLoader) compile(m *esmModule, src string) {
	h := l.h
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	m.src = esmTransform(src)
	head := m.src.head()
	h.noteSource(m.url, src, len(head))
	if e := m.src.err; e != nil {
		delete(l.modules, m.url)
		o := h.newError("SyntaxError", e.msg)
		line, col := offsetPos(src, e.pos)
		h.noteSite(o, h.codeFrame(frame{file: m.url, line: line, col: col}, false, e.width))
		panic(o)
	}
	prg, err := h.compileWrapped(m.url, head, m.src.code, esmTail, false)
	if err != nil {
		// goja lacks a few newer syntaxes (async generators, for await):
		// a body it cannot parse is lowered by esbuild and tried again.
		if lowered, sm, ok := lowerSyntax(m.url, m.src.code); ok {
			if prg2, err2 := goja.Compile(m.url, head+lowered+esmTail, false); err2 == nil {
				prg, err = prg2, nil
				h.noteLowered(m.url, sm)
			}
		}
	}
	if err != nil {
		delete(l.modules, m.url)
		panic(h.v8SyntaxError(m.url, err))
	}
	fnv, err := h.runCompiled(prg)
	if err != nil {
		delete(l.modules, m.url)
		h.Rethrow(err)
	}
	outer, _ := goja.AssertFunction(fnv)
	m.imp = l.importFunc(m.url, m.file, m)
	scope := h.vm.NewDynamicObject(&esmScope{l: l, m: m})
	scope.SetPrototype(nil)
	reg := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		m.getters = map[string]goja.Callable{}
		o := c.Argument(0).ToObject(h.vm)
		for _, k := range o.Keys() {
			f, _ := goja.AssertFunction(o.Get(k))
			m.getters[k] = f
		}
		return goja.Undefined()
	})
	fv, err := outer(goja.Undefined(), m.imp, scope, reg)
	if err != nil {
		h.Rethrow(err)
	}
	m.fn, _ = goja.AssertFunction(fv)
	for _, r := range m.src.requests {
		// The built-in modules it imports start compiling in the
		// background while the graph loads.
		if name := strings.TrimPrefix(r.spec, "node:"); h.library.isBuiltin(name) {
			h.library.enqueuePrecompile("tree:" + name)
		}
	}
	for _, r := range m.src.requests {
		var dep *esmModule
		func() {
			defer func() {
				if x := recover(); x != nil {
					delete(l.modules, m.url)
					panic(x)
				}
			}()
			u, kind := l.resolve(r.spec, m.url, m.file)
			l.checkType(u, kind, r.attrType)
			dep = l.load(u, kind)
		}()
		m.deps = append(m.deps, dep)
	}
}

// checkType checks the "type" import attribute against the module at u:
// JSON needs "json", and only JSON has it.
func (l *esmLoader) checkType(u string, kind esmKind, attrType string) {
	switch {
	case attrType != "" && attrType != "json":
		panic(l.nodeError("TypeError", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
			"Import attribute \"type\" with value \""+attrType+"\" is not supported in "+u))
	case kind == esmJSON && attrType == "":
		panic(l.nodeError("TypeError", "ERR_IMPORT_ATTRIBUTE_MISSING",
			"Module \""+u+"\" needs an import attribute of \"type: json\""))
	case kind != esmJSON && attrType == "json":
		panic(l.nodeError("TypeError", "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE",
			"Module \""+u+"\" is not of type \"json\""))
	}
}

// esmScope is the object a module's body runs "with": its imported
// bindings, read live.
type esmScope struct {
	l *esmLoader
	m *esmModule
}

// Has, Get, Set, Delete and Keys implement goja.DynamicObject.
func (s *esmScope) Has(key string) bool { _, ok := s.m.scope[key]; return ok }

func (s *esmScope) Get(key string) goja.Value {
	b, ok := s.m.scope[key]
	if !ok {
		return nil
	}
	return s.l.value(b)
}

func (s *esmScope) Set(key string, _ goja.Value) bool {
	panic(s.l.h.vm.NewTypeError("Assignment to constant variable."))
}

func (s *esmScope) Delete(string) bool { return false }
func (s *esmScope) Keys() []string     { return nil }

// value is the current value of binding b.
func (l *esmLoader) value(b esmBinding) goja.Value {
	m := b.m
	if b.name == "*" {
		return l.namespace(m)
	}
	if m.kind != esmSourceText {
		if m.exports == nil {
			l.evaluateOther(m)
		}
		if b.name == "default" || b.name == "module.exports" && m.kind == esmCommonJS {
			return m.exports
		}
		if o, ok := m.exports.(*goja.Object); ok {
			return o.Get(b.name)
		}
		return goja.Undefined()
	}
	if v, ok := m.kept[b.name]; ok {
		return v
	}
	g := m.getters[b.name]
	if g == nil {
		panic(l.h.newError("ReferenceError", "Cannot access '"+b.name+"' before initialization"))
	}
	v, err := g(goja.Undefined())
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if o, ok := ex.Value().(*goja.Object); ok && o.Get("name").String() == "ReferenceError" {
				panic(l.h.newError("ReferenceError", "Cannot access '"+b.name+"' before initialization"))
			}
		}
		l.h.Rethrow(err)
	}
	if m.stableExport(b.name) {
		if m.kept == nil {
			m.kept = map[string]goja.Value{}
		}
		m.kept[b.name] = v
	}
	return v
}

// stableExport reports whether export name of m is a binding whose value
// never changes once initialized.
func (m *esmModule) stableExport(name string) bool {
	for _, x := range m.src.locals {
		if x.exported == name {
			return m.src.stable[x.local]
		}
	}
	return false
}

// resolveExport finds the binding behind export name of m (ok false: not
// found; ambiguous: two star exports give different ones).
func (l *esmLoader) resolveExport(m *esmModule, name string, seen map[esmBinding]bool) (b esmBinding, ok, ambiguous bool) {
	switch m.kind {
	case esmCommonJS, esmJSON:
		return esmBinding{m, name}, name == "default" || m.kind == esmCommonJS, false
	case esmBuiltin:
		if name == "default" {
			return esmBinding{m, name}, true, false
		}
		if m.exports == nil {
			l.evaluateOther(m)
		}
		o, _ := m.exports.(*goja.Object)
		if o == nil {
			return b, false, false
		}
		_, has := ownKeys(o)[name]
		return esmBinding{m, name}, has, false
	}
	key := esmBinding{m, name}
	if seen[key] {
		return b, false, false
	}
	seen[key] = true
	for _, x := range m.src.locals {
		if x.exported == name {
			return key, true, false
		}
	}
	for _, x := range m.src.indirect {
		if x.exported == name {
			if x.imported == "*" {
				return esmBinding{m.deps[x.req], "*"}, true, false
			}
			return l.resolveExport(m.deps[x.req], x.imported, seen)
		}
	}
	if name == "default" {
		return b, false, false
	}
	found := false
	for _, req := range m.src.stars {
		dep := m.deps[req]
		if dep.kind == esmCommonJS {
			continue
		}
		r, ok, amb := l.resolveExport(dep, name, seen)
		if amb {
			return b, false, true
		}
		if !ok {
			continue
		}
		if found && r != b {
			return b, false, true
		}
		b, found = r, true
	}
	return b, found, false
}

// ownKeys is the set of o's own enumerable string keys.
func ownKeys(o *goja.Object) map[string]bool {
	out := map[string]bool{}
	for _, k := range o.Keys() {
		out[k] = true
	}
	return out
}

// exportNames are the names module m exports (sorted), stars included.
func (l *esmLoader) exportNames(m *esmModule) []string {
	if m.names != nil {
		return m.names
	}
	set := map[string]bool{}
	l.collectNames(m, set, map[*esmModule]bool{}, true)
	var names []string
	for n := range set {
		if m.kind != esmSourceText {
			names = append(names, n)
			continue
		}
		if _, ok, _ := l.resolveExport(m, n, map[esmBinding]bool{}); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	m.names = names
	return names
}

// collectNames adds the names m exports to set (default only at the top:
// export * does not pass it on).
func (l *esmLoader) collectNames(m *esmModule, set map[string]bool, seen map[*esmModule]bool, top bool) {
	if seen[m] {
		return
	}
	seen[m] = true
	if m.kind != esmSourceText {
		if top {
			set["default"] = true
			if m.kind == esmCommonJS {
				set["module.exports"] = true // what Node adds for CommonJS
			}
		}
		if m.kind == esmJSON {
			return
		}
		if m.exports == nil {
			l.evaluateOther(m)
		}
		if o, ok := m.exports.(*goja.Object); ok && m.exports != nil {
			for _, k := range o.Keys() {
				if k != "default" {
					set[k] = true
				}
			}
		}
		return
	}
	for _, x := range m.src.locals {
		if top || x.exported != "default" {
			set[x.exported] = true
		}
	}
	for _, x := range m.src.indirect {
		if top || x.exported != "default" {
			set[x.exported] = true
		}
	}
	for _, req := range m.src.stars {
		l.collectNames(m.deps[req], set, seen, false)
	}
}

// namespace is module m's namespace object: null prototype, its exports
// as sorted, enumerable properties read live, Symbol.toStringTag
// "Module".
func (l *esmLoader) namespace(m *esmModule) *goja.Object {
	if m.ns == nil {
		m.ns = l.makeNamespace(m, false)
	}
	return m.ns
}

// makeNamespace builds a namespace object for m; withESModule adds
// __esModule: true (what require() of an ES module with a default export
// returns).
func (l *esmLoader) makeNamespace(m *esmModule, withESModule bool) *goja.Object {
	vm := l.h.vm
	names := l.exportNames(m)
	bind := map[string]esmBinding{}
	for _, n := range names {
		if m.kind == esmSourceText {
			b, _, _ := l.resolveExport(m, n, map[esmBinding]bool{})
			bind[n] = b
		} else {
			bind[n] = esmBinding{m, n}
		}
	}
	if withESModule {
		if _, ok := bind["__esModule"]; !ok {
			names = append(append([]string(nil), names...), "__esModule")
			sort.Strings(names)
		}
	}
	target := vm.NewObject()
	_ = target.SetPrototype(nil)
	for _, n := range names {
		_ = target.DefineDataProperty(n, goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = target.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	preventExtensions(vm, target)
	get := func(n string) (goja.Value, bool) {
		b, ok := bind[n]
		if !ok {
			if withESModule && n == "__esModule" {
				return vm.ToValue(true), true
			}
			return nil, false
		}
		v := l.value(b)
		_ = target.Set(n, v)
		return v, true
	}
	refresh := func() {
		for n, b := range bind {
			if v := catchJS(func() { _ = target.Set(n, l.value(b)) }); v != nil {
				continue // not initialized yet
			}
		}
		if withESModule {
			_ = target.Set("__esModule", true)
		}
	}
	refresh()
	m.refresh = append(m.refresh, refresh)
	readOnly := func(n string) bool {
		panic(l.h.newError("TypeError", "Cannot assign to property '"+n+"' of [object Module]"))
	}
	proxy := vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, n string, _ goja.Value) goja.Value {
			if v, ok := get(n); ok {
				return v
			}
			return goja.Undefined()
		},
		GetOwnPropertyDescriptor: func(t *goja.Object, n string) goja.PropertyDescriptor {
			v, ok := get(n)
			if !ok {
				return goja.PropertyDescriptor{}
			}
			return goja.PropertyDescriptor{Value: v, Writable: goja.FLAG_TRUE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_FALSE}
		},
		Set: func(t *goja.Object, n string, _ goja.Value, _ goja.Value) bool { return readOnly(n) },
		DefineProperty: func(t *goja.Object, n string, _ goja.PropertyDescriptor) bool {
			return false
		},
		DeleteProperty: func(t *goja.Object, n string) bool {
			_, ok := bind[n]
			return !ok
		},
	})
	o := vm.ToValue(proxy).ToObject(vm)
	if l.namespaces == nil {
		l.namespaces = map[*goja.Object]nsTarget{}
	}
	l.namespaces[o] = nsTarget{target, refresh}
	return o
}

// ModuleNamespace reports whether v is an ES module's namespace object,
// and returns what util.inspect shows of it: the null-prototype object
// behind it, with Symbol.toStringTag "Module" and the exports' current
// values (sorted by name), as V8 shows a namespace.
func (h *Host) ModuleNamespace(v goja.Value) (*goja.Object, bool) {
	l, ok := h.State(esmKey{}).(*esmLoader)
	if !ok {
		return nil, false
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	ns, ok := l.namespaces[o]
	if !ok {
		return nil, false
	}
	ns.refresh()
	return ns.target, true
}

// preventExtensions makes o non-extensible.
func preventExtensions(vm *goja.Runtime, o *goja.Object) {
	if f, ok := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("preventExtensions")); ok {
		_, _ = f(goja.Undefined(), o)
	}
}

// link binds the imports of every module of m's graph and instantiates
// them (dependencies first).
func (l *esmLoader) link(m *esmModule) {
	if m.kind != esmSourceText || m.status != esmNew {
		return
	}
	m.status = esmLinking
	for _, d := range m.deps {
		l.link(d)
	}
	h := l.h
	m.scope = map[string]esmBinding{}
	for _, im := range m.src.imports {
		dep := m.deps[im.req]
		if im.imported == "*" {
			m.scope[im.local] = esmBinding{dep, "*"}
			continue
		}
		b, ok, amb := l.resolveExport(dep, im.imported, map[esmBinding]bool{})
		if !ok {
			m.status = esmNew
			spec := m.src.requests[im.req].spec
			msg := "The requested module '" + spec + "' does not provide an export named '" + im.imported + "'"
			if amb {
				msg = "The requested module '" + spec + "' contains conflicting star exports for name '" + im.imported + "'"
			}
			e := h.newError("SyntaxError", msg)
			l.noteAt(e, m, im.pos, len(im.imported))
			panic(e)
		}
		m.scope[im.local] = b
	}
	for _, x := range m.src.indirect {
		if x.imported == "*" {
			continue
		}
		if _, ok, _ := l.resolveExport(m.deps[x.req], x.imported, map[esmBinding]bool{}); !ok {
			m.status = esmNew
			e := h.newError("SyntaxError", "The requested module '"+m.src.requests[x.req].spec+"' does not provide an export named '"+x.imported+"'")
			l.noteAt(e, m, x.pos, len(x.imported))
			panic(e)
		}
	}
	if !m.src.tla {
		// Instantiate: the generator runs up to its first yield, which
		// registers the exports (function declarations are usable from
		// here on, as in a module environment).
		gen, err := m.fn(goja.Undefined())
		if err != nil {
			h.Rethrow(err)
		}
		m.gen = gen
		m.next, _ = goja.AssertFunction(gen.ToObject(h.vm).Get("next"))
		if _, err := m.next(gen); err != nil {
			h.Rethrow(err)
		}
	}
	m.status = esmLinked
}

// noteAt gives error e the code frame of offset pos (width wide) of m's
// source, for the uncaught-exception print.
func (l *esmLoader) noteAt(e *goja.Object, m *esmModule, pos, width int) {
	si := l.h.sourceOf(m.url)
	if si == nil {
		return
	}
	line, col := offsetPos(si.src, pos)
	// V8 prints a link error's code frame without the blank line after it.
	site := l.h.codeFrame(frame{file: m.url, line: line, col: col}, false, max(width, 1))
	l.h.noteSite(e, strings.TrimSuffix(site, "\n"))
}

// evaluateOther runs a CommonJS, built-in or JSON module.
func (l *esmLoader) evaluateOther(m *esmModule) {
	h := l.h
	switch m.kind {
	case esmBuiltin:
		m.exports = h.requireAllowed(m.builtin)
	case esmCommonJS:
		m.exports = h.loadFile(nil, m.file)
	case esmJSON:
		b, err := os.ReadFile(m.file)
		if err != nil {
			panic(h.ToJS(err))
		}
		v, err := h.parseJSON(string(b))
		if err != nil {
			panic(h.NewNodeError("SyntaxError", "", m.file+": "+h.errMessage(err)))
		}
		m.exports = v
	}
	m.status = esmEvaluated
}

// evaluate runs module m after its dependencies (each module once). It
// returns nil when all ran, or the promise of an evaluation that
// finishes later (top-level await).
func (l *esmLoader) evaluate(m *esmModule) goja.Value {
	switch m.status {
	case esmEvaluated:
		return m.promise
	case esmEvaluating:
		return nil // a cycle: the module is running already
	case esmErrored:
		panic(m.err)
	}
	if m.kind != esmSourceText {
		m.status = esmEvaluating
		l.evaluateOther(m)
		l.evaluated(m)
		return nil
	}
	m.status = esmEvaluating
	var waits []goja.Value
	for _, d := range m.deps {
		if p := l.evaluate(d); p != nil {
			waits = append(waits, p)
		}
	}
	if len(waits) == 0 {
		p := l.runBody(m)
		m.status = esmEvaluated
		m.promise = p
		return p
	}
	// Dependencies finish later: the body runs after them.
	p := waits[0]
	for _, w := range waits[1:] {
		w := w
		p = l.then(p, func() goja.Value { return w })
	}
	m.promise = l.then(p, func() goja.Value {
		if r := l.runBody(m); r != nil {
			return r
		}
		return goja.Undefined()
	})
	m.status = esmEvaluated
	return m.promise
}

// runBody runs the body of m; for a module with top-level await it
// returns its promise unless it already finished.
func (l *esmLoader) runBody(m *esmModule) goja.Value {
	h := l.h
	if !m.src.tla {
		if _, err := m.next(m.gen); err != nil {
			m.status = esmErrored
			m.err = errValue(err)
			h.Rethrow(err)
		}
		l.evaluated(m)
		return nil
	}
	v, err := m.fn(goja.Undefined())
	if err != nil {
		m.status = esmErrored
		m.err = errValue(err)
		h.Rethrow(err)
	}
	if p, ok := v.Export().(*goja.Promise); ok {
		switch p.State() {
		case goja.PromiseStateFulfilled:
			l.evaluated(m)
			return nil
		case goja.PromiseStateRejected:
			m.status = esmErrored
			m.err = p.Result()
			l.handled(v)
			panic(m.err)
		}
	}
	return l.then(v, func() goja.Value {
		l.evaluated(m)
		return goja.Undefined()
	})
}

// evaluated is called when the body of m ran to its end: an anonymous
// default export is named "default", and its namespaces show the values.
func (l *esmLoader) evaluated(m *esmModule) {
	var locals []esmLocal
	if m.src != nil {
		locals = m.src.locals
	}
	for _, x := range locals {
		if x.local != esmDefaultName {
			continue
		}
		if g := m.getters["default"]; g != nil {
			if v, err := g(goja.Undefined()); err == nil {
				if o, ok := v.(*goja.Object); ok {
					if _, fn := goja.AssertFunction(o); fn && o.Get("name").String() == esmDefaultName {
						_ = o.DefineDataProperty("name", l.h.vm.ToValue("default"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
					}
				}
			}
		}
	}
	for _, r := range m.refresh {
		r()
	}
}

// handled marks promise p as handled (its rejection is reported as the
// module's error, not as an unhandled rejection).
func (l *esmLoader) handled(p goja.Value) {
	po := p.ToObject(l.h.vm)
	then, _ := goja.AssertFunction(po.Get("then"))
	_, _ = then(po, goja.Undefined(), l.h.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
}

// errValue is the JavaScript value an error of a call carries.
func errValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return nil
}

// then chains fn after promise p: p.then(fn), fn's result (a value or a
// promise) settling the returned promise.
func (l *esmLoader) then(p goja.Value, fn func() goja.Value) goja.Value {
	vm := l.h.vm
	po := p.ToObject(vm)
	then, _ := goja.AssertFunction(po.Get("then"))
	r, err := then(po, vm.ToValue(func(goja.FunctionCall) goja.Value { return fn() }))
	if err != nil {
		l.h.Rethrow(err)
	}
	return r
}

// meta builds import.meta of module m.
func (l *esmLoader) meta(u, file string, m *esmModule) *goja.Object {
	vm := l.h.vm
	o := vm.NewObject()
	_ = o.SetPrototype(nil)
	if file != "" {
		_ = o.Set("dirname", filepath.Dir(file))
		_ = o.Set("filename", file)
	}
	_ = o.Set("main", m != nil && l.main == m)
	_ = o.Set("resolve", func(c goja.FunctionCall) goja.Value {
		spec := c.Argument(0).String()
		r, _ := l.resolveURL(spec, u, file, false)
		return vm.ToValue(r)
	})
	_ = o.Set("url", u)
	return o
}

// importFunc is the import() of code in the module at u (file), with its
// import.meta.
func (l *esmLoader) importFunc(u, file string, m *esmModule) *goja.Object {
	vm := l.h.vm
	f := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return l.dynamicImport(c.Argument(0), c.Argument(1), u, file)
	}).ToObject(vm)
	_ = f.Set("meta", l.meta(u, file, m))
	return f
}

// Node's loader resolves, loads, links and evaluates a module imported
// with import() in several steps, each a Promise job: its body runs after
// importEvalHops jobs, and the promise import() returned is resolved
// importResolveHops jobs later, so that Promise jobs queued before import()
// run first, as in Node.
const (
	importEvalHops    = 5
	importResolveHops = 2
)

// hopScript builds a chain of n Promise jobs, at once, ending in fn. fn
// is called from a JavaScript function: Go code that calls into
// JavaScript from a job of its own would have goja run the other jobs
// queued meanwhile as soon as each of its calls returns (a job's Go code
// runs at the outermost level), out of their order.
const hopScript = "(function (n, fn) { var p = Promise.resolve(); for (var i = 1; i < n; i++) p = p.then(); p.then(function () { fn(); }); })"

// afterJobs runs fn after n Promise jobs.
func (l *esmLoader) afterJobs(n int, fn func()) {
	h := l.h
	if l.hops == nil {
		v, err := h.vm.RunString(hopScript)
		if err != nil {
			panic(err)
		}
		l.hops, _ = goja.AssertFunction(v)
	}
	cb := h.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	})
	if _, err := l.hops(goja.Undefined(), h.vm.ToValue(n), cb); err != nil {
		h.Rethrow(err)
	}
}

// dynamicImport is import(spec) from the module at u (file): a promise
// of the module's namespace.
func (l *esmLoader) dynamicImport(specv, options goja.Value, u, file string) goja.Value {
	h := l.h
	p, resolve, reject := h.vm.NewPromise()
	if _, ok := specv.(*goja.Symbol); ok {
		_ = reject(h.vm.NewTypeError("Cannot convert a Symbol value to a string"))
		return h.vm.ToValue(p)
	}
	spec := specv.String()
	attrType := ""
	if options != nil && !goja.IsUndefined(options) {
		o, ok := options.(*goja.Object)
		if !ok {
			_ = reject(h.vm.NewTypeError("The second argument to import() must be an object"))
			return h.vm.ToValue(p)
		}
		if w := o.Get("with"); w != nil && !goja.IsUndefined(w) {
			wo, ok := w.(*goja.Object)
			if !ok {
				_ = reject(h.vm.NewTypeError("The 'with' option must be an object"))
				return h.vm.ToValue(p)
			}
			if t := wo.Get("type"); t != nil && !goja.IsUndefined(t) {
				attrType = t.String()
			}
		}
	}
	l.afterJobs(importEvalHops, func() {
		var m *esmModule
		if errv := catchJS(func() {
			ru, kind := l.resolve(spec, u, file)
			l.checkType(ru, kind, attrType)
			m = l.load(ru, kind)
			l.link(m)
			if r := l.evaluate(m); r != nil {
				_ = resolve(l.then(r, func() goja.Value { return l.namespace(m) }))
				return
			}
			ns := l.namespace(m)
			l.afterJobs(importResolveHops, func() { _ = resolve(ns) })
		}); errv != nil {
			_ = reject(errv)
		}
	})
	return h.vm.ToValue(p)
}

// catchJS runs fn and returns what it threw as a JavaScript value (nil
// when it returned).
func catchJS(fn func()) (thrown goja.Value) {
	defer func() {
		if x := recover(); x != nil {
			switch v := x.(type) {
			case *goja.Exception:
				thrown = v.Value()
			case *goja.Object:
				thrown = v
			case goja.Value:
				thrown = v
			default:
				panic(x)
			}
		}
	}()
	fn()
	return nil
}

// runMainESM runs file as the main module, an ES module.
func (h *Host) runMainESM(file string) {
	l := h.esm()
	u := fileURL(file)
	m := l.load(u, esmSourceText)
	l.main = m
	_ = m.imp.Get("meta").ToObject(h.vm).Set("main", true)
	l.run(m)
}

// run links and evaluates the main module m in a Promise job, as Node
// does (process.nextTick callbacks it queues run after the Promise jobs);
// an error is an uncaught exception.
func (l *esmLoader) run(m *esmModule) {
	h := l.h
	l.afterJobs(1, func() {
		defer func() {
			if x := recover(); x != nil {
				switch x.(type) {
				case exitSignal, *goja.InterruptedError:
					panic(x)
				}
				h.onPanic(x, nil)
			}
		}()
		l.runNow(m)
	})
}

// runNow links and evaluates the main module m; a promise of an
// evaluation that finishes later reports its rejection as uncaught.
func (l *esmLoader) runNow(m *esmModule) {
	l.link(m)
	p := l.evaluate(m)
	if p == nil {
		return
	}
	h := l.h
	po := p.ToObject(h.vm)
	then, _ := goja.AssertFunction(po.Get("then"))
	_, _ = then(po, goja.Undefined(), h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		h.uncaught(c.Argument(0))
		return goja.Undefined()
	}))
}

// unsettledAwait ends a run whose main module still awaits at top level
// when the loop has nothing left to do: Node's warning, and exit code 13.
func (h *Host) unsettledAwait() {
	l, ok := h.State(esmKey{}).(*esmLoader)
	if !ok || l.main == nil || l.main.promise == nil {
		return
	}
	p, ok := l.main.promise.Export().(*goja.Promise)
	if !ok || p.State() != goja.PromiseStatePending {
		return
	}
	// The module that waits: the first pending one with top-level await.
	m := l.main
	for _, x := range l.modules {
		if x.src != nil && x.src.tla && x.promise != nil {
			if xp, ok := x.promise.Export().(*goja.Promise); ok && xp.State() == goja.PromiseStatePending && x.src.awaitPos >= 0 {
				m = x
				break
			}
		}
	}
	msg := "Warning: Detected unsettled top-level await at " + m.url + "\n"
	if si := h.sourceOf(m.url); si != nil && m.src.awaitPos >= 0 {
		line, col := offsetPos(si.src, m.src.awaitPos)
		msg = "Warning: Detected unsettled top-level await at " + strings.TrimSuffix(h.codeFrame(frame{file: m.url, line: line, col: col}, false, 1), "\n") + "\n"
	}
	_, _ = io.WriteString(h.opts.Stderr, msg+"\n\n\n")
	h.exiting, h.exitCode = true, 13
}

// offsetPos is the line and column (1-based) of byte offset pos of src.
func offsetPos(src string, pos int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < pos && i < len(src); i++ {
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// evalMainESM runs src as the main module (node --input-type=module -e).
func (h *Host) evalMainESM(name, src string) {
	l := h.esm()
	file := filepath.Join(h.opts.Dir, name)
	u := fileURL(file)
	m := &esmModule{url: u, file: file, kind: esmSourceText}
	l.modules[u] = m
	l.main = m
	l.compile(m, src)
	_ = m.imp.Get("meta").ToObject(h.vm).Set("main", true)
	l.run(m)
}

// requireESM is require() of the ES module file: its namespace (with
// __esModule when it has a default export), or its "module.exports"
// export.
func (h *Host) requireESM(file string) goja.Value {
	l := h.esm()
	u := fileURL(file)
	m := l.load(u, esmSourceText)
	l.link(m)
	if l.awaits(m, map[*esmModule]bool{}) {
		panic(h.NewNodeError("Error", "ERR_REQUIRE_ASYNC_MODULE",
			"require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+file+" \n  Requiring "+u+" "))
	}
	if p := l.evaluate(m); p != nil {
		panic(h.NewNodeError("Error", "ERR_REQUIRE_ASYNC_MODULE",
			"require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+file+" \n  Requiring "+u+" "))
	}
	for _, n := range l.exportNames(m) {
		if n == "module.exports" {
			return l.value(esmBinding{m, n})
		}
	}
	for _, n := range l.exportNames(m) {
		if n == "default" {
			return l.makeNamespace(m, true)
		}
	}
	return l.namespace(m)
}

// awaits reports whether a module of m's graph not evaluated yet has
// top-level await.
func (l *esmLoader) awaits(m *esmModule, seen map[*esmModule]bool) bool {
	if seen[m] || m.kind != esmSourceText || m.status >= esmEvaluating {
		return false
	}
	seen[m] = true
	if m.src.tla {
		return true
	}
	for _, d := range m.deps {
		if l.awaits(d, seen) {
			return true
		}
	}
	return false
}

// cjsImports rewrites import() in CommonJS source to calls of
// esmImportName, on the same columns: the module's outer function binds
// that name (compileWrapped), or, for a file that runs lowered, the global
// of installGlobal.
func (h *Host) cjsImports(src string) string {
	if !strings.Contains(src, "import") {
		return src
	}
	l := &esmLexer{src: src}
	var out []byte
	prevDot := false
	for {
		t := l.next()
		if t.kind == tEOF {
			break
		}
		if t.kind == tIdent && !prevDot && src[t.start:t.end] == "import" {
			save := *l
			save.stack = append([]byte(nil), l.stack...)
			n := l.next()
			call := n.kind == tPunct && src[n.start:n.end] == "("
			if call {
				// import(...) { is a method named import, not a call.
				for d := n.depth; ; {
					c := l.next()
					if c.kind == tEOF {
						break
					}
					if c.depth == d && c.kind == tPunct && src[c.start:c.end] == ")" {
						a := l.next()
						call = !(a.kind == tPunct && src[a.start:a.end] == "{")
						break
					}
				}
			}
			*l = save
			if call {
				if out == nil {
					out = []byte(src)
				}
				copy(out[t.start:t.end], esmImportName)
			}
		}
		prevDot = t.kind == tPunct && (src[t.start:t.end] == "." || src[t.start:t.end] == "?.")
	}
	if out == nil {
		return src
	}
	return string(out)
}

// installGlobal defines the import() of CommonJS code as a global, for
// code compiled without the module's outer function.
func (l *esmLoader) installGlobal() {
	if l.global {
		return
	}
	l.global = true
	_ = l.h.vm.GlobalObject().DefineDataProperty(esmImportName, l.cjsImport(), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// cjsImport is the import() of CommonJS code: a function that finds its
// caller's file from the stack.
func (l *esmLoader) cjsImport() goja.Value {
	if l.importFn != nil {
		return l.importFn
	}
	h := l.h
	l.importFn = h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		file := ""
		for _, fr := range h.vm.CaptureCallStack(4, nil) {
			if n := fr.SrcName(); n != "" && n != "<native>" && n != "<eval>" {
				file = n
				break
			}
		}
		u, path := "", ""
		switch {
		case strings.HasPrefix(file, "file:"):
			u, path = file, urlPath(file)
		case filepath.IsAbs(file):
			u, path = fileURL(file), file
		default:
			path = filepath.Join(h.opts.Dir, file)
			u = fileURL(path)
		}
		return l.dynamicImport(c.Argument(0), c.Argument(1), u, path)
	})
	return l.importFn
}
