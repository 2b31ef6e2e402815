package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/test/oracle"
)

// buildNodenet builds the command into a temporary folder.
func buildNodenet(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "nodenet")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

var rePID = regexp.MustCompile(`\(node:\d+\)`)

// runCmd runs bin with args in dir and returns its output (the pid of
// "(node:PID)" normalised) and exit code.
func runCmd(t *testing.T, dir, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), rePID.ReplaceAllString(errb.String(), "(node:PID)"), code
}

// TestFlagsAsNode runs the command and real Node with the same options and
// compares standard output, standard error and exit code.
func TestFlagsAsNode(t *testing.T) {
	node := oracle.Require(t)
	bin := buildNodenet(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pre.js"), []byte("globalThis.preloaded = 'yes';\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NODENET_CLI_ENV", "from the environment")
	secret := filepath.Join(filepath.Dir(dir), "elsewhere", "secret.json")
	if err := os.MkdirAll(filepath.Dir(secret), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(secret, []byte(`{"where":"elsewhere"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{"-p", "1 + 2"},
		{"--print", "({ a: [1, 'x'] })"},
		{"-r", "./pre.js", "-p", "preloaded"},
		{"--require", "./pre.js", "-e", "console.log(typeof preloaded)"},
		{"--stack-trace-limit=1", "-e", "function f() { return new Error('x'); }\nconsole.log(f().stack)"},
		{"--no-warnings", "-e", "process.emitWarning('hidden'); process.on('warning', (w) => console.log('got', w.message))"},
		{"-e", "process.emitWarning('shown', 'CustomWarning', 'C01')"},
		{"--unhandled-rejections=warn", "-e", "Promise.reject(42); setTimeout(() => console.log('later'), 5)"},
		{"--unhandled-rejections=none", "-e", "Promise.reject(42); setTimeout(() => console.log('later'), 5)"},
		{"--unhandled-rejections=warn-with-error-code", "-e", "Promise.reject(42)"},
		{"--input-type=commonjs", "-e", "console.log(typeof require)"},
		{"--input-type=module", "-e", "import { sep } from 'node:path'; console.log(sep, typeof require, import.meta.url.endsWith('/[eval1]'), await Promise.resolve(3))"},
		{"--input-type=module", "-e", "import('node:os').then((os) => console.log(typeof os.default.cpus, os.EOL === '\\n'))"},
		{"--expose-gc", "-e", "const d = Object.getOwnPropertyDescriptor(globalThis, 'gc'); console.log(typeof gc, gc.name, gc.length, gc(), gc({ type: 'major' }), d.writable, d.enumerable, d.configurable); const p = gc({ execution: 'async' }); console.log(p); p.then((v) => console.log('async', v)); setImmediate(() => console.log('immediate')); Promise.resolve().then(() => console.log('microtask'))"},
		{"--expose_gc", "-e", "console.log(typeof gc)"},
		{"-e", "console.log(typeof gc)"},
		{"--no-deprecation", "-e", "process.emitWarning('old', 'DeprecationWarning', 'DEP1'); console.log(process.noDeprecation)"},
		{"-e", "process.emitWarning('old', 'DeprecationWarning', 'DEP1')"},
		// The command is node, not a sandbox: the real environment, file
		// requires from anywhere, and process.exit ends the process.
		{"-p", "process.env.NODENET_CLI_ENV"},
		{"-p", "require(" + strconv.Quote(secret) + ").where"},
		{"-p", "require('../" + filepath.Base(filepath.Dir(secret)) + "/secret.json').where"},
		{"-e", "setInterval(() => {}, 1000); setTimeout(() => process.exit(4), 5)"},
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			wantOut, wantErr, wantCode := runCmd(t, dir, node, args...)
			gotOut, gotErr, gotCode := runCmd(t, dir, bin, args...)
			if gotOut != wantOut || gotErr != wantErr || gotCode != wantCode {
				t.Errorf("nodenet %q:\nstdout %q (node %q)\nstderr %q (node %q)\nexit %d (node %d)",
					args, gotOut, wantOut, gotErr, wantErr, gotCode, wantCode)
			}
		})
	}
}

// TestRefusedFlags: options that cannot apply, and unknown ones, end with
// Node's bad-option exit code and one line naming the option.
func TestRefusedFlags(t *testing.T) {
	bin := buildNodenet(t)
	dir := t.TempDir()
	for args, want := range map[string]string{
		"--inspect x.js":                "nodenet: --inspect is not supported by nodenet\n",
		"--inspect-brk x.js":            "nodenet: --inspect-brk is not supported by nodenet\n",
		"--max-old-space-size=100 x.js": "nodenet: --max-old-space-size is not supported by nodenet\n",
		"--jitless x.js":                "nodenet: --jitless is not supported by nodenet\n",
		"--foo x.js":                    "nodenet: bad option: --foo\n",
		"--input-type=wasm -e 1":        "nodenet: --input-type must be \"module\" or \"commonjs\"\n",
	} {
		_, stderr, code := runCmd(t, dir, bin, strings.Fields(args)...)
		if stderr != want || code != 9 {
			t.Errorf("nodenet %s: stderr %q, exit %d; want %q, exit 9", args, stderr, code, want)
		}
	}
	out, _, code := runCmd(t, dir, bin, "--help")
	if code != 0 || !strings.Contains(out, "--unhandled-rejections=mode") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}

// TestStdinScript: without a script the command runs its standard input,
// as CommonJS or, with --input-type=module, as an ES module; --print
// refuses module input as Node does.
func TestStdinScript(t *testing.T) {
	node := oracle.Require(t)
	bin := buildNodenet(t)
	dir := t.TempDir()
	run := func(bin, input string, args ...string) (string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(input)
		out, err := cmd.Output()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	for _, c := range []struct {
		input string
		args  []string
	}{
		{"console.log(typeof require, typeof module)", nil},
		{"import { sep } from 'node:path'; console.log(sep, import.meta.url.endsWith('/[eval1]'), await 2)", []string{"--input-type=module"}},
		{"console.log(1); process.exitCode = 3", []string{"--input-type=module"}},
		{"1", []string{"--input-type=module", "-p", "2"}},
	} {
		wantOut, wantCode := run(node, c.input, c.args...)
		gotOut, gotCode := run(bin, c.input, c.args...)
		if gotOut != wantOut || gotCode != wantCode {
			t.Errorf("%q %v: stdout %q exit %d, node %q exit %d", c.input, c.args, gotOut, gotCode, wantOut, wantCode)
		}
	}
}
