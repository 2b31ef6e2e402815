package host

import (
	"testing"
	"testing/fstest"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

func TestTopLevelRequires(t *testing.T) {
	src := `'use strict';
const a = require('internal/a');
const {
  x,
} = require("node:b");
require('./c'); require('d');
function lazy() {
  return require('never');
}
  const indented = require('never2');
// const commented = require('never3');
let e = require('../e');
`
	require.Equal(t, []string{"internal/a", "b", "internal/util/c", "d", "internal/e"},
		topLevelRequires("internal/util/mod", src))
	require.Equal(t, []string{"internal/a", "b", "d"}, topLevelRequires("", src),
		"a user module's relative requires are its own files")
}

func TestCompileLibOncePerLibrary(t *testing.T) {
	l := NewLibrary(Group{Name: "t", Files: fstest.MapFS{
		"lib/timers.js": {Data: []byte("exports.x = 1;\n")},
	}})
	src, ok := l.source("timers")
	require.True(t, ok)
	p1, err := l.compileLib("timers", src)
	require.NoError(t, err)
	p2, err := l.compileLib("timers", src)
	require.NoError(t, err)
	require.Same(t, p1, p2)
}

func TestLibraryOneGroupPerFile(t *testing.T) {
	a := fstest.MapFS{"lib/x.js": {Data: []byte("1")}}
	b := fstest.MapFS{"lib/x.js": {Data: []byte("2")}}
	require.Panics(t, func() { NewLibrary(Group{Name: "a", Files: a}, Group{Name: "b", Files: b}) })
	one := func(*Host) *goja.Object { return nil }
	require.Panics(t, func() {
		NewLibrary(Group{Name: "a", Files: a, Bindings: map[string]Binding{"x": one}},
			Group{Name: "c", Files: fstest.MapFS{"lib/y.js": {Data: []byte("3")}}, Bindings: map[string]Binding{"x": one}})
	})
	l := NewLibrary(Group{Name: "a", Files: a})
	src, ok := l.source("x")
	require.True(t, ok)
	require.Equal(t, "1", src)
	require.False(t, l.isBuiltin("y"))
	require.True(t, l.isBuiltin("x"))
}
