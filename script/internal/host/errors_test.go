package host

import "testing"

// TestJSONSyntaxMessage checks V8's JSON.parse messages (as real Node 26
// prints them) for the first error of each text.
func TestJSONSyntaxMessage(t *testing.T) {
	for src, want := range map[string]string{
		"":          "Unexpected end of JSON input",
		"xyz":       `Unexpected token 'x', "xyz" is not valid JSON`,
		"[1,]":      `Unexpected token ']', "[1,]" is not valid JSON`,
		"{a:1}":     "Expected property name or '}' in JSON at position 1 (line 1 column 2)",
		`{"a":1`:    "Expected ',' or '}' after property value in JSON at position 6 (line 1 column 7)",
		`{"a" 1}`:   "Expected ':' after property name in JSON at position 5 (line 1 column 6)",
		"[1 2]":     "Expected ',' or ']' after array element in JSON at position 3 (line 1 column 4)",
		"[":         "Unexpected end of JSON input",
		`"abc`:      "Unterminated string in JSON at position 4 (line 1 column 5)",
		`"\q"`:      "Bad escaped character in JSON at position 2 (line 1 column 3)",
		"1 2":       "Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)",
		"tru":       "Unexpected end of JSON input",
		"-":         "No number after minus sign in JSON at position 1 (line 1 column 2)",
		"1.":        "Unterminated fractional number in JSON at position 2 (line 1 column 3)",
		"1e":        "Exponent part is missing a number in JSON at position 2 (line 1 column 3)",
		"01":        "Unexpected number in JSON at position 1 (line 1 column 2)",
		`{"a":1,}`:  "Expected double-quoted property name in JSON at position 7 (line 1 column 8)",
		"undefined": `"undefined" is not valid JSON`,
		`"\u12"`:    "Bad Unicode escape in JSON at position 5 (line 1 column 6)",
		"[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x]": `Unexpected token 'x', ..."1,1,1,1,1,x]" is not valid JSON`,
		`{"ok": true}`: "",
	} {
		if got := jsonSyntaxMessage(src); got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
	}
}

// TestParseFrame reads goja's frame forms.
func TestParseFrame(t *testing.T) {
	f, ok := parseFrame("f (/a/b.js:3:9(12))")
	if !ok || f.fn != "f" || f.file != "/a/b.js" || f.line != 3 || f.col != 9 {
		t.Errorf("named frame: %+v %v", f, ok)
	}
	f, ok = parseFrame("node:events:12:4(7)")
	if !ok || f.fn != "" || f.file != "node:events" || f.line != 12 || f.col != 4 {
		t.Errorf("anonymous frame: %+v %v", f, ok)
	}
	f, ok = parseFrame("forEach (native)")
	if !ok || !f.native || f.fn != "forEach" {
		t.Errorf("native frame: %+v %v", f, ok)
	}
}

// TestNullBase tells a property access on the literal null from others.
func TestNullBase(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want bool
	}{
		{"null.x", 6, true},
		{"a = null . x", 12, true},
		{"null[0]", 5, true},
		{"null?.x.y", 9, false},
		{"o.null.x", 8, false},
		{"nullish.x", 9, false},
		{"u.x", 3, false},
		{"x", 5, false},
	} {
		if got := nullBase(tc.line, tc.col); got != tc.want {
			t.Errorf("nullBase(%q, %d) = %v", tc.line, tc.col, got)
		}
	}
}
