package script_test

// Fuzz targets of the JavaScript host.
//
// FuzzRequire: module ids built from the fuzz input (bare names, "./",
// "../" and absolute paths, "node:" prefixes, ".." segments, empty, very
// long, NUL bytes, names of the files in a temporary root: a file, a JSON
// file, a directory with index.js, packages with and without a good main)
// go through Host.Require, a script's require and require.resolve of a
// host whose Dir is that root. Each gives a module (or a path) or a
// Node-style error whose code is one of MODULE_NOT_FOUND,
// ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_BUILTIN_MODULE or
// ERR_ACCESS_DENIED; never a Go panic, never a hang. Ids whose path would
// leave the root are skipped, so that no other file is ever loaded.
//
// FuzzNetArgs: net.createServer().listen(...) and net.connect(...) called
// by a script with argument lists and option objects built from the fuzz
// input (ports, hosts, backlogs, flags, families, hints, timeouts and
// lookups of every JavaScript type: numbers out of range, NaN, strings,
// objects, symbols, bigints, functions): each call throws an error with a
// string code (or, as Node does, the engine's TypeError for converting a
// Symbol or a BigInt), or succeeds and ends in 'listening'/'connect' or an 'error'
// event with a string code; nothing panics, and the loop ends with nothing
// open. Only loopback is used: hosts are loopback literals or go through a
// lookup function that answers 127.0.0.1 or ::1, and a listen always has
// a loopback host or a path in a temporary directory.

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

// requireRoot makes the temporary module tree FuzzRequire resolves in.
func requireRoot(tb testing.TB) string {
	root := tb.TempDir()
	files := map[string]string{
		"a.js":                             "module.exports = 'a';",
		"b.json":                           `{"b": 1}`,
		"cyc.js":                           "module.exports = require('./cyc.js');",
		"dir/index.js":                     "module.exports = 'dir';",
		"pkg/package.json":                 `{"main": "lib/main.js"}`,
		"pkg/lib/main.js":                  "module.exports = require('../../a');",
		"badpkg/package.json":              `{"main": "nope"}`,
		"node_modules/mod/index.js":        "module.exports = 'mod';",
		"node_modules/mod/sub.js":          "module.exports = require('mod');",
		"sub/deeper/x.js":                  "module.exports = require('../../b.json');",
		"node_modules/events/index.js":     "module.exports = 'not the builtin';",
		"node_modules/@scope/p/index.json": "[1, 2]",
	}
	for name, src := range files {
		p := filepath.Join(root, name)
		require.NoError(tb, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(tb, os.WriteFile(p, []byte(src), 0o644))
	}
	return root
}

var requirePrefixes = []string{"", "./", "../", "/", "node:", "./sub/../", "./sub/deeper/../../", "../../", "//", "./dir/"}

var requireNames = []string{"a", "a.js", "b", "b.json", "cyc", "dir", "pkg", "badpkg", "mod", "mod/sub", "events", "node:events",
	"net", "fs", "test", "sub/deeper/x", "@scope/p", ".", "..", "", "nope", "\x00", "a\x00b", "a.js\x00"}

// requireID builds a module id from the fuzz input.
func requireID(root string, sel uint8, name string) string {
	if sel&0x80 == 0 { // a name of the tree, chosen by the length of name
		name = requireNames[len(name)%len(requireNames)]
	}
	id := requirePrefixes[int(sel&0x0f)%len(requirePrefixes)] + name
	if strings.HasPrefix(id, "/") {
		id = root + id // absolute, but in the root
	}
	if sel&0x40 != 0 {
		id += strings.Repeat("/x", 2000) // very long
	}
	return id
}

// escapes reports whether resolving id could reach outside root.
func escapes(root, id string) bool {
	if strings.HasPrefix(id, "node:") {
		return false
	}
	if filepath.IsAbs(id) {
		return !strings.HasPrefix(filepath.Clean(id)+"/", root+"/")
	}
	if strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || id == "." || id == ".." {
		p := filepath.Join(root, id)
		return !strings.HasPrefix(p+"/", root+"/")
	}
	// A bare name is looked up in node_modules folders, up to "/".
	for _, seg := range strings.Split(id, "/") {
		if seg == ".." {
			return true
		}
	}
	return false
}

var requireCodes = map[string]bool{
	"MODULE_NOT_FOUND": true, "ERR_INVALID_ARG_VALUE": true, "ERR_INVALID_ARG_TYPE": true,
	"ERR_UNKNOWN_BUILTIN_MODULE": true, "ERR_ACCESS_DENIED": true,
}

func checkScriptErr(t *testing.T, what string, err error, codes map[string]bool) {
	t.Helper()
	if err == nil {
		return
	}
	se, ok := script.AsError(err)
	if !ok {
		t.Fatalf("%s: %T %v is not a *script.Error", what, err, err)
	}
	if codes != nil && !codes[se.Code] || codes == nil && se.Code == "" {
		t.Fatalf("%s: error code %q: %v", what, se.Code, err)
	}
}

// fuzzHost is one host shared by the runs of a fuzz target (making one
// costs some 100 ms): uncaught exceptions go to the current run's fail.
type fuzzHost struct {
	h    *script.Host
	loop *eventloop.Loop
	fail func(string)
}

func newFuzzHost(f *testing.F, dir string) *fuzzHost {
	loop, err := eventloop.New()
	require.NoError(f, err)
	fh := &fuzzHost{loop: loop}
	fh.h, err = script.New(loop, script.Options{Dir: dir, RequireRoots: []string{dir}, Stdout: discard{}, Stderr: discard{},
		OnUncaught: func(err *script.Error) { fh.fail("uncaught: " + err.Error()) }})
	require.NoError(f, err)
	f.Cleanup(func() {
		fh.h.Close()
		require.NoError(f, loop.Close())
	})
	return fh
}

// fdCount is the number of open descriptors of the process (-1 when
// /proc is not there).
func fdCount() int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func FuzzRequire(f *testing.F) {
	f.Add(uint8(0x81), "a")
	f.Add(uint8(0x84), "events")
	f.Add(uint8(0x84), "")
	f.Add(uint8(0x83), "a.js")
	f.Add(uint8(0x82), "nope/../a")
	f.Add(uint8(0x80), "mod/sub")
	f.Add(uint8(0xC1), "dir")
	f.Add(uint8(0x81), "a.js\x00")
	f.Add(uint8(0x35), "x")
	root := requireRoot(f)
	fh := newFuzzHost(f, root)
	f.Fuzz(func(t *testing.T, sel uint8, name string) {
		id := requireID(root, sel, name)
		if escapes(root, id) {
			t.Skip("leaves the root")
		}
		h := fh.h
		fh.fail = func(msg string) { t.Error(msg) }
		_, err := h.Require(id)
		checkScriptErr(t, "Host.Require", err, requireCodes)
		require.NoError(t, h.Set("id", id))
		_, err = h.RunString("req.js", "require(id)")
		checkScriptErr(t, "require", err, requireCodes)
		_, err = h.RunString("res.js", "require.resolve(id)")
		checkScriptErr(t, "require.resolve", err, requireCodes)
		require.NoError(t, fh.loop.Run())
	})
}

// jsValue turns a byte of the fuzz input into JavaScript source for a
// value of some type; PORT is the port of a live server of the script.
func jsValue(c byte, s string) string {
	switch c % 24 {
	case 0:
		return "undefined"
	case 1:
		return "null"
	case 2:
		return "true"
	case 3:
		return "false"
	case 4:
		return "0"
	case 5:
		return "-1"
	case 6:
		return "65536"
	case 7:
		return "1.5"
	case 8:
		return "NaN"
	case 9:
		return "Infinity"
	case 10:
		return "PORT"
	case 11:
		return "String(PORT)"
	case 12:
		return "' 0x10 '"
	case 13:
		return "{}"
	case 14:
		return "[1]"
	case 15:
		return "(() => {})"
	case 16:
		return "Symbol('s')"
	case 17:
		return "10n"
	case 18:
		return strconv.Quote(s) // a string from the input (Go quoting is valid JS here)
	case 19:
		return "''"
	case 20:
		return "-0"
	case 21:
		return "2 ** 31"
	case 22:
		return "'PORT'"
	}
	return strconv.Itoa(int(int8(c)) * 1000)
}

var jsHosts = []string{"'127.0.0.1'", "'::1'", "'localhost'", "'::ffff:127.0.0.1'", "'127.0.0.2'"}

// truthyJunk is a non-string host value that Node cannot take for "no host".
var truthyJunk = []string{"123", "{}", "[1]", "true", "Symbol('h')", "10n", "(() => {})"}

type fuzzBytes struct {
	b []byte
	s string
}

func (r *fuzzBytes) next() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzBytes) value() string { return jsValue(r.next(), r.s) }

// netScript builds the script of one FuzzNetArgs run.
func netScript(in []byte, s, dir string) string {
	r := &fuzzBytes{b: in, s: s}
	var call string
	switch r.next() % 5 {
	case 0: // listen(options, cb)
		host := jsHosts[int(r.next())%len(jsHosts)]
		if c := r.next(); c%4 == 0 {
			host = truthyJunk[int(c/4)%len(truthyJunk)]
		}
		var fields []string
		fields = append(fields, "host: "+host)
		for _, k := range []string{"port", "backlog", "ipv6Only", "exclusive", "reusePort"} {
			if c := r.next(); c%2 == 1 {
				fields = append(fields, k+": "+jsValue(c/2, s))
			}
		}
		call = "const t = net.createServer(); t.on('error', fail); t.listen({" + strings.Join(fields, ", ") + "}, settle); opened.push(t);"
	case 1: // listen(port, host, backlog, cb)
		host := jsHosts[int(r.next())%len(jsHosts)]
		call = "const t = net.createServer(); t.on('error', fail); t.listen(" + r.value() + ", " + host + ", " + r.value() + ", settle); opened.push(t);"
	case 2: // listen({path}) in the temporary directory
		name := strings.Map(func(c rune) rune {
			if c == '/' || c == 0 || c == '\\' {
				return '_'
			}
			return c
		}, s)
		path := strconv.Quote(filepath.Join(dir, "s"+name))
		if r.next()%2 == 1 {
			path = strconv.Quote("\x00nodenet-fuzz-" + name)
		}
		call = fmt.Sprintf("const t = net.createServer(); t.on('error', fail); t.listen({path: %s, readableAll: %s, writableAll: %s}, settle); opened.push(t);",
			path, r.value(), r.value())
	default: // connect(options, cb) or connect(port, host, cb)
		host := jsHosts[int(r.next())%len(jsHosts)]
		lookup := "fakeLookup"
		switch c := r.next(); c % 4 {
		case 0:
			host = strconv.Quote(s) // any name: the fake lookup answers
		case 1:
			lookup = "failLookup"
			host = strconv.Quote(s)
		case 2:
			if blocklistIsLoopbackLiteral(host) {
				lookup = jsValue(c/4, s) // not called for an IP literal
			}
		}
		fields := []string{"host: " + host, "lookup: " + lookup}
		for _, k := range []string{"port", "localAddress", "localPort", "family", "hints", "autoSelectFamily",
			"autoSelectFamilyAttemptTimeout", "timeout", "noDelay", "keepAlive", "keepAliveInitialDelay", "allowHalfOpen"} {
			if c := r.next(); c%2 == 1 || (k == "port" && c%4 == 0) {
				v := jsValue(c/2, s)
				if k == "port" && c%4 == 0 {
					v = "PORT"
				}
				if k == "localAddress" && v == strconv.Quote(s) {
					v = "'127.0.0.1'"
				}
				fields = append(fields, k+": "+v)
			}
		}
		call = "const c = net.connect({" + strings.Join(fields, ", ") + "}, settle); c.on('error', fail); c.on('close', settle); opened.push(c);"
	}
	return `{
const net = require('net');
const opened = [];
const check = (e) => {
  // Node too throws the engine's own TypeError when a Symbol or a BigInt
  // is converted (net.connect({localAddress: Symbol()}) in Node 26).
  if (e instanceof TypeError && /^Cannot (convert a (Symbol|BigInt) value|mix BigInt)/.test(e.message)) return;
  if (e === null || typeof e !== 'object' || typeof e.code !== 'string' || e.code === '') {
    report('no code: ' + (e && e.stack || String(e)));
  }
};
let done = false;
let timer;
const settle = () => {
  if (done) return;
  done = true;
  clearTimeout(timer);
  for (const o of opened) (o.destroy || o.close).call(o);
  srv.close();
};
const fail = (e) => { check(e); settle(); };
const fakeLookup = (host, opts, cb) => {
  if (opts && opts.all) cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};
const failLookup = (host, opts, cb) => {
  const e = new Error('getaddrinfo ENOTFOUND ' + host); e.code = 'ENOTFOUND'; cb(e);
};
const srv = net.createServer((s) => s.destroy());
srv.listen(0, '127.0.0.1', () => {
  const PORT = srv.address().port;
  timer = setTimeout(settle, 2000);
  try {
    ` + call + `
  } catch (e) {
    fail(e);
  }
});
}`
}

func blocklistIsLoopbackLiteral(host string) bool {
	return host == "'127.0.0.1'" || host == "'::1'" || host == "'::ffff:127.0.0.1'" || host == "'127.0.0.2'"
}

func FuzzNetArgs(f *testing.F) {
	f.Add([]byte{0, 0, 1, 1 | 10<<1, 0, 0, 0, 0}, "")               // listen on the port in use
	f.Add([]byte{0, 1, 1, 1 | 6<<1, 1 | 16<<1, 1 | 8<<1, 0, 0}, "") // port 65536, backlog a Symbol
	f.Add([]byte{1, 2, 9, 17}, "")                                  // listen(Infinity, host, 10n)
	f.Add([]byte{2, 0, 2, 18}, "a.sock")                            // IPC path
	f.Add([]byte{3, 0, 0, 0}, "some.name")                          // connect by name to our port
	f.Add([]byte{3, 0, 1, 0}, "some.name\x00")                      // a failing lookup
	f.Add([]byte{4, 1, 2, 1 | 5<<1, 1, 1 | 9<<1, 1 | 13<<1}, "x")   // bad family and hints
	dir := f.TempDir()
	fh := newFuzzHost(f, dir)
	f.Fuzz(func(t *testing.T, in []byte, s string) {
		if len(dir) > 60 {
			t.Skip("temp dir too long for socket paths")
		}
		before := fdCount()
		src := netScript(in, s, dir)
		fh.fail = func(msg string) { t.Errorf("%s\n%s", msg, src) }
		require.NoError(t, fh.h.Set("report", fh.fail))
		_, err := fh.h.RunString("net.js", src)
		require.NoError(t, err, src)
		guard := time.AfterFunc(10*time.Second, fh.loop.Stop)
		defer guard.Stop()
		require.NoError(t, fh.loop.Run(), src)
		if fh.loop.Alive() {
			t.Fatalf("the loop still has work after Run (a hang?)\n%s", src)
		}
		if after := fdCount(); before >= 0 && after > before {
			t.Fatalf("%d descriptors left open\n%s", after-before, src)
		}
	})
}
