// Package scripts runs every conformance scenario as a script under the
// nodenet JavaScript host and compares its standard output and exit code
// with real Node's.
package scripts

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
	"github.com/nodenet/nodenet/test/conformance"
	"github.com/nodenet/nodenet/test/oracle"
)

// dirs are the scenario folders, relative to this package.
var dirs = []string{"../loop", "../events", "../net", "../js", "../../../examples"}

// pending lists scenarios (NODENET_PENDING_IGNORE=1 runs them all) that do not pass under the host yet, one per line
// with the reason after a '#'. The test skips them by name, saying why, and
// fails if one of them passes (so the list only shrinks).
func pending(t *testing.T) map[string]string {
	f, err := os.Open("pending.txt")
	if err != nil {
		return nil
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, why, _ := strings.Cut(line, "#")
		out[strings.TrimSpace(name)] = strings.TrimSpace(why)
	}
	return out
}

// Run runs path under a fresh host and returns its stdout, stderr and exit
// code.
func Run(t *testing.T, path string) (stdout, stderr []byte, code int) {
	t.Helper()
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errb bytes.Buffer
	exe, _ := os.Executable()
	h, err := script.New(loop, script.Options{
		Modules:  script.AllModules,
		Stdout:   &out,
		Stderr:   &errb,
		Argv:     []string{exe, path},
		Dir:      filepath.Dir(path),
		ExecPath: exe,
	})
	if err != nil {
		t.Fatalf("host: %v", err)
	}
	defer h.Close()
	// A scenario that does not end is stopped (and fails) instead of
	// hanging the whole run.
	timer := time.AfterFunc(30*time.Second, func() {
		t.Errorf("%s did not end within 30s", path)
		loop.Stop()
	})
	defer timer.Stop()
	code, err = h.RunMain(path)
	if err != nil {
		t.Errorf("run %s: %v", path, err)
	}
	return out.Bytes(), errb.Bytes(), code
}

func TestScenariosUnderHost(t *testing.T) {
	skip := pending(t)
	_, oracleErr := oracle.Path()
	haveOracle := oracleErr == nil || os.Getenv(oracle.RequireEnv) == "1"
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.js"))
		for _, f := range files {
			abs, _ := filepath.Abs(f)
			name := filepath.Base(dir) + "/" + strings.TrimSuffix(filepath.Base(f), ".js")
			golden, err := os.ReadFile(strings.TrimSuffix(abs, ".js") + ".golden")
			if err != nil {
				continue // a helper script, not a scenario
			}
			t.Run(name, func(t *testing.T) {
				got, stderr, code := Run(t, abs)
				wantCode := 0
				if haveOracle {
					res := oracle.Run(t, abs)
					wantCode = res.ExitCode
					if !bytes.Equal(res.Stdout, golden) {
						t.Errorf("real Node's output drifted from %s.golden:\n%s", name, conformance.Diff(string(golden), string(res.Stdout)))
					}
				}
				ok := bytes.Equal(got, golden) && (!haveOracle || code == wantCode)
				if why, listed := skip[name]; listed && os.Getenv("NODENET_PENDING_IGNORE") == "" {
					if ok {
						t.Fatalf("%s passes now: remove it from pending.txt", name)
					}
					t.Skipf("pending: %s", why)
				}
				if !bytes.Equal(got, golden) {
					t.Errorf("stdout differs from real Node's:\n%s\nstderr:\n%s", conformance.Diff(string(golden), string(got)), stderr)
				}
				if haveOracle && code != wantCode {
					t.Errorf("exit code %d, Node's %d\nstderr:\n%s", code, wantCode, stderr)
				}
			})
		}
	}
}
