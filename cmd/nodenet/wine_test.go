//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/nodenet/nodenet/test/oracle"
)

// WineEnv, set to 1 (make test-windows sets it), runs
// TestWindowsCommandUnderWine: wine has no go command, so the Windows
// build of the command is made here and run under wine from Linux.
const WineEnv = "NODENET_WINE"

// TestWindowsCommandUnderWine builds the command for Windows and runs
// scripts with it under wine (test/wine/setup.sh prepares wine): scenarios
// of the conformance folders, whose output must be their golden file and
// whose exit code real Node's (when the oracle is installed), and a few
// options.
func TestWindowsCommandUnderWine(t *testing.T) {
	if os.Getenv(WineEnv) != "1" {
		t.Skipf("set %s=1 to run the Windows command under wine (make test-windows)", WineEnv)
	}
	wine, err := filepath.Abs("../../test/wine/run")
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(t.TempDir(), "nodenet.exe")
	build := exec.Command("go", "build", "-o", exe, ".")
	build.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	_, oracleErr := oracle.Path()
	for _, script := range []string{
		"../../examples/echo.js",                            // a TCP server and client on loopback
		"../../test/conformance/js/module_errors.js",        // CommonJS resolution and its errors
		"../../test/conformance/js/esm_forms.mjs",           // ES modules from files
		"../../test/conformance/js/esm_dynamic.mjs",         // import() of files
		"../../test/conformance/loop/io_immediate_first.js", // fs callbacks in the poll phase
		"../../test/conformance/js/process_exit_code.js",    // the exit code
		"../../test/conformance/js/uncaught_exit.js",        // an uncaught error ends the process
		"../../test/conformance/net/server_close_with_connections.js",
	} {
		t.Run(filepath.Base(script), func(t *testing.T) {
			abs, err := filepath.Abs(script)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(stem(abs) + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			stdout, stderr, code := runUnderWine(t, filepath.Dir(abs), wine, exe, filepath.Base(abs))
			if stdout != string(golden) {
				t.Errorf("stdout %q, golden %q\nstderr:\n%s", stdout, golden, stderr)
			}
			if oracleErr == nil {
				if want := oracle.Run(t, abs).ExitCode; code != want {
					t.Errorf("exit code %d, Node's %d\nstderr:\n%s", code, want, stderr)
				}
			}
		})
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-p", "1 + 2"}, "3\n"},
		{[]string{"-e", "const path = require('path'); console.log(process.platform, path.sep, path === path.win32, JSON.stringify(require('os').EOL))"}, "win32 \\ true \"\\r\\n\"\n"},
		{[]string{"--input-type=module", "-e", "import { sep } from 'node:path'; console.log(sep, await Promise.resolve(3))"}, "\\ 3\n"},
	} {
		stdout, stderr, code := runUnderWine(t, t.TempDir(), wine, append([]string{exe}, c.args...)...)
		if stdout != c.want || code != 0 {
			t.Errorf("nodenet %q: stdout %q, want %q; exit %d\nstderr:\n%s", c.args, stdout, c.want, code, stderr)
		}
	}
}

// runUnderWine is runCmd under wine. A run that ends in failure having
// printed nothing at all, on either stream, is run once more: wine, on a
// loaded machine, now and then fails to start a process (exit code 1, no
// output, in less time than a start takes), while every failure of the
// command itself prints why. A second such run fails the test.
func runUnderWine(t *testing.T, dir, wine string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	stdout, stderr, code = runCmd(t, dir, wine, args...)
	if code != 0 && stdout == "" && stderr == "" {
		t.Logf("wine: %q ended with exit code %d and no output; running it again", args[1:], code)
		stdout, stderr, code = runCmd(t, dir, wine, args...)
	}
	return stdout, stderr, code
}

// stem is a script's path without its extension.
func stem(path string) string { return path[:len(path)-len(filepath.Ext(path))] }
