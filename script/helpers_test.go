package script

import (
	"bytes"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
)

// runScript runs src as node -e under a host with modules (nil: the
// default allowlist) and returns its stdout and exit code.
func runScript(t *testing.T, modules []string, src string) (string, int) {
	t.Helper()
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := New(loop, Options{Stdout: &out, Stderr: &errOut, Modules: modules})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, err := h.RunMainString("[eval]", src)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), code
}
