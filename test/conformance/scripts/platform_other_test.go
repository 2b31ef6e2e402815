//go:build !windows

package scripts

import "testing"

// platformSkip skips a scenario where it cannot apply: every scenario
// applies here.
func platformSkip(t *testing.T, name string) {}

// slashDirPaths returns s as it is: masked paths use '/' already.
func slashDirPaths(s string) string { return s }

// attempts is how many times a scenario runs before its output counts as
// different: once.
const attempts = 1

const whyAttempts = ""

// checkPending: a pending scenario runs, and the test fails when it
// passes (pending.txt only shrinks).
const checkPending = true
