package host

import (
	"testing"
	"testing/fstest"

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
