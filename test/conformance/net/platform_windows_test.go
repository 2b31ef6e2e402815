package net_test

import (
	"testing"

	"github.com/nodenet/nodenet/test/conformance"
)

// The scenarios that cannot apply on Windows, or under wine, with the
// reason: conformance.NetNotOnWindows and NetNotOnWine.
var notOnWindows, notOnWine = conformance.NetNotOnWindows, conformance.NetNotOnWine

// Wine's sockets are the host's, and wine's server notices that one became
// ready, and completes the poll request, asynchronously: when one action
// makes two sockets ready at once (a connect makes the client writable and
// the listener readable), their completions come in either order, where
// Windows' driver completes the listener's request within the connect. A
// few scenarios' traces depend on that order (or on a connection made
// within a hundred milliseconds, longer under wine's round trips), and
// differ in about one run of the whole suite in two. Under wine a scenario
// therefore runs up to three times; its trace must match Node's once, and
// the mismatches are logged.
var attemptsHere = func() int {
	if conformance.Wine() {
		return 3
	}
	return 1
}()

const whyAttempts = "wine completes simultaneous readiness in either order"

// platformSkip skips scenario name where it cannot apply.
func platformSkip(t *testing.T, name string) {
	t.Helper()
	if why, ok := notOnWindows[name]; ok {
		t.Skip("not on Windows: " + why)
	}
	if why, ok := notOnWine[name]; ok && conformance.Wine() {
		t.Skip("not under wine: " + why)
	}
}
