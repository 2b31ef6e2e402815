package script_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

// runWithEnv runs src as a script file with env as its environment and
// returns what it wrote to stdout and stderr.
func runWithEnv(t *testing.T, src string, env []string) (string, string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	loop, err := eventloop.New()
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := script.New(loop, script.Options{
		Modules: script.AllModules, Stdout: &out, Stderr: &errOut,
		Argv: []string{"nodenet", file}, Env: env,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if code, err := h.RunMain(file); err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, errOut.String())
	}
	return out.String(), errOut.String()
}

// TestDebuglogNodeDebug checks util.debuglog against NODE_DEBUG as Node 26
// prints it (sections matched case-insensitively, '*' wildcards, no
// trimming, "SECTION PID: message" on stderr).
func TestDebuglogNodeDebug(t *testing.T) {
	src := `const util = require('util');
for (const s of ['alpha', 'ALPHA', 'beta', 'bet', 'gamma', 'delta', 'x-y', 'xy']) {
  const d = util.debuglog(s, (fn) => console.log('cb', s, fn.name));
  console.log(s, d.enabled);
  d('hello %s %d', 'w', 42, { a: 1 });
}`
	out, errOut := runWithEnv(t, src, []string{"NODE_DEBUG=alpha,be*,GAMMA, delta ,x-y"})
	wantOut := "alpha true\ncb alpha debug\nALPHA true\ncb ALPHA debug\nbeta true\ncb beta debug\n" +
		"bet true\ncb bet debug\ngamma true\ncb gamma debug\ndelta false\nx-y true\ncb x-y debug\nxy false\n"
	if out != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, wantOut)
	}
	pid := strings.Fields(errOut)
	if len(pid) < 2 {
		t.Fatalf("stderr: %q", errOut)
	}
	p := strings.TrimSuffix(pid[1], ":")
	var want strings.Builder
	for _, s := range []string{"ALPHA", "ALPHA", "BETA", "BET", "GAMMA", "X-Y"} {
		want.WriteString(s + " " + p + ": hello w 42 { a: 1 }\n")
	}
	if errOut != want.String() {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want.String())
	}
}

// TestTypesKinds pins the goja object kinds util.types reads, so that a
// goja upgrade which renames its implementation types fails here.
func TestTypesKinds(t *testing.T) {
	src := `const t = require('util').types;
console.log([t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()),
  t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isArrayBuffer(new ArrayBuffer(1)),
  t.isDataView(new DataView(new ArrayBuffer(1))), t.isDate(new Date()), t.isRegExp(/x/), t.isNativeError(new Error()),
  t.isArgumentsObject((function () { return arguments; })()), t.isGeneratorObject((function* () {})()),
  t.isGeneratorFunction(function* () {}), t.isAsyncFunction(async () => {}), t.isAsyncFunction(async function () {}),
  t.isPromise(Promise.resolve()), t.isProxy(new Proxy({}, {})), t.isStringObject(new String('')),
  t.isNumberObject(new Number(1)), t.isBooleanObject(new Boolean(true)), t.isSymbolObject(Object(Symbol())),
  t.isBigIntObject(Object(1n))].join(' '));
console.log([t.isMap(Object.create(Map.prototype)), t.isDate(Object.create(Date.prototype)),
  t.isNativeError(Object.create(Error.prototype)), t.isPromise({ then() {} }), t.isSymbolObject(Object(1n))].join(' '));`
	out, _ := runWithEnv(t, src, nil)
	want := strings.TrimSpace(strings.Repeat("true ", 23)) + "\nfalse false false false false\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
