// Package scripts runs every conformance scenario as a script under the
// nodenet JavaScript host and compares its standard output and exit code
// with real Node's.
package scripts

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
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
		// As the nodenet command: the real environment, files from
		// anywhere.
		Env:          os.Environ(),
		RequireRoots: []string{"/"},
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
		// ES module scenarios (.mjs) are named and recorded as the others.
		mjs, _ := filepath.Glob(filepath.Join(dir, "*.mjs"))
		files = append(files, mjs...)
		for _, f := range files {
			abs, _ := filepath.Abs(f)
			name := filepath.Base(dir) + "/" + filepath.Base(stem(f))
			golden, err := os.ReadFile(stem(abs) + ".golden")
			if err != nil {
				continue // a helper script, not a scenario
			}
			t.Run(name, func(t *testing.T) {
				platformSkip(t, name)
				if why, listed := skip[name]; listed && !checkPending && os.Getenv("NODENET_PENDING_IGNORE") == "" {
					t.Skipf("pending: %s", why)
				}
				// On Windows the error numbers are Node's numbers there.
				want := conformance.ForPlatform(golden)
				got, stderr, code := Run(t, abs)
				got = []byte(slashDirPaths(string(got)))
				for i := 1; i < conformance.WineAttempts() && !bytes.Equal(got, want); i++ {
					t.Logf("attempt %d differs (%s): %s", i, conformance.WhyWineAttempts, conformance.Diff(string(want), string(got)))
					got, stderr, code = Run(t, abs)
					got = []byte(slashDirPaths(string(got)))
				}
				wantCode := 0
				if haveOracle {
					res := oracle.Run(t, abs)
					// Drift is Node no longer printing the golden file;
					// a scenario whose order a loaded machine can bend
					// (a 1 ms timer against the check phase) gets two
					// more runs before it counts.
					for i := 0; i < 2 && !bytes.Equal(res.Stdout, golden); i++ {
						res = oracle.Run(t, abs)
					}
					wantCode = res.ExitCode
					recordStderr(t, dir, abs, res.Stderr)
					if !bytes.Equal(res.Stdout, golden) {
						t.Errorf("real Node's output drifted from %s.golden:\n%s", name, conformance.Diff(string(golden), string(res.Stdout)))
					}
				}
				ok := bytes.Equal(got, want) && (!haveOracle || code == wantCode)
				if why, listed := skip[name]; listed && os.Getenv("NODENET_PENDING_IGNORE") == "" {
					if ok {
						t.Fatalf("%s passes now: remove it from pending.txt", name)
					}
					t.Skipf("pending: %s", why)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("stdout differs from real Node's:\n%s\nstderr:\n%s", conformance.Diff(string(want), string(got)), stderr)
				}
				checkStderr(t, dir, abs, stderr)
				if haveOracle && code != wantCode {
					t.Errorf("exit code %d, Node's %d\nstderr:\n%s", code, wantCode, stderr)
				}
			})
		}
	}
}

// stem is a scenario's path without its extension (.js or .mjs).
func stem(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path))
}

// stderrDirs are the scenario folders whose NAME.stderr.golden files hold
// real Node's standard error for the script (those of the events folder
// are the Go API tests').
var stderrDirs = map[string]bool{"../js": true}

var (
	rePID       = regexp.MustCompile(`\(node:\d+\)`)
	reNodeFrame = regexp.MustCompile(`^    at (?:async )?(?:.* \()?node:[^)]*\)?( \{)?$`)
	reNodeLine  = regexp.MustCompile(`^(node:[\w/]+):\d+$`)
)

// normalizeStderr removes from a script's standard error what must differ
// between Node and nodenet: the scenario folder's absolute path (written
// <DIR>), the pid of "(node:PID)", the stack frames inside Node's own
// library ("at f (node:...)", whose lines and names are its internals'),
// and the line numbers of code frames in it ("node:events:LINE").
func normalizeStderr(b []byte, dir string) string {
	s := string(b)
	if slashed := filepath.ToSlash(dir); slashed != dir {
		// Windows: the folder in a file: URL (file:///C:/dir/x.mjs).
		s = strings.ReplaceAll(s, "/"+slashed, "<DIR>")
	}
	s = strings.ReplaceAll(s, dir, "<DIR>")
	s = slashDirPaths(s)
	s = rePID.ReplaceAllString(s, "(node:PID)")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if m := reNodeFrame.FindStringSubmatch(l); m != nil {
			if m[1] != "" && len(out) > 0 {
				out[len(out)-1] += m[1]
			}
			continue
		}
		if m := reNodeLine.FindStringSubmatch(l); m != nil {
			l = m[1] + ":LINE"
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// checkStderr compares the host's standard error with NAME.stderr.golden,
// when the scenario has one.
func checkStderr(t *testing.T, dir, abs string, stderr []byte) {
	if !stderrDirs[dir] {
		return
	}
	want, err := os.ReadFile(stem(abs) + ".stderr.golden")
	if err != nil {
		return
	}
	got := normalizeStderr(stderr, filepath.Dir(abs))
	if want := string(conformance.ForPlatform(want)); got != want {
		t.Errorf("stderr differs from real Node's:\n%s", conformance.Diff(want, got))
	}
}

// recordStderr checks real Node's standard error against NAME.stderr.golden
// (drift), or writes the file when NODENET_RECORD_STDERR names the scenario
// ("js/console_table").
func recordStderr(t *testing.T, dir, abs string, stderr []byte) {
	if !stderrDirs[dir] {
		return
	}
	path := stem(abs) + ".stderr.golden"
	norm := normalizeStderr(stderr, filepath.Dir(abs))
	name := filepath.Base(dir) + "/" + filepath.Base(stem(abs))
	if os.Getenv("NODENET_RECORD_STDERR") == name {
		if err := os.WriteFile(path, []byte(norm), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		return
	}
	if string(want) != norm {
		t.Errorf("real Node's stderr drifted from %s:\n%s", path, conformance.Diff(string(want), norm))
	}
}
