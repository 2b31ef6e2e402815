package host

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// positionsKept checks that the transformed code has the source's length
// and its line breaks at the same offsets.
func positionsKept(t testing.TB, src, code string) {
	t.Helper()
	if len(code) != len(src) {
		t.Fatalf("length %d, source %d", len(code), len(src))
	}
	for i := 0; i < len(src); i++ {
		if (src[i] == '\n') != (code[i] == '\n') {
			t.Fatalf("line break moved at offset %d:\n%s", i, code)
		}
	}
}

func TestESMTransform(t *testing.T) {
	type imp struct{ local, imported, spec string }
	type exp struct{ exported, local string }
	tests := []struct {
		name     string
		src      string
		code     string // the transformed body ("" = not checked)
		imports  []imp
		locals   []exp
		requests []string
		tla      bool
	}{
		{
			name:     "default and named",
			src:      "import a, { b as c, d } from './x.mjs';\nc(d);",
			code:     "                                       \nc(d);",
			imports:  []imp{{"a", "default", "./x.mjs"}, {"c", "b", "./x.mjs"}, {"d", "d", "./x.mjs"}},
			requests: []string{"./x.mjs"},
		},
		{
			name:     "namespace and side effect, no semicolons",
			src:      "import * as ns from \"node:fs\"\nimport 'y'\nns.x",
			code:     "                             \n          \nns.x",
			imports:  []imp{{"ns", "*", "node:fs"}},
			requests: []string{"node:fs", "y"},
		},
		{
			name:     "string names and attributes",
			src:      "import { 'a b' as ab } from './d.json' with { type: 'json' };",
			imports:  []imp{{"ab", "a b", "./d.json"}},
			requests: []string{"./d.json"},
		},
		{
			name:   "export declarations",
			src:    "export const a = 1, b = f(1, 2);\nexport let c\nexport function d() {}\nexport class E {}\nexport async function g() {}",
			code:   "       const a = 1, b = f(1, 2);\n       let c\n       function d() {}\n       class E {}\n       async function g() {}",
			locals: []exp{{"a", "a"}, {"b", "b"}, {"c", "c"}, {"d", "d"}, {"E", "E"}, {"g", "g"}},
		},
		{
			name:   "destructuring",
			src:    "export const { a, b: [c, , d = 1], ...e } = o, [f = g(1, 2), ...h] = p;",
			locals: []exp{{"a", "a"}, {"c", "c"}, {"d", "d"}, {"e", "e"}, {"f", "f"}, {"h", "h"}},
		},
		{
			name:   "declaration across lines",
			src:    "export const a = [\n1,\n2\n],\nb = 2\nconst c = 3, d = 4",
			locals: []exp{{"a", "a"}, {"b", "b"}},
		},
		{
			name:   "export list",
			src:    "const a = 1, b = 2;\nexport { a, b as c, a as 'd e' };",
			code:   "const a = 1, b = 2;\n                                 ",
			locals: []exp{{"a", "a"}, {"c", "b"}, {"d e", "a"}},
		},
		{
			name:   "default expression",
			src:    "export default 1 + 2;",
			code:   "const  $nnd =  1 + 2;",
			locals: []exp{{"default", "$nnd"}},
		},
		{
			name:   "default named function",
			src:    "export default function f() {}",
			code:   "               function f() {}",
			locals: []exp{{"default", "f"}},
		},
		{
			name:   "default anonymous class",
			src:    "export default class {}",
			code:   "const  $nnd =  class {}",
			locals: []exp{{"default", "$nnd"}},
		},
		{
			name:     "re-exports",
			src:      "export * from './a.mjs';\nexport * as ns from './b.mjs';\nexport { x, y as z } from './a.mjs';",
			code:     "                        \n                              \n                                    ",
			requests: []string{"./a.mjs", "./b.mjs"},
		},
		{
			name: "not declarations",
			src:  "const s = 'import x from \"y\"', t = `export ${`import ${a}`}`;\nconst r = /import|export/g, o = { import: 1, export: 2 };\no.import; o?.export;\n// import a from 'b'\n/* export const z = 1 */",
			code: "const s = 'import x from \"y\"', t = `export ${`import ${a}`}`;\nconst r = /import|export/g, o = { import: 1, export: 2 };\no.import; o?.export;\n// import a from 'b'\n/* export const z = 1 */",
		},
		{
			name:    "regex after a parenthesis-less keyword, division after a value",
			src:     "function f(a) { return /}/.test(a) ? a / 2 / 1 : 0 }\nimport x from 'y';",
			code:    "function f(a) { return /}/.test(a) ? a / 2 / 1 : 0 }\n                  ",
			imports: []imp{{"x", "default", "y"}}, requests: []string{"y"},
		},
		{
			name: "dynamic import and import.meta",
			src:  "const m = import('./a.mjs'), u = import.meta.url;\nclass C { import() {} }\n",
			code: "const m = $nnimp('./a.mjs'), u = $nnimp.meta.url;\nclass C { import() {} }\n",
		},
		{
			name: "top-level await",
			src:  "const x = await f();",
			tla:  true,
		},
		{
			name: "await only inside functions",
			src:  "async function f() { await g(); }\nconst h = async () => await g();",
		},
		{
			name: "import inside a block is left for the compiler",
			src:  "{ import x from 'y'; }",
			code: "{ import x from 'y'; }",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := esmTransform(tc.src)
			positionsKept(t, tc.src, s.code)
			if len(s.imp) != len("import") || strings.Contains(tc.src, s.imp) {
				t.Fatalf("hidden name %q", s.imp)
			}
			// $nnimp in the expected code stands for the module's hidden name.
			// $nnimp and $nnd in the expected code stand for the module's
			// hidden names.
			want := strings.NewReplacer("$nnimp", s.imp, "$nnd", s.def).Replace(tc.code)
			if tc.code != "" && s.code != want {
				t.Errorf("code:\n%q\nwant\n%q", s.code, want)
			}
			var imps []imp
			for _, im := range s.imports {
				imps = append(imps, imp{im.local, im.imported, s.requests[im.req].spec})
			}
			if !reflect.DeepEqual(imps, tc.imports) {
				t.Errorf("imports %v, want %v", imps, tc.imports)
			}
			var locals []exp
			for _, l := range s.locals {
				if l.local == s.def {
					l.local = "$nnd"
				}
				locals = append(locals, exp{l.exported, l.local})
			}
			if !reflect.DeepEqual(locals, tc.locals) {
				t.Errorf("locals %v, want %v", locals, tc.locals)
			}
			var reqs []string
			for _, r := range s.requests {
				reqs = append(reqs, r.spec)
			}
			if !reflect.DeepEqual(reqs, tc.requests) {
				t.Errorf("requests %v, want %v", reqs, tc.requests)
			}
			if s.tla != tc.tla {
				t.Errorf("tla %v, want %v", s.tla, tc.tla)
			}
		})
	}
}

func TestESMReExports(t *testing.T) {
	s := esmTransform("export * from './a.mjs';\nexport * as ns from './b.mjs';\nexport { x, y as z } from './a.mjs';")
	want := []esmIndirect{{"ns", "*", 1, 25}, {"x", "x", 0, 65}, {"z", "y", 0, 68}}
	if !reflect.DeepEqual(s.indirect, want) {
		t.Errorf("indirect %v, want %v", s.indirect, want)
	}
	if !reflect.DeepEqual(s.stars, []int{0}) {
		t.Errorf("stars %v", s.stars)
	}
}

func TestESMStableNames(t *testing.T) {
	src := `export const a = 1, { b } = o;
export let c = 1;
export function d() {}
export function e() {}
export class F {}
export function g() {}
export function h() {}
export function k() {}
function later() { e = null; F += 1; }
g++;
[h] = [1];
if (k == 1 || k === 2) { (() => k)(); }
export default 3;`
	s := esmTransform(src)
	want := map[string]bool{"a": true, "b": true, "d": true, "k": true, "later": true, s.def: true}
	if !reflect.DeepEqual(s.stable, want) {
		t.Errorf("stable %v, want %v", s.stable, want)
	}
}

func TestESMDeclarationErrors(t *testing.T) {
	for src, want := range map[string]esmSyntaxError{
		"import { a from './a.mjs';":  {"Unexpected identifier 'from'", 11, 4},
		"import a, from './a.mjs';":   {"Unexpected token ','", 8, 1},
		"export { a b };":             {"Unexpected identifier 'b'", 11, 1},
		"import x from;":              {"Unexpected token ';'", 13, 1},
		"import {a as 1} from 'x';":   {"Unexpected number", 13, 1},
		"x;\nexport * from":           {"Unexpected end of input", 16, 1},
		"export const { a: 1 } = o;":  {"Unexpected number", 18, 1},
		"import { a } from './a.mjs'": {},
	} {
		s := esmTransform(src)
		var got esmSyntaxError
		if s.err != nil {
			got = *s.err
		}
		if got != want {
			t.Errorf("%q: %+v, want %+v", src, got, want)
		}
	}
}

func TestCJSImports(t *testing.T) {
	h := &Host{}
	h.state = map[any]any{esmKey{}: &esmLoader{h: h}}
	src := "const p = import('./a.mjs'); o.import('x'); class C { import(a) { return a } }\nconst s = 'import(1)';"
	got, imp := h.cjsImports(src)
	if len(imp) != len("import") || strings.Contains(src, imp) {
		t.Fatalf("hidden name %q", imp)
	}
	want := "const p = " + imp + "('./a.mjs'); o.import('x'); class C { import(a) { return a } }\nconst s = 'import(1)';"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHasModuleSyntax(t *testing.T) {
	for src, want := range map[string]bool{
		"import fs from 'fs';":          true,
		"export const a = 1;":           true,
		"console.log(import.meta.url)":  true,
		"await 1;":                      true,
		"const x = require('x');":       false,
		"import('x').then(() => {});":   false,
		"const s = 'export default 1';": false,
	} {
		if got := hasModuleSyntax(src); got != want {
			t.Errorf("hasModuleSyntax(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestFileURL(t *testing.T) {
	for p, want := range map[string]string{
		"/tmp/a.mjs":      "file:///tmp/a.mjs",
		"/tmp/[eval1]":    "file:///tmp/[eval1]",
		"/tmp/a b#?%.mjs": "file:///tmp/a%20b%23%3F%25.mjs",
		"/tmp/é.mjs":      "file:///tmp/%C3%A9.mjs",
	} {
		if got := fileURL(p); got != want {
			t.Errorf("fileURL(%q) = %q, want %q", p, got, want)
		}
		if back := urlPath(fileURL(p)); back != p {
			t.Errorf("urlPath(fileURL(%q)) = %q", p, back)
		}
	}
}

// FuzzESMTransform: the transform never panics, keeps every line break
// where it was and the code as long as the source, whatever the input.
func FuzzESMTransform(f *testing.F) {
	for _, s := range []string{
		"import a, { b as c } from './x.mjs'; export default c;",
		"export const { a, b: [c] } = o; export * as n from 'm';",
		"`${`${'}'}`}` / 2 / /re/g; import(`x`); import.meta",
		"export default class { import() {} }",
		"import {",
		"export const",
		"/* unterminated",
		"'unterminated\nimport x from 'y'",
		"export { a as 'b' } from",
		"a = b\n/hi/g.exec(c)",
		"}}}))) import x from 'y'",
		"export let [a, {b = `${c}`}] = d\nexport function",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4096 {
			return
		}
		s := esmTransform(src)
		positionsKept(t, src, s.code)
		_ = s.head()
		for _, im := range s.imports {
			if im.req < 0 || im.req >= len(s.requests) {
				t.Fatalf("import of request %d of %d", im.req, len(s.requests))
			}
		}
		if strings.Count(s.code, "\n") != strings.Count(src, "\n") {
			t.Fatal("lines changed")
		}
	})
}

func TestModuleNamespace(t *testing.T) {
	vm := goja.New()
	h := &Host{vm: vm}
	l := h.esm()
	m := &esmModule{url: "node:x", kind: esmBuiltin, builtin: "x", status: esmEvaluated}
	exports := vm.NewObject()
	_ = exports.Set("b", 2)
	_ = exports.Set("a", 1)
	m.exports = exports
	ns := l.namespace(m)
	if got := ns.Keys(); !reflect.DeepEqual(got, []string{"a", "b", "default"}) {
		t.Errorf("keys %v", got)
	}
	_ = exports.Set("a", 10)
	if v := ns.Get("a").ToInteger(); v != 10 {
		t.Errorf("a = %d, want the live 10", v)
	}
	_ = exports.Set("b", 20)
	target, ok := h.ModuleNamespace(ns)
	if !ok || target.Get("b").ToInteger() != 20 || target.Prototype() != nil {
		t.Errorf("ModuleNamespace: %v %v", target, ok)
	}
	if _, ok := h.ModuleNamespace(exports); ok {
		t.Error("an ordinary object is no namespace")
	}
	vm.Set("ns", ns)
	v, err := vm.RunString(`'use strict'; let r = []; try { ns.a = 1 } catch (e) { r.push(e.message) }
		r.push(Object.prototype.toString.call(ns), Object.isExtensible(ns), delete ns.zz);
		try { delete ns.a } catch (e) { r.push(e.constructor.name) }
		r.join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	want := "Cannot assign to property 'a' of [object Module]|[object Module]|false|true|TypeError"
	if v.String() != want {
		t.Errorf("got %s\nwant %s", v, want)
	}
}

func TestSourceAt(t *testing.T) {
	h := &Host{}
	src := "import x from 'y';\nconsole.log(x);"
	head := esmTransform(src).head()
	h.noteSource("file:///a.mjs", src, len(head))
	got, l, c, ok := h.SourceAt("file:///a.mjs", 1, len(head)+8)
	if !ok || got != src || l != 1 || c != 8 {
		t.Errorf("SourceAt: %q %d:%d %v", got, l, c, ok)
	}
	if _, _, _, ok := h.SourceAt("file:///other.mjs", 1, 1); ok {
		t.Error("a file never compiled has no source")
	}
}

func TestHiddenName(t *testing.T) {
	src := "var \\u0024ab = 1, $c\\u{64} = 2;"
	for range 2000 {
		n := hiddenName(src, 3)
		if len(n) != 3 || n[0] != '$' || n == "$ab" || n == "$cd" {
			t.Fatalf("hiddenName: %q", n)
		}
	}
	if got := decodeEscapes(src); got != "var $ab = 1, $cd = 2;" {
		t.Errorf("decodeEscapes: %q", got)
	}
}
