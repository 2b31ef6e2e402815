package script

import (
	"bytes"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script/internal/host"
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

// runHost runs src as node -e under a host made with opts and the library
// (the default allowlist when opts.Modules is nil) and returns its stdout
// and exit code.
func runHost(t *testing.T, opts host.Options, src string) (string, int) {
	t.Helper()
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	opts.Stdout, opts.Stderr, opts.Library = &out, &errOut, library
	if opts.Modules == nil {
		opts.Modules = DefaultModules
	}
	h, err := host.New(loop, opts)
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
