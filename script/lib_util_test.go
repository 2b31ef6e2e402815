package script_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

// TestUtilScenarios runs the util, assert, events, AbortController and
// timers/promises scenarios of test/conformance/js under the host and
// compares their standard output and exit code with what real Node printed.
// runScript runs file as nodenet would and returns its exit code.
func runScript(t *testing.T, file string, stdout, stderr *bytes.Buffer) int {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	h, err := script.New(loop, script.Options{
		Modules: script.AllModules,
		Stdout:  stdout,
		Stderr:  stderr,
		Argv:    []string{"nodenet", abs},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, err := h.RunMain(abs)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return code
}

// TestAssertOkSourceEval checks that assert.ok quotes its call from a -e
// script too (as node -e does).
func TestAssertOkSourceEval(t *testing.T) {
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := script.New(loop, script.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, err := h.RunMainString("[eval]", "const assert = require('assert');\n"+
		"try { assert.ok(1 > 2); } catch (e) { console.log(JSON.stringify(e.message)); }")
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, stderr %s", code, err, errOut.String())
	}
	want := `"The expression evaluated to a falsy value:\n\n  assert.ok(1 > 2)\n"` + "\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
