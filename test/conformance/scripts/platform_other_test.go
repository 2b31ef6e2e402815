//go:build !windows

package scripts

import "testing"

// platformSkip skips a scenario where it cannot apply: every scenario
// applies here.
func platformSkip(t *testing.T, name string) {}

// slashDirPaths returns s as it is: masked paths use '/' already.
func slashDirPaths(s string) string { return s }

// checkPending: a pending scenario runs, and the test fails when it
// passes (pending.txt only shrinks).
const checkPending = true
