// Package conformance checks nodenet against real Node with recorded traces.
//
// A scenario is a small Node script NAME.js that prints an event trace. The
// trace real Node prints is recorded beside it as NAME.golden (standard
// output) and, when the scenario writes to standard error, NAME.stderr.golden.
// A Go test re-enacts the scenario with nodenet's Go API, writing its trace to
// a buffer, and Check compares it with the golden file byte for byte. When the
// oracle is installed Check also re-runs NAME.js under it and fails if real
// Node's output drifted from the golden file; NODENET_UPDATE_GOLDEN=1
// re-records the golden files instead.
package conformance

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/test/oracle"
)

// UpdateEnv is the environment variable that makes Check re-record golden
// files from the oracle.
const UpdateEnv = "NODENET_UPDATE_GOLDEN"

// Golden returns the recorded standard output of scenario dir/NAME.js,
// re-checking (or, under NODENET_UPDATE_GOLDEN=1, re-recording) it against the
// oracle when the oracle is installed.
func Golden(t *testing.T, dir, name string) []byte {
	t.Helper()
	script, err := filepath.Abs(filepath.Join(dir, name+".js"))
	if err != nil {
		t.Fatal(err)
	}
	goldenPath := strings.TrimSuffix(script, ".js") + ".golden"
	golden, readErr := os.ReadFile(goldenPath)
	if _, err := oracle.Path(); err == nil || os.Getenv(oracle.RequireEnv) == "1" {
		res := oracle.Run(t, script)
		if os.Getenv(UpdateEnv) == "1" {
			if err := os.WriteFile(goldenPath, res.Stdout, 0o644); err != nil {
				t.Fatal(err)
			}
			golden, readErr = res.Stdout, nil
		} else if readErr == nil && !bytes.Equal(res.Stdout, golden) {
			// Drift is Node no longer printing the golden file; an order
			// a loaded machine can bend gets two more runs first.
			for i := 0; i < 2 && !bytes.Equal(res.Stdout, golden); i++ {
				res = oracle.Run(t, script)
			}
		}
		if os.Getenv(UpdateEnv) != "1" && readErr == nil && !bytes.Equal(res.Stdout, golden) {
			t.Errorf("real Node's output of %s drifted from %s:\n--- node\n%s\n--- golden\n%s", script, goldenPath, res.Stdout, golden)
		}
	}
	if readErr != nil {
		t.Fatalf("no golden file for %s (record it with %s=1 and the oracle installed): %v", name, UpdateEnv, readErr)
	}
	return golden
}

// Check compares got, the trace of the Go re-enactment of dir/NAME.js, with
// the scenario's golden file, byte for byte. The golden files are Node's
// output on Linux; on Windows the error numbers in them are first turned
// into the ones Node prints there (platform_windows.go).
func Check(t *testing.T, dir, name string, got []byte) {
	t.Helper()
	want := forPlatform(Golden(t, dir, name))
	if !bytes.Equal(got, want) {
		t.Errorf("trace of %s differs from real Node's:\n%s", name, Diff(string(want), string(got)))
	}
}

// Want returns the golden trace of dir/NAME.js as Node prints it on this
// system (see Check), for callers that compare it themselves.
func Want(t *testing.T, dir, name string) []byte {
	t.Helper()
	return forPlatform(Golden(t, dir, name))
}

// ForPlatform returns golden, a trace Node printed on Linux, as Node
// prints it on this system (see Check), for the scripts harness, which
// reads the golden files itself.
func ForPlatform(golden []byte) []byte { return forPlatform(golden) }

// Diff renders the first differing line of want and got with some context.
func Diff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	var b strings.Builder
	n := max(len(wl), len(gl))
	for i := 0; i < n; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		mark := "  "
		if w != g || i >= len(wl) || i >= len(gl) {
			mark = "! "
		}
		b.WriteString(mark + "node: " + w + "\n" + mark + "go:   " + g + "\n")
	}
	return b.String()
}
