package net_test

import (
	"testing"

	"github.com/nodenet/nodenet/test/conformance"
)

// The scenarios that cannot apply on Windows, or under wine, with the
// reason: conformance.NetNotOnWindows and NetNotOnWine.
var notOnWindows, notOnWine = conformance.NetNotOnWindows, conformance.NetNotOnWine

// platformSkip skips scenario name where it cannot apply.
func platformSkip(t *testing.T, name string) {
	t.Helper()
	conformance.SkipWhere(t, name, notOnWindows, notOnWine)
}
