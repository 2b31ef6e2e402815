package host

import (
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
)

// Built-in modules are compiled once per process: a *goja.Program runs in
// any runtime, so every host (workers, embedders with several hosts,
// tests) shares them. A background goroutine compiles the modules a module
// requires at its top level (and theirs) from the last the loop thread
// will need back towards the first, while the loop thread compiles what it
// needs from the first on: on a machine with a spare core the two meet in
// the middle, each module compiled once, by whichever reaches it first.

// libProgram is the compiled wrapper function of one built-in module.
type libProgram struct {
	state atomic.Int32  // 0 not started, 1 being compiled, 2 compiled
	done  chan struct{} // closed once compiled
	prg   *goja.Program
	err   error
}

// program returns the entry of module name.
func (l *Library) program(name string) *libProgram {
	v, ok := l.libPrograms.Load(name)
	if !ok {
		v, _ = l.libPrograms.LoadOrStore(name, &libProgram{done: make(chan struct{})})
	}
	return v.(*libProgram)
}

// compile compiles the module; the caller won the entry's state.
func (lp *libProgram) compile(name, src string) {
	lp.prg, lp.err = goja.Compile("node:"+name, libWrapperHead+src+libWrapperTail, false)
	lp.state.Store(2)
	close(lp.done)
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
	lp := l.program(name)
	if lp.state.CompareAndSwap(0, 1) {
		lp.compile(name, src)
	} else {
		<-lp.done
	}
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
// requires, "tree:NAME") it lists the modules depth first, in the order
// the loop thread will ask for them, and compiles them from the last,
// skipping those the loop thread has started.
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
		var order []string
		if kind == "tree" {
			order = l.treeOrder(name, order)
		} else if src, ok := l.source(name); ok {
			for _, dep := range topLevelRequires(name, src) {
				order = l.treeOrder(dep, order)
			}
		}
		for i := len(order) - 1; i >= 0; i-- {
			if src, ok := l.source(order[i]); ok {
				if lp := l.program(order[i]); lp.state.CompareAndSwap(0, 1) {
					lp.compile(order[i], src)
				}
			}
		}
	}
}

// treeOrder appends to order dep and then what it requires at its top
// level, depth first, leaving out modules listed before.
func (l *Library) treeOrder(dep string, order []string) []string {
	if _, dup := l.precompiled.LoadOrStore(dep, struct{}{}); dup {
		return order
	}
	src, ok := l.source(dep)
	if !ok {
		return order
	}
	order = append(order, dep)
	l.precompiled.Store("deps:"+dep, struct{}{})
	for _, d := range topLevelRequires(dep, src) {
		order = l.treeOrder(d, order)
	}
	return order
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
