package script

import (
	"testing"

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

func TestCompileLibOncePerProcess(t *testing.T) {
	src, ok := libSource("timers")
	require.True(t, ok)
	p1, err := compileLib("timers", src)
	require.NoError(t, err)
	p2, err := compileLib("timers", src)
	require.NoError(t, err)
	require.Same(t, p1, p2)
}
