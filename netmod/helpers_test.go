package netmod

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that the package's tests leave no goroutine behind; the
// loops they use come from internal/testutil, which checks that each is
// left clean.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
