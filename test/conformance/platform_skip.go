package conformance

import (
	"runtime"
	"testing"
)

// WhyWineAttempts says why a scenario may run more than once under wine.
const WhyWineAttempts = "wine completes simultaneous readiness in either order"

// WineAttempts is how many times a scenario runs before its trace must
// match Node's once: 3 under wine, 1 elsewhere. Wine's server completes the
// poll requests of two sockets made ready by one action (a connect makes
// the client writable and the listener readable) in either order, where
// Windows' driver completes the listener's within the connect, so the
// order of 'connect' and 'connection' can swap.
func WineAttempts() int {
	if Wine() {
		return 3
	}
	return 1
}

// SkipWhere skips scenario name on Windows when notOnWindows names it, and
// under wine when notOnWine names it, with the reason the list gives.
func SkipWhere(t testing.TB, name string, notOnWindows, notOnWine map[string]string) {
	t.Helper()
	if runtime.GOOS != "windows" {
		return
	}
	if why, ok := notOnWindows[name]; ok {
		t.Skip("not on Windows: " + why)
	}
	if why, ok := notOnWine[name]; ok && Wine() {
		t.Skip("not under wine: " + why)
	}
}
