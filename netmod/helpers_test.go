package netmod

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that the package's tests leave no goroutine behind; the
// loops they use come from internal/testutil, which checks that each is
// left clean.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// defaultHints is the lookup hint Node adds when a connect names neither a
// family nor hints: ADDRCONFIG, except on Windows, where it adds none.
var defaultHints = func() int {
	if isWindows {
		return 0
	}
	return HintAddrConfig
}()
