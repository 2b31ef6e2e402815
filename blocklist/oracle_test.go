package blocklist

import (
	"os"
	"testing"

	"github.com/nodenet/nodenet/test/oracle"
)

// oracleNode returns the path of the reference Node (see test/oracle). When
// it is missing it logs why and returns "" (the caller skips its oracle
// part), or fails the test if NODENET_REQUIRE_ORACLE=1.
func oracleNode(t testing.TB) string {
	t.Helper()
	p, err := oracle.Path()
	if err != nil {
		if os.Getenv(oracle.RequireEnv) == "1" {
			t.Fatalf("%v (%s=1)", err, oracle.RequireEnv)
		}
		t.Logf("%v; skipping the comparison with real Node", err)
		return ""
	}
	return p
}
