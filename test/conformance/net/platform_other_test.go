//go:build !windows

package net_test

import "testing"

// platformSkip skips scenario name where it cannot apply: every scenario
// applies here (those for one Unix only check runtime.GOOS themselves).
func platformSkip(t *testing.T, name string) { t.Helper() }
