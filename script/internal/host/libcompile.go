package host

import (
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// Built-in modules are compiled once per process: a *goja.Program runs in
// any runtime, so every host (workers, embedders with several hosts,
// tests) shares them. While the loop thread runs one module, a background
// goroutine compiles the modules it requires at its top level, so that on
// a machine with a spare core a script's start-up mostly waits for running
// JavaScript, not for compiling it.

// libProgram is the compiled wrapper function of one built-in module.
type libProgram struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

// libCache is a library's compiled modules and its background compiler.
type libCache struct {
	libPrograms sync.Map // module name → *libProgram
	precompiled sync.Map // module name → struct{}: queued for the background compiler
	// the background compiler's queue; its goroutine runs while the queue
	// has work and ends when it is empty
	precompileQ struct {
		sync.Mutex
		names   []string
		running bool
	}
}

// libWrapperHead and libWrapperTail wrap a built-in module's source.
const (
	libWrapperHead = "(function (exports, require, module, __filename, __dirname, binding, primordials, internalBinding) {"
	libWrapperTail = "\n})"
)

// compileLib returns the compiled wrapper of built-in module name, compiling
// it on first use (or waiting for the background compiler doing so).
func (l *Library) compileLib(name, src string) (*goja.Program, error) {
	v, ok := l.libPrograms.Load(name)
	if !ok {
		v, _ = l.libPrograms.LoadOrStore(name, &libProgram{})
	}
	lp := v.(*libProgram)
	lp.once.Do(func() {
		lp.prg, lp.err = goja.Compile("node:"+name, libWrapperHead+src+libWrapperTail, false)
	})
	return lp.prg, lp.err
}

// precompileDeps hands module name to the background compiler, which
// compiles the modules it requires at its top level (and theirs).
func (l *Library) precompileDeps(name string) {
	if _, dup := l.precompiled.LoadOrStore("deps:"+name, struct{}{}); dup {
		return
	}
	l.enqueuePrecompile("deps:" + name)
}

// precompileRequiredBy hands the built-in modules that the user module
// source src requires at its top level to the background compiler, before
// the module runs and asks for them.
func (l *Library) precompileRequiredBy(src string) {
	for _, id := range topLevelRequires("", src) {
		if l.isBuiltin(id) {
			l.enqueuePrecompile("tree:" + id)
		}
	}
}

func (l *Library) enqueuePrecompile(item string) {
	if runtime.GOMAXPROCS(0) < 2 {
		return
	}
	q := &l.precompileQ
	q.Lock()
	q.names = append(q.names, item)
	if !q.running {
		q.running = true
		go l.precompileLoop()
	}
	q.Unlock()
}

// precompileLoop is the background compiler: for each item queued (the
// top-level requires of a module, "deps:NAME", or a module and its
// requires, "tree:NAME") it compiles modules depth first, in the order
// the loop thread will ask for them.
func (l *Library) precompileLoop() {
	q := &l.precompileQ
	for {
		q.Lock()
		if len(q.names) == 0 {
			q.running = false
			q.names = nil
			q.Unlock()
			return
		}
		item := q.names[0]
		q.names = q.names[1:]
		q.Unlock()
		kind, name, _ := strings.Cut(item, ":")
		if kind == "tree" {
			l.precompileTree(name)
			continue
		}
		src, ok := l.source(name)
		if !ok {
			continue
		}
		for _, dep := range topLevelRequires(name, src) {
			l.precompileTree(dep)
		}
	}
}

// precompileTree compiles dep, then what it requires at its top level.
func (l *Library) precompileTree(dep string) {
	if _, dup := l.precompiled.LoadOrStore(dep, struct{}{}); dup {
		return
	}
	src, ok := l.source(dep)
	if !ok {
		return
	}
	_, _ = l.compileLib(dep, src)
	l.precompiled.Store("deps:"+dep, struct{}{})
	for _, d := range topLevelRequires(dep, src) {
		l.precompileTree(d)
	}
}

// topLevelRequires lists the built-in modules src requires in statements
// that start a line (const x = require('y'), } = require('y'), require('y')):
// what loading the module runs at once. Requires inside functions are
// indented and left for when they run.
func topLevelRequires(name, src string) []string {
	var out []string
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '/' || line[0] == '*' {
			continue
		}
		if !(strings.HasPrefix(line, "const ") || strings.HasPrefix(line, "let ") ||
			strings.HasPrefix(line, "var ") || strings.HasPrefix(line, "}") ||
			strings.HasPrefix(line, "require(")) {
			continue
		}
		for {
			i := strings.Index(line, "require(")
			if i < 0 || i+len("require(")+2 > len(line) {
				break
			}
			rest := line[i+len("require("):]
			line = rest
			q := rest[0]
			if q != '\'' && q != '"' {
				continue
			}
			j := strings.IndexByte(rest[1:], q)
			if j <= 0 {
				continue
			}
			id := trimNode(rest[1 : 1+j])
			if strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") {
				if name == "" {
					continue // a user module's own files
				}
				id = path.Join(path.Dir(name), id)
			}
			out = append(out, id)
		}
	}
	return out
}
