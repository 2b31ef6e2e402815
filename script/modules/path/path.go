// Package path is the module group of node:path: lib/path.js, path/posix
// and path/win32. The path binding holds the string algorithms of both
// flavours; the JavaScript gives the module's shape and validates the
// arguments.
package path

import (
	"embed"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// flavour is the separator rules of one of the two path flavours.
type flavour struct {
	win bool
	sep byte // the separator the flavour writes
}

var (
	posixF = flavour{sep: '/'}
	win32F = flavour{win: true, sep: '\\'}
)

func (f flavour) isSep(c byte) bool { return c == '/' || (f.win && c == '\\') }

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// hasDrive reports whether p begins with a drive letter and a colon.
func hasDrive(p string) bool { return len(p) >= 2 && p[1] == ':' && isLetter(p[0]) }

// normSegments resolves "." and ".." in the segments of p (split at any
// separator, empty segments dropped). Without aboveRoot a ".." that has
// nothing left to remove is dropped; with it, it is kept.
func (f flavour) normSegments(p string, aboveRoot bool) string {
	var out []string
	i := 0
	for i < len(p) {
		for i < len(p) && f.isSep(p[i]) {
			i++
		}
		j := i
		for j < len(p) && !f.isSep(p[j]) {
			j++
		}
		seg := p[i:j]
		i = j
		switch seg {
		case "", ".":
		case "..":
			if n := len(out); n > 0 && out[n-1] != ".." {
				out = out[:n-1]
			} else if aboveRoot {
				out = append(out, "..")
			}
		default:
			out = append(out, seg)
		}
	}
	return strings.Join(out, string(f.sep))
}

// root is the root of a win32 path as resolve and normalize see it: the
// device (a drive "C:", a UNC share "\\server\share", or a device
// namespace "\\." or "\\?"), where the rest of the path begins, and
// whether the path is absolute.
type root struct {
	device string
	end    int
	abs    bool
}

// uncShare parses "\\server\share" at the start of p (any separators):
// the end of the share and the device written with backslashes, or -1
// when p does not begin with one.
func uncShare(p string) (int, string) {
	if len(p) < 3 || !win32F.isSep(p[0]) || !win32F.isSep(p[1]) || win32F.isSep(p[2]) {
		return -1, ""
	}
	j := 2
	for j < len(p) && !win32F.isSep(p[j]) {
		j++
	}
	server := p[2:j]
	for j < len(p) && win32F.isSep(p[j]) {
		j++
	}
	k := j
	for k < len(p) && !win32F.isSep(p[k]) {
		k++
	}
	if k == j {
		return -1, ""
	}
	return k, `\\` + server + `\` + p[j:k]
}

// win32Root parses the root of p for resolve and normalize.
func win32Root(p string) root {
	if len(p) == 0 {
		return root{}
	}
	if win32F.isSep(p[0]) {
		if len(p) > 4 && win32F.isSep(p[1]) && (p[2] == '.' || p[2] == '?') && win32F.isSep(p[3]) && strings.Trim(p[4:], `/\`) != "" {
			return root{device: `\\` + p[2:3], end: 4, abs: true}
		}
		if end, dev := uncShare(p); end >= 0 {
			return root{device: dev, end: end, abs: true}
		}
		return root{end: 1, abs: true}
	}
	if hasDrive(p) {
		if len(p) > 2 && win32F.isSep(p[2]) {
			return root{device: p[:2], end: 3, abs: true}
		}
		return root{device: p[:2], end: 2}
	}
	return root{}
}

// reservedDevice is the length of a Windows reserved device name followed
// by a colon at the start of p ("CON:", "COM1:"), or 0.
func reservedDevice(p string) int {
	i := strings.IndexByte(p, ':')
	if i < 3 || i > 4 {
		return 0
	}
	name := strings.ToUpper(p[:i])
	switch name {
	case "CON", "PRN", "AUX", "NUL":
		return i + 1
	}
	if len(name) == 4 && (name[:3] == "COM" || name[:3] == "LPT") && name[3] >= '1' && name[3] <= '9' {
		return i + 1
	}
	return 0
}

// joinRoot puts a root and a normalized tail together.
func (r root) join(tail string) string {
	if r.abs {
		return r.device + `\` + tail
	}
	if r.device+tail == "" {
		return "."
	}
	return r.device + tail
}

// win32Normalize is path.win32.normalize; reserved tells whether a leading
// reserved device name is kept apart from the rest ("CON:x" → ".\CON:x").
func win32Normalize(p string, reserved bool) string {
	if len(p) == 0 {
		return "."
	}
	if len(p) == 1 {
		if win32F.isSep(p[0]) {
			return `\`
		}
		return p
	}
	r := win32Root(p)
	if reserved && r.device == "" && !r.abs {
		if n := reservedDevice(p); n > 0 {
			tail := win32F.normSegments(p[n:], true)
			if tail == "" {
				tail = "."
			}
			if win32F.isSep(p[len(p)-1]) {
				tail += `\`
			}
			return `.\` + p[:n] + tail
		}
	}
	tail := ""
	if r.end < len(p) {
		tail = win32F.normSegments(p[r.end:], !r.abs)
	}
	if tail == "" && !r.abs {
		tail = "."
	}
	if tail != "" && win32F.isSep(p[len(p)-1]) {
		tail += `\`
	}
	if !r.abs && r.device == "" && (colonSegment(p) || hasDrive(tail)) {
		// A segment ending in a colon, or a first segment that starts
		// like a drive, could be read as one: the result is anchored
		// with ".\".
		return `.\` + tail
	}
	return r.join(tail)
}

// colonSegment reports whether a segment of p ends with a colon.
func colonSegment(p string) bool {
	for i := 1; i < len(p); i++ {
		if p[i] == ':' && (i+1 == len(p) || win32F.isSep(p[i+1])) {
			return true
		}
	}
	return false
}

func posixNormalize(p string) string {
	if p == "" {
		return "."
	}
	abs := p[0] == '/'
	trailing := p[len(p)-1] == '/'
	n := posixF.normSegments(p, !abs)
	if n == "" {
		if abs {
			return "/"
		}
		if trailing {
			return "./"
		}
		return "."
	}
	if trailing {
		n += "/"
	}
	if abs {
		return "/" + n
	}
	return n
}

// posixResolve resolves args right to left against cwd.
func posixResolve(args []string, cwd func() string) string {
	resolved := ""
	abs := false
	for i := len(args) - 1; i >= -1 && !abs; i-- {
		var p string
		if i >= 0 {
			p = args[i]
		} else {
			p = cwd()
		}
		if p == "" {
			continue
		}
		resolved = p + "/" + resolved
		abs = p[0] == '/'
	}
	n := posixF.normSegments(resolved, !abs)
	if abs {
		return "/" + n
	}
	if n == "" {
		return "."
	}
	return n
}

// win32Resolve resolves args right to left against cwd, and a drive-relative
// path against the drive's own directory (env "=C:").
func win32Resolve(args []string, cwd func() string, env func(string) string) string {
	device, tail := "", ""
	abs := false
	for i := len(args) - 1; i >= -1; i-- {
		var p string
		switch {
		case i >= 0:
			p = args[i]
		case device == "":
			p = cwd()
		default:
			p = env("=" + device)
			if p == "" {
				p = cwd()
			}
			if len(p) > 2 && !strings.EqualFold(p[:2], device) && p[2] == '\\' {
				p = device + `\`
			}
		}
		if p == "" {
			continue
		}
		r := win32Root(p)
		if r.device != "" {
			if device != "" && !strings.EqualFold(r.device, device) {
				continue
			}
			if device == "" {
				device = r.device
			}
		}
		if abs {
			if device != "" {
				break
			}
		} else {
			tail = p[r.end:] + `\` + tail
			abs = r.abs
			if abs && device != "" {
				break
			}
		}
		if i < 0 {
			break
		}
	}
	t := win32F.normSegments(tail, !abs)
	return root{device: device, abs: abs}.join(t)
}

// win32Join joins the non-empty args with backslashes and normalizes,
// keeping a UNC root only when the first argument spells one.
func win32Join(args []string) string {
	joined, first := "", ""
	for _, a := range args {
		if a == "" {
			continue
		}
		if joined == "" {
			joined, first = a, a
		} else {
			joined += `\` + a
		}
	}
	if joined == "" {
		return "."
	}
	unc := len(first) > 2 && win32F.isSep(first[0]) && win32F.isSep(first[1]) && !win32F.isSep(first[2])
	if !unc {
		n := 0
		for n < len(joined) && win32F.isSep(joined[n]) {
			n++
		}
		if n >= 2 {
			joined = `\` + joined[n:]
		}
	}
	// An argument that begins with a reserved device name and a colon
	// ("CON:", "CON:x") leaves the path as joined: normalizing could turn
	// it into a device path.
	for _, a := range args {
		for len(a) > 1 && a[0] == '.' && win32F.isSep(a[1]) {
			a = a[2:]
		}
		if i := strings.IndexAny(a, `/\`); i >= 0 {
			a = a[:i]
		}
		if reservedDevice(a) > 0 {
			return strings.ReplaceAll(joined, "/", `\`)
		}
	}
	out := win32Normalize(joined, false)
	if r := win32Root(out); !r.abs && r.device == "" && out[0] != '.' && out != strings.ReplaceAll(joined, "/", `\`) {
		for _, s := range strings.Split(out, `\`) {
			if n := reservedDevice(s); n > 0 && n == len(s) {
				return `.\` + out
			}
		}
	}
	return out
}

func posixJoin(args []string) string {
	joined := ""
	for _, a := range args {
		if a == "" {
			continue
		}
		if joined == "" {
			joined = a
		} else {
			joined += "/" + a
		}
	}
	if joined == "" {
		return "."
	}
	return posixNormalize(joined)
}

// splitRoot splits a resolved path into its root and its segments.
func (f flavour) splitRoot(p string) (string, []string) {
	n := 0
	if f.win {
		r := win32Root(p)
		n = r.end
	} else if strings.HasPrefix(p, "/") {
		n = 1
	}
	var segs []string
	for _, s := range strings.FieldsFunc(p[n:], func(r rune) bool { return r < 0x80 && f.isSep(byte(r)) }) {
		segs = append(segs, s)
	}
	return p[:n], segs
}

func isBackslash(r rune) bool { return r == '\\' }

// relative is the path from the resolved from to the resolved to.
func (f flavour) relative(from, to string) string {
	if from == to {
		return ""
	}
	fr, fs := f.splitRoot(from)
	tr, ts := f.splitRoot(to)
	eq := func(a, b string) bool { return a == b }
	if f.win {
		eq = strings.EqualFold
	}
	if f.win {
		// Win32 compares the paths without their leading separators,
		// segment by segment; with nothing in common, to stays absolute.
		fs = append(strings.FieldsFunc(fr, isBackslash), fs...)
		ts = append(strings.FieldsFunc(tr, isBackslash), ts...)
	} else if fr != tr {
		return to
	}
	c := 0
	for c < len(fs) && c < len(ts) && eq(fs[c], ts[c]) {
		c++
	}
	if f.win && c == 0 && len(fs) > 0 && len(ts) > 0 {
		return to
	}
	if f.win && c == len(fs) && c == len(ts) && c > 0 {
		// The same segments under roots written differently ("\D:" and
		// "D:\"): Node climbs out of the last one and back in.
		if c == 1 {
			return ".." + ts[0]
		}
		return `..\` + ts[c-1]
	}
	out := make([]string, 0, len(fs)-c+len(ts)-c)
	for i := c; i < len(fs); i++ {
		out = append(out, "..")
	}
	out = append(out, ts[c:]...)
	return strings.Join(out, string(f.sep))
}

// rootLen is where the part of p that dirname, basename and parse split
// begins (after "/", "C:", "C:\", "\\server\share\" or "\"), and whether
// the whole of p is a UNC root.
func (f flavour) rootLen(p string) (int, bool) {
	if len(p) == 0 {
		return 0, false
	}
	if !f.win {
		if p[0] == '/' {
			return 1, false
		}
		return 0, false
	}
	if f.isSep(p[0]) {
		if end, _ := uncShare(p); end >= 0 {
			if end == len(p) {
				return end, true
			}
			return end + 1, false
		}
		return 1, false
	}
	if hasDrive(p) {
		if len(p) > 2 && f.isSep(p[2]) {
			return 3, false
		}
		return 2, false
	}
	return 0, false
}

// lastPart finds the last segment of p at or after from: its start and end
// (end is -1 when only separators follow from).
func (f flavour) lastPart(p string, from int) (int, int) {
	end := len(p)
	for end > from && f.isSep(p[end-1]) {
		end--
	}
	if end == from {
		return from, -1
	}
	start := end
	for start > from && !f.isSep(p[start-1]) {
		start--
	}
	return start, end
}

// extOf is the extension of the segment s: from its last dot, unless the
// dot begins it or s is "..".
func extOf(s string) string {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || s == ".." {
		return ""
	}
	return s[i:]
}

func (f flavour) dirname(p string) string {
	if p == "" {
		return "."
	}
	if len(p) == 1 && f.win {
		if f.isSep(p[0]) {
			return p
		}
		return "."
	}
	n, whole := f.rootLen(p)
	if whole {
		return p
	}
	j := len(p) - 1
	lo := n
	if !f.win && n == 1 {
		lo = 1
	}
	for j >= lo && f.isSep(p[j]) {
		j--
	}
	for j >= lo && !f.isSep(p[j]) {
		j--
	}
	if j < lo {
		if n == 0 {
			return "."
		}
		return p[:n]
	}
	if !f.win && j == 1 && p[0] == '/' {
		return "//"
	}
	return p[:j]
}

func (f flavour) basename(p, suffix string, hasSuffix bool) string {
	from := 0
	if f.win && hasDrive(p) {
		from = 2
	}
	if hasSuffix && suffix != "" && suffix == p && len(suffix) <= len(p) {
		return ""
	}
	start, end := f.lastPart(p, from)
	if end < 0 {
		if hasSuffix && suffix != "" && len(suffix) <= len(p) {
			return p[from:] // Node gives the separators back here
		}
		return ""
	}
	s := p[start:end]
	if hasSuffix && suffix != "" && len(suffix) < len(s) && strings.HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func (f flavour) extname(p string) string {
	from := 0
	if f.win && hasDrive(p) {
		from = 2
	}
	start, end := f.lastPart(p, from)
	if end < 0 {
		return ""
	}
	return extOf(p[start:end])
}

// parse splits p into root, dir, base, ext and name.
func (f flavour) parse(p string) [5]string {
	var r [5]string // root, dir, base, ext, name
	if p == "" {
		return r
	}
	n, whole := f.rootLen(p)
	if whole || (f.win && len(p) == 1 && f.isSep(p[0])) {
		r[0], r[1] = p, p
		return r
	}
	r[0] = p[:n]
	start, end := f.lastPart(p, n)
	if end >= 0 {
		r[2] = p[start:end]
		r[3] = extOf(r[2])
		r[4] = r[2][:len(r[2])-len(r[3])]
	}
	if start > 0 && start != n {
		r[1] = p[:start-1]
	} else {
		r[1] = r[0]
	}
	return r
}

func win32ToNamespaced(p string, resolved string) string {
	if len(resolved) <= 2 {
		return p
	}
	if strings.HasPrefix(resolved, `\\`) {
		if resolved[2] != '.' && resolved[2] != '?' {
			return `\\?\UNC\` + resolved[2:]
		}
		return resolved
	}
	if hasDrive(resolved) && resolved[2] == '\\' {
		return `\\?\` + resolved
	}
	return resolved
}

// natives is the path binding of one host.
type natives struct {
	vm  *goja.Runtime
	cwd goja.Callable // process.cwd, as the module gave it
	env goja.Callable // reads a variable of process.env
}

// Binding builds the path binding of h.
func Binding(h *host.Host) *goja.Object {
	n := &natives{vm: h.Runtime()}
	o := n.vm.NewObject()
	for _, m := range []struct {
		name string
		fn   func(goja.FunctionCall) goja.Value
	}{
		{"posixResolve", n.posixResolve}, {"posixNormalize", n.posixNormalize}, {"posixJoin", n.posixJoin},
		{"posixRelative", n.posixRelative}, {"posixDirname", n.posixDirname}, {"posixBasename", n.posixBasename},
		{"posixExtname", n.posixExtname}, {"posixParse", n.posixParse},
		{"win32Resolve", n.win32Resolve}, {"win32Normalize", n.win32Normalize}, {"win32Join", n.win32Join},
		{"win32Relative", n.win32Relative}, {"win32Dirname", n.win32Dirname}, {"win32Basename", n.win32Basename},
		{"win32Extname", n.win32Extname}, {"win32Parse", n.win32Parse}, {"win32ToNamespacedPath", n.win32ToNamespacedPath},
		{"matchesGlob", n.matchesGlob}, {"init", n.init},
	} {
		_ = o.Set(m.name, m.fn)
	}
	return o
}

// strings of the call's arguments from the first-th on.
func argStrings(c goja.FunctionCall, first int) []string {
	if len(c.Arguments) <= first {
		return nil
	}
	out := make([]string, len(c.Arguments)-first)
	for i := range out {
		out[i] = c.Arguments[first+i].String()
	}
	return out
}

// init(cwd, getenv) gives the binding the functions that tell the current
// directory and read the environment (for win32's per-drive directories).
func (n *natives) init(c goja.FunctionCall) goja.Value {
	n.cwd, _ = goja.AssertFunction(c.Argument(0))
	n.env, _ = goja.AssertFunction(c.Argument(1))
	return goja.Undefined()
}

// getwd calls the module's cwd function.
func (n *natives) getwd() string {
	if n.cwd == nil {
		return ""
	}
	r, err := n.cwd(goja.Undefined())
	if err != nil {
		panic(err)
	}
	return r.String()
}

func (n *natives) str(s string) goja.Value { return n.vm.ToValue(s) }

func (n *natives) posixResolve(c goja.FunctionCall) goja.Value {
	return n.str(posixResolve(argStrings(c, 0), n.getwd))
}

func (n *natives) posixNormalize(c goja.FunctionCall) goja.Value {
	return n.str(posixNormalize(c.Argument(0).String()))
}

func (n *natives) posixJoin(c goja.FunctionCall) goja.Value {
	return n.str(posixJoin(argStrings(c, 0)))
}

func (n *natives) posixRelative(c goja.FunctionCall) goja.Value {
	from, to := c.Argument(0).String(), c.Argument(1).String()
	if from == to {
		return n.str("")
	}
	cwd := n.getwd
	return n.str(posixF.relative(posixResolve([]string{from}, cwd), posixResolve([]string{to}, cwd)))
}

func (n *natives) posixDirname(c goja.FunctionCall) goja.Value {
	return n.str(posixF.dirname(c.Argument(0).String()))
}

func (n *natives) posixBasename(c goja.FunctionCall) goja.Value {
	return n.str(posixF.basename(c.Argument(0).String(), c.Argument(1).String(), !goja.IsUndefined(c.Argument(1))))
}

func (n *natives) posixExtname(c goja.FunctionCall) goja.Value {
	return n.str(posixF.extname(c.Argument(0).String()))
}

func (n *natives) parsed(r [5]string) goja.Value {
	o := n.vm.NewObject()
	_ = o.Set("root", r[0])
	_ = o.Set("dir", r[1])
	_ = o.Set("base", r[2])
	_ = o.Set("ext", r[3])
	_ = o.Set("name", r[4])
	return o
}

func (n *natives) posixParse(c goja.FunctionCall) goja.Value {
	return n.parsed(posixF.parse(c.Argument(0).String()))
}

// getenv reads a variable of process.env.
func (n *natives) getenv(k string) string {
	if n.env == nil {
		return ""
	}
	e, err := n.env(goja.Undefined(), n.vm.ToValue(k))
	if err != nil {
		panic(err)
	}
	if goja.IsUndefined(e) || goja.IsNull(e) {
		return ""
	}
	return e.String()
}

func (n *natives) win32Resolve(c goja.FunctionCall) goja.Value {
	return n.str(win32Resolve(argStrings(c, 0), n.getwd, n.getenv))
}

func (n *natives) win32Normalize(c goja.FunctionCall) goja.Value {
	return n.str(win32Normalize(c.Argument(0).String(), true))
}

func (n *natives) win32Join(c goja.FunctionCall) goja.Value {
	return n.str(win32Join(argStrings(c, 0)))
}

func (n *natives) win32Relative(c goja.FunctionCall) goja.Value {
	from, to := c.Argument(0).String(), c.Argument(1).String()
	if from == to {
		return n.str("")
	}
	cwd, env := n.getwd, n.getenv
	rf, rt := win32Resolve([]string{from}, cwd, env), win32Resolve([]string{to}, cwd, env)
	if strings.EqualFold(rf, rt) {
		return n.str("")
	}
	return n.str(win32F.relative(rf, rt))
}

func (n *natives) win32Dirname(c goja.FunctionCall) goja.Value {
	return n.str(win32F.dirname(c.Argument(0).String()))
}

func (n *natives) win32Basename(c goja.FunctionCall) goja.Value {
	return n.str(win32F.basename(c.Argument(0).String(), c.Argument(1).String(), !goja.IsUndefined(c.Argument(1))))
}

func (n *natives) win32Extname(c goja.FunctionCall) goja.Value {
	return n.str(win32F.extname(c.Argument(0).String()))
}

func (n *natives) win32Parse(c goja.FunctionCall) goja.Value {
	return n.parsed(win32F.parse(c.Argument(0).String()))
}

// win32ToNamespacedPath(path): path is a non-empty string.
func (n *natives) win32ToNamespacedPath(c goja.FunctionCall) goja.Value {
	p := c.Argument(0).String()
	return n.str(win32ToNamespaced(p, win32Resolve([]string{p}, n.getwd, n.getenv)))
}

// matchesGlob(path, pattern, win).
func (n *natives) matchesGlob(c goja.FunctionCall) goja.Value {
	f := posixF
	if c.Argument(2).ToBoolean() {
		f = win32F
	}
	return n.vm.ToValue(f.matchGlob(c.Argument(0).String(), c.Argument(1).String()))
}
