package path

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values are what Node 26.10.0 prints for the same calls.

func TestPosix(t *testing.T) {
	cwd := func() string { return "/cwd" }
	for _, c := range []struct{ in, norm, dir, base, ext string }{
		{"", ".", ".", "", ""},
		{"/", "/", "/", "", ""},
		{"//a", "/a", "//", "a", ""},
		{"/a//b", "/a/b", "/a/", "b", ""},
		{"a//", "a/", ".", "a", ""},
		{"./", "./", ".", ".", ""},
		{"a/..", ".", "a", "..", ""},
		{"/../..", "/", "/..", "..", ""},
		{".a.", ".a.", ".", ".a.", "."},
		{"..a", "..a", ".", "..a", ".a"},
		{"dir/file.tar.gz", "dir/file.tar.gz", "dir", "file.tar.gz", ".gz"},
	} {
		assert.Equal(t, c.norm, posixNormalize(c.in), "normalize %q", c.in)
		assert.Equal(t, c.dir, posixF.dirname(c.in), "dirname %q", c.in)
		assert.Equal(t, c.base, posixF.basename(c.in, "", false), "basename %q", c.in)
		assert.Equal(t, c.ext, posixF.extname(c.in), "extname %q", c.in)
	}
	assert.Equal(t, "", posixF.basename("b.txt", "b.txt", true))
	assert.Equal(t, "b.txt", posixF.basename("/b.txt", "b.txt", true))
	assert.Equal(t, "/", posixF.basename("/", "b", true))
	assert.Equal(t, "/cwd/a/b", posixResolve([]string{"a", "", "b"}, cwd))
	assert.Equal(t, "/c", posixResolve([]string{"/a", "/b", "../c"}, cwd))
	assert.Equal(t, "/a", posixJoin([]string{"/", "..", "a"}))
	assert.Equal(t, "../bc", posixF.relative("/a/b", "/a/bc"))
	assert.Equal(t, [5]string{"/", "/", "", "", ""}, posixF.parse("///"))
	assert.Equal(t, [5]string{"/", "/a/", "b", "", "b"}, posixF.parse("/a//b"))
}

func TestWin32(t *testing.T) {
	cwd := func() string { return "/cwd" }
	env := func(k string) string {
		if k == "=C:" {
			return `C:\foo`
		}
		return ""
	}
	for _, c := range [][2]string{
		{`\\.\c:\x\..\..`, `\\.\`},
		{`\\.\`, `\`},
		{`\\?\`, `\?\`},
		{`\\?\UNC\srv\sh\x\..\..`, `\\?\UNC\srv`},
		{`\\srv`, `\srv`},
		{`\\srv\sh`, `\\srv\sh\`},
		{`//srv//sh/a`, `\\srv\sh\a`},
		{`C:`, `C:.`},
		{`C:..\a`, `C:..\a`},
		{`c:/a/../..`, `c:\`},
		{`CON:x`, `.\CON:x`},
		{`NUL:`, `.\NUL:.`},
		{`nul:/`, `.\nul:.\`},
		{`a\b:`, `.\a\b:`},
		{`a/b:/..`, `.\a`},
		{`foo:../x`, `foo:..\x`},
		{`a:b/../c:d`, `a:c:d`},
	} {
		assert.Equal(t, c[1], win32Normalize(c[0], true), "normalize %q", c[0])
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{`C:a`}, `C:\foo\a`},
		{[]string{`D:a`}, `D:\cwd\a`},
		{[]string{`c:\x`, `d:y`}, `d:\cwd\y`},
		{[]string{`//srv/share/a/../..`}, `\\srv\share\`},
		{[]string{`C:\a`, `\b`}, `C:\b`},
		{nil, `\cwd`},
	} {
		assert.Equal(t, c.want, win32Resolve(c.args, cwd, env), "resolve %q", c.args)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{`\\`, "srv", "sh"}, `\srv\sh`},
		{[]string{`\\srv\sh`}, `\\srv\sh\`},
		{[]string{"a", "..", "CON:x"}, `a\..\CON:x`},
		{[]string{"a/./b", "x/con:"}, `.\a\b\x\con:`},
		{[]string{"a", "COM1:"}, `a\COM1:`},
		{[]string{"", ""}, "."},
	} {
		assert.Equal(t, c.want, win32Join(c.args), "join %q", c.args)
	}
	for _, c := range [][3]string{
		{`C:\a\b`, `D:\a`, `D:\a`},
		{`C:\A\b`, `c:\a\c`, `..\c`},
		{`\a`, `\b`, `\b`},
		{`\\s\h\a`, `\\s\h2\a`, `..\..\h2\a`},
		{`\x`, `\`, `..`},
		{`\`, `\x`, `x`},
		{`\D:`, `D:\`, `..D:`},
	} {
		assert.Equal(t, c[2], win32F.relative(c[0], c[1]), "relative %q %q", c[0], c[1])
	}
	assert.Equal(t, `\\srv\sh`, win32F.dirname(`\\srv\sh`))
	assert.Equal(t, `\\\srv`, win32F.dirname(`\\\srv\sh`))
	assert.Equal(t, `//`, win32F.basename(`D://`, "b", true))
	assert.Equal(t, [5]string{`//srv//sh/`, `//srv//sh/`, "a", "", "a"}, win32F.parse(`//srv//sh/a`))
	assert.Equal(t, `\\?\UNC\srv\sh\`, win32ToNamespaced(`\\srv\sh`, `\\srv\sh\`))
	assert.Equal(t, `\\?\C:\x`, win32ToNamespaced(`C:\x`, `C:\x`))
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		p, pat string
		want   bool
	}{
		{".a", "*", false}, {"a/b/c", "a/**", true}, {"a", "a/**", false}, {"a/", "a/**", true},
		{".a/b", "**", false}, {"a/c.js", "a/**/*.js", true}, {"db", "[!a-c]b", true}, {"a.ts", "*.{js,ts}", true},
		{"a/", "a", true}, {"a", "a/", false}, {"x/y", `x\y`, true}, {"", "", true}, {"", "*", false},
		{"a.js", "@(a|b).js", true}, {"c.js", "+(a|c).js", true}, {"ab.js", "!(a).js", true}, {"a.js", "!(a).js", false},
		{"a.js", "?(a).js", true}, {"a", "[[:alpha:]]", true}, {"x1", "x{1..3}", true}, {"a/../b", "b", true},
	} {
		assert.Equal(t, c.want, posixF.matchGlob(c.p, c.pat), "%q ~ %q", c.p, c.pat)
	}
	assert.True(t, win32F.matchGlob(`a\b`, "a/b"))
	assert.False(t, posixF.matchGlob(`a\b`, "a/b"))
}

// TestNoPanic feeds every function bounded random strings of path
// characters.
func TestNoPanic(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const alphabet = `ab.:\/?C*[]{},!^()|@+`
	gen := func() string {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		return string(b)
	}
	cwd := func() string { return "/cwd" }
	env := func(string) string { return "" }
	for i := 0; i < 5000; i++ {
		a, b := gen(), gen()
		for _, f := range []flavour{posixF, win32F} {
			f.dirname(a)
			f.basename(a, b, true)
			f.extname(a)
			f.parse(a)
			f.matchGlob(a, b)
		}
		posixNormalize(a)
		posixJoin([]string{a, b})
		posixF.relative(posixResolve([]string{a}, cwd), posixResolve([]string{b}, cwd))
		win32Normalize(a, true)
		win32Join([]string{a, b})
		ra, rb := win32Resolve([]string{a}, cwd, env), win32Resolve([]string{b}, cwd, env)
		win32F.relative(ra, rb)
		win32ToNamespaced(a, ra)
	}
}
