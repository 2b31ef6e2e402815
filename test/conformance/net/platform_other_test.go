//go:build !windows

package net_test

import "testing"

// platformSkip skips scenario name where it cannot apply: every scenario
// applies here (those for one Unix only check runtime.GOOS themselves).
func platformSkip(t *testing.T, name string) { t.Helper() }

// attemptsHere is how many times a scenario runs before its trace must
// match: once, here.
const attemptsHere = 1

const whyAttempts = ""
