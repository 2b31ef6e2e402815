package host

import (
	"io/fs"
	"strings"

	"github.com/dop251/goja"
)

// A Group is one module group's share of the built-in modules: the
// JavaScript files of its modules and the Go bindings they call.
type Group struct {
	// Name names the group (its folder under script/modules) in messages.
	Name string
	// Files holds the group's modules as lib/<id>.js, where <id> is the
	// module id ("net", "internal/net", "fs/promises"); nil for a group of
	// bindings only.
	Files fs.FS
	// Bindings are the Go halves the group's JavaScript asks for with
	// binding(name), by name.
	Bindings map[string]Binding
}

// A Binding builds the object binding(name) returns to built-in modules,
// once per host, on first use.
type Binding func(h *Host) *goja.Object

// A Library is the built-in modules a host can load: the union of its
// groups' files and bindings, and the programs compiled from them, shared
// by every host made with the library.
type Library struct {
	groups   []Group
	bindings map[string]Binding
	files    map[string]fs.FS // lib/<id>.js → the group's files that hold it
	libCache
}

// NewLibrary makes the library of groups. A module id or a binding name
// belongs to one group: NewLibrary panics if two groups give the same file
// or register the same binding, or if a group's files cannot be listed.
func NewLibrary(groups ...Group) *Library {
	l := &Library{groups: groups, bindings: map[string]Binding{}, files: map[string]fs.FS{}}
	for _, g := range groups {
		files, err := groupFiles(g)
		if err != nil {
			panic("script: the files of group " + g.Name + ": " + err.Error())
		}
		for _, p := range files {
			if _, dup := l.files[p]; dup {
				panic("script: " + p + " given twice (group " + g.Name + ")")
			}
			l.files[p] = g.Files
		}
		for name, b := range g.Bindings {
			if _, dup := l.bindings[name]; dup {
				panic("script: binding " + name + " registered twice (group " + g.Name + ")")
			}
			l.bindings[name] = b
		}
	}
	return l
}

// groupFiles lists the files of g (none for a group of bindings only).
func groupFiles(g Group) ([]string, error) {
	if g.Files == nil {
		return nil, nil
	}
	var out []string
	err := fs.WalkDir(g.Files, "lib", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// source returns the source of built-in (or internal) module name.
func (l *Library) source(name string) (string, bool) {
	p := "lib/" + name + ".js"
	fsys, ok := l.files[p]
	if !ok {
		return "", false
	}
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// isBuiltin reports whether name (without "node:") is a public built-in.
func (l *Library) isBuiltin(name string) bool {
	if strings.HasPrefix(name, "internal/") {
		return false
	}
	_, ok := l.source(name)
	return ok
}

// Files lists the library's files (lib/...), each with the group that
// holds it, in the groups' order.
func (l *Library) Files() ([]File, error) {
	var out []File
	for _, g := range l.groups {
		files, err := groupFiles(g)
		if err != nil {
			return nil, err
		}
		for _, p := range files {
			out = append(out, File{Path: p, Group: g.Name, FS: g.Files})
		}
	}
	return out, nil
}

// A File is one file of a library.
type File struct {
	Path  string // lib/<id>.js, or another file under lib/
	Group string // the group that holds it
	FS    fs.FS  // the group's files
}

// HasBinding reports whether binding(name) finds a binding: a Go one a
// group registered, or lib/internal/bindings/<name>.js.
func (l *Library) HasBinding(name string) bool {
	if _, ok := l.bindings[name]; ok {
		return true
	}
	_, ok := l.files["lib/internal/bindings/"+name+".js"]
	return ok
}
