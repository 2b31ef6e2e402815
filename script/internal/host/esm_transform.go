package host

import (
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// An ES module runs as a function goja can compile: its import and export
// declarations are blanked out (every character but line breaks becomes a
// space), "import" in import() and import.meta becomes esmImportName (as
// long), and what the declarations said is kept beside the code
// (esmSource). Every other token stays on its line and column, so that
// positions in errors and stacks are the author's.

// esmImportLen is the length of the name that replaces the keyword import
// in import() and import.meta (esmSource.imp): a function of the module
// (its dynamic import) with a meta property.
const esmImportLen = len("import")

// esmDefaultLen is the length of the hidden name (esmSource.def) bound to
// the value of `export default <expression>`.
const esmDefaultLen = len("$nnd")

// esmFuncName names the function a module's body runs in, in goja's stack
// frames (V8 shows a module's top level without a name). It is the name of
// the property the function is defined as, so it binds no name in the
// module.
const esmFuncName = "__nodenet_esm__"

// esmRequest is a module a module asks for (import or export ... from).
type esmRequest struct {
	spec     string
	attrType string // the "type" import attribute ("json"), if any
	pos      int    // offset of the specifier
}

// esmImport binds local to the export imported ("*": the namespace) of
// requests[req].
type esmImport struct {
	local, imported string
	req             int
	pos             int // offset of the imported name, for link errors
}

// esmLocal exports the module's binding local as exported.
type esmLocal struct{ exported, local string }

// esmIndirect re-exports the export imported ("*": the namespace) of
// requests[req] as exported.
type esmIndirect struct {
	exported, imported string
	req                int
	pos                int
}

// esmSource is a transformed module.
type esmSource struct {
	code     string // the body, on the author's lines and columns
	requests []esmRequest
	imports  []esmImport
	locals   []esmLocal
	indirect []esmIndirect
	stars    []int // requests whose exports are all re-exported
	tla      bool  // top-level await: the body runs as an async function
	awaitPos int   // offset of the first top-level await (tla), -1 unknown
	// stable are the local names whose value never changes once
	// initialized: const declarations, and function and class
	// declarations the module never assigns to. Their exports can be read
	// once and kept.
	stable map[string]bool
	// err is the first import or export declaration that could not be
	// read: V8's message and where (offset, caret width).
	err *esmSyntaxError
	// imp, scope and reg are the hidden names (hiddenName) of the module's
	// import function, the scope object of its imports and the function
	// its exports are registered with.
	imp, scope, reg string
	// def is the hidden name of the value of `export default <expression>`.
	def string
}

// esmSyntaxError is a malformed declaration.
type esmSyntaxError struct {
	msg        string
	pos, width int
}

// hasModuleSyntax reports whether src has import or export declarations,
// import.meta or top-level await: what makes a .js file without a
// package.json "type" an ES module.
func hasModuleSyntax(src string) bool {
	if !strings.Contains(src, "import") && !strings.Contains(src, "export") && !strings.Contains(src, "await") {
		return false
	}
	s := transform(src, true)
	return len(s.requests) > 0 || len(s.locals) > 0 || len(s.indirect) > 0 || len(s.stars) > 0 || s.awaitPos >= 0 ||
		s.code != src && strings.Contains(s.code, s.imp+".")
}

// esmParser walks the tokens of one module.
type esmParser struct {
	src  string
	out  []byte
	toks []token
	s    *esmSource
	seen int // the furthest token a declaration's reading looked at
}

// text is token i's source text ("" past the end).
func (p *esmParser) text(i int) string {
	if i >= len(p.toks) {
		return ""
	}
	return p.src[p.toks[i].start:p.toks[i].end]
}

// is reports whether token i is the punctuator or word s.
func (p *esmParser) is(i int, s string) bool {
	p.seen = max(p.seen, i)
	return i < len(p.toks) && p.toks[i].kind != tString && p.toks[i].kind != tTemplate && p.text(i) == s
}

// afterDot reports whether token i is a property name (after "." or "?.").
func (p *esmParser) afterDot(i int) bool {
	return i > 0 && p.toks[i-1].kind == tPunct && (p.text(i-1) == "." || p.text(i-1) == "?.")
}

// blank turns src[from:to] into spaces, keeping line breaks (byte for
// byte: goja counts columns in bytes, so the columns after it stay).
func (p *esmParser) blank(from, to int) {
	for i := from; i < to; i++ {
		c := p.src[i]
		if c == '\n' || c == '\r' {
			continue
		}
		if c == 0xe2 && i+2 < to && p.src[i+1] == 0x80 && (p.src[i+2] == 0xa8 || p.src[i+2] == 0xa9) {
			i += 2 // U+2028, U+2029 end lines too
			continue
		}
		p.out[i] = ' '
	}
}

// replace writes s (as long as the token) over token i.
func (p *esmParser) replace(i int, s string) {
	t := p.toks[i]
	copy(p.out[t.start:t.end], s)
	for k := t.start + len(s); k < t.end; k++ {
		p.out[k] = ' '
	}
}

// esmTransform transforms module source src (see esmSource). A
// declaration it cannot read is left as written, for the compiler to
// report.
func esmTransform(src string) *esmSource { return transform(src, false) }

// transform is esmTransform; with detect (telling whether a file is a
// module), top-level await is looked for only when an await sits at the
// top level's bracket depth, and a source that cannot be parsed has none.
func transform(src string, detect bool) *esmSource {
	l := &esmLexer{src: src}
	p := &esmParser{src: src, out: []byte(src), s: &esmSource{awaitPos: -2, imp: hiddenName(src, esmImportLen), def: hiddenName(src, esmDefaultLen)}}
	for {
		t := l.next()
		if t.kind == tEOF {
			break
		}
		p.toks = append(p.toks, t)
	}
	hasAwait, awaitTop := false, false
	for i := 0; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.kind != tIdent || p.afterDot(i) {
			continue
		}
		switch p.text(i) {
		case "import":
			if p.is(i+1, ".") || p.is(i+1, "(") && !p.isMethod(i+1) {
				p.replace(i, p.s.imp)
				continue
			}
			if t.depth == 0 {
				p.seen = i
				if end, ok := p.importDecl(i); ok {
					i = end - 1
				} else {
					p.fail()
				}
			}
		case "export":
			if t.depth == 0 {
				p.seen = i
				if end, ok := p.exportDecl(i); ok {
					i = end - 1
				} else {
					p.fail()
				}
			}
		case "await":
			hasAwait = true
			awaitTop = awaitTop || t.depth == 0
		}
	}
	if !detect {
		p.s.stable = p.stableNames()
	}
	if hasAwait && (!detect || awaitTop) {
		p.s.awaitPos = topLevelAwait(string(p.out))
		p.s.tla = p.s.awaitPos != -2
		if detect && p.s.awaitPos == -1 {
			p.s.awaitPos, p.s.tla = -2, false
		}
	}
	p.s.code = string(p.out)
	return p.s
}

// topLevelAwait finds the first await of code (a module body) outside of
// any function: its offset, -1 when code cannot be parsed (a module is
// compiled as async then: await is reserved in it), -2 for none.
func topLevelAwait(code string) int {
	const head = "(async function(){"
	prg, err := goja.Parse("", head+code+"\n})")
	if err != nil {
		return -1
	}
	at, found, wrapper := -2, false, false
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if found {
			return
		}
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			switch v.Interface().(type) {
			case *ast.AwaitExpression:
				found = true
				at = int(v.Interface().(*ast.AwaitExpression).Await) - 1 - len(head)
				return
			case *ast.FunctionLiteral:
				// The wrapper is the first function met: its body is the
				// module's top level; other functions are not.
				if wrapper {
					return
				}
				wrapper = true
			case *ast.ArrowFunctionLiteral:
				return
			}
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Field(i); f.CanInterface() {
					walk(f)
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(prg))
	return at
}

// fail records the declaration that could not be read: the token it
// stopped at is unexpected, in V8's words.
func (p *esmParser) fail() {
	if p.s.err != nil {
		return
	}
	e := &esmSyntaxError{msg: "Unexpected end of input", pos: len(p.src), width: 1}
	if k := p.seen; k < len(p.toks) {
		t := p.toks[k]
		e.pos, e.width = t.start, 1
		text := p.text(k)
		switch t.kind {
		case tIdent:
			e.msg, e.width = "Unexpected identifier '"+text+"'", len(text)
			switch text {
			case "import", "export", "default", "function", "class", "const", "let", "var", "new", "return", "if", "in", "of":
				e.msg = "Unexpected token '" + text + "'"
			}
		case tString:
			e.msg, e.width = "Unexpected string", len(text)
		case tNumber:
			e.msg, e.width = "Unexpected number", len(text)
		case tTemplate:
			e.msg = "Unexpected template string"
		default:
			e.msg = "Unexpected token '" + text + "'"
		}
	}
	p.s.err = e
}

// stableNames finds the module's top-level const, function and class
// declarations; a function or class name assigned to anywhere is left
// out.
func (p *esmParser) stableNames() map[string]bool {
	if len(p.s.locals) == 0 {
		return nil
	}
	out := map[string]bool{p.s.def: true} // export default <expression>
	rebindable := map[string]bool{}
	for i := 0; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.depth != 0 || t.kind != tIdent || p.afterDot(i) {
			continue
		}
		switch p.text(i) {
		case "const":
			names, _ := p.declNames(i + 1)
			for _, n := range names {
				out[n] = true
			}
		case "function", "class":
			k := i + 1
			if p.is(k, "*") {
				k++
			}
			if k < len(p.toks) && p.toks[k].kind == tIdent {
				out[p.text(k)] = true
				rebindable[p.text(k)] = true
			}
		}
	}
	for i, t := range p.toks {
		if t.kind != tIdent || !rebindable[p.text(i)] || p.afterDot(i) {
			continue
		}
		if p.assigned(i) {
			delete(out, p.text(i))
		}
	}
	return out
}

// assigned reports whether identifier token i is assigned to (=, op=,
// ++, --) or sits in brackets a destructuring assignment may target.
func (p *esmParser) assigned(i int) bool {
	if i > 0 && (p.is(i-1, "++") || p.is(i-1, "--")) {
		return true
	}
	if p.is(i+1, "++") || p.is(i+1, "--") {
		return true
	}
	// "=" alone, or after operator characters (+=, **=, ??=, ...), and
	// not ==, === or =>.
	k := i + 1
	for k+1 < len(p.toks) && p.toks[k].kind == tPunct && strings.Contains("+-*/%&|^<>?", p.text(k)) && p.toks[k].end == p.toks[k+1].start {
		k++
	}
	if p.is(k, "=") && (k == i+1 || p.toks[k-1].end == p.toks[k].start) {
		next := p.toks[k].end
		if next >= len(p.src) || p.src[next] != '=' && p.src[next] != '>' {
			return true
		}
	}
	// [f] = ..., ({ f } = ...), ({ x: f } = ...): the name inside
	// brackets followed by ] or } or , counts as a possible target.
	if i > 0 && p.toks[i].depth > 0 && (p.is(i+1, "]") || p.is(i+1, "}") || p.is(i+1, ",")) &&
		(p.is(i-1, "[") || p.is(i-1, "{") || p.is(i-1, ",") || p.is(i-1, ":") || p.is(i-1, "...")) {
		return true
	}
	return false
}

// isMethod reports whether the "(" at token i opens the parameters of a
// method definition (its ")" is followed by "{"), as in a class's
// import() { ... }, rather than the arguments of a call.
func (p *esmParser) isMethod(i int) bool {
	d := p.toks[i].depth
	for k := i + 1; k < len(p.toks); k++ {
		if p.toks[k].depth == d && p.is(k, ")") {
			return p.is(k+1, "{")
		}
	}
	return false
}

// stringValue is the value of string literal token i.
func (p *esmParser) stringValue(i int) string {
	s := p.text(i)
	if len(s) < 2 {
		return ""
	}
	body := s[1 : len(s)-1]
	if !strings.Contains(body, "\\") {
		return body
	}
	if s[0] == '\'' {
		body = strings.ReplaceAll(strings.ReplaceAll(body, `\'`, `'`), `"`, `\"`)
	}
	if v, err := strconv.Unquote(`"` + body + `"`); err == nil {
		return v
	}
	return body
}

// name reads an export or import name (identifier or string) at i.
func (p *esmParser) name(i int) (string, bool) {
	p.seen = max(p.seen, i)
	if i >= len(p.toks) {
		return "", false
	}
	switch p.toks[i].kind {
	case tIdent:
		return p.text(i), true
	case tString:
		return p.stringValue(i), true
	}
	return "", false
}

// request adds (or finds) the request for the specifier at token i.
func (p *esmParser) request(i int, attrType string) int {
	spec := p.stringValue(i)
	for k, r := range p.s.requests {
		if r.spec == spec && r.attrType == attrType {
			return k
		}
	}
	p.s.requests = append(p.s.requests, esmRequest{spec: spec, attrType: attrType, pos: p.toks[i].start})
	return len(p.s.requests) - 1
}

// specTail reads `"spec" [with {...}] [;]` at i (after from): the
// specifier's token, the attribute type and the index after the clause.
func (p *esmParser) specTail(i int) (spec int, attrType string, end int, ok bool) {
	p.seen = max(p.seen, i)
	if i >= len(p.toks) || p.toks[i].kind != tString {
		return 0, "", 0, false
	}
	spec, end = i, i+1
	if (p.is(end, "with") || p.is(end, "assert")) && !p.toks[end].nl && p.is(end+1, "{") {
		k := end + 2
		for ; k < len(p.toks) && !(p.is(k, "}") && p.toks[k].depth == p.toks[end+1].depth); k++ {
			if n, ok := p.name(k); ok && n == "type" && p.is(k+1, ":") && k+2 < len(p.toks) && p.toks[k+2].kind == tString {
				attrType = p.stringValue(k + 2)
			}
		}
		if k >= len(p.toks) {
			return 0, "", 0, false
		}
		end = k + 1
	}
	if p.is(end, ";") {
		end++
	}
	return spec, attrType, end, true
}

// importDecl reads the import declaration at token i, blanks it and
// returns the index after it.
func (p *esmParser) importDecl(i int) (int, bool) {
	j := i + 1
	if j < len(p.toks) && p.toks[j].kind == tString {
		spec, attr, end, ok := p.specTail(j)
		if !ok {
			return 0, false
		}
		p.request(spec, attr)
		p.blank(p.toks[i].start, p.toks[end-1].end)
		return end, true
	}
	type binding struct {
		local, imported string
		pos             int
	}
	var bs []binding
	clause := false // an import clause was read ({} binds nothing)
	if j < len(p.toks) && p.toks[j].kind == tIdent && !(p.is(j, "from") && j+1 < len(p.toks) && p.toks[j+1].kind == tString) {
		bs = append(bs, binding{p.text(j), "default", p.toks[j].start})
		j++
		if p.is(j, ",") {
			if !p.is(j+1, "*") && !p.is(j+1, "{") {
				p.seen = j // V8 points at the comma
				return 0, false
			}
			j++
		} else if !p.is(j, "from") {
			return 0, false
		}
	}
	switch {
	case p.is(j, "*"):
		if !p.is(j+1, "as") || j+2 >= len(p.toks) || p.toks[j+2].kind != tIdent {
			return 0, false
		}
		bs = append(bs, binding{p.text(j + 2), "*", p.toks[j].start})
		j += 3
	case p.is(j, "{"):
		clause = true
		j++
		for !p.is(j, "}") {
			imported, ok := p.name(j)
			if !ok {
				return 0, false
			}
			local, pos := imported, p.toks[j].start
			j++
			if p.is(j, "as") {
				if j+1 >= len(p.toks) || p.toks[j+1].kind != tIdent {
					p.seen = j + 1
					return 0, false
				}
				local = p.text(j + 1)
				j += 2
			} else if p.toks[j-1].kind != tIdent {
				return 0, false
			}
			bs = append(bs, binding{local, imported, pos})
			if p.is(j, ",") {
				j++
			} else if !p.is(j, "}") {
				return 0, false
			}
		}
		j++
	}
	if len(bs) == 0 && !clause || !p.is(j, "from") {
		return 0, false
	}
	spec, attr, end, ok := p.specTail(j + 1)
	if !ok {
		return 0, false
	}
	req := p.request(spec, attr)
	for _, b := range bs {
		p.s.imports = append(p.s.imports, esmImport{local: b.local, imported: b.imported, req: req, pos: b.pos})
	}
	p.blank(p.toks[i].start, p.toks[end-1].end)
	return end, true
}

// exportDecl reads the export declaration at token i, rewrites it and
// returns the index after what it rewrote.
func (p *esmParser) exportDecl(i int) (int, bool) {
	j := i + 1
	switch {
	case p.is(j, "*"):
		exported := ""
		j++
		if p.is(j, "as") {
			n, ok := p.name(j + 1)
			if !ok {
				return 0, false
			}
			exported = n
			j += 2
		}
		if !p.is(j, "from") {
			return 0, false
		}
		spec, attr, end, ok := p.specTail(j + 1)
		if !ok {
			return 0, false
		}
		req := p.request(spec, attr)
		if exported == "" {
			p.s.stars = append(p.s.stars, req)
		} else {
			p.s.indirect = append(p.s.indirect, esmIndirect{exported: exported, imported: "*", req: req, pos: p.toks[i].start})
		}
		p.blank(p.toks[i].start, p.toks[end-1].end)
		return end, true
	case p.is(j, "{"):
		type pair struct {
			local, exported string
			pos             int
		}
		var ps []pair
		j++
		for !p.is(j, "}") {
			local, ok := p.name(j)
			if !ok {
				return 0, false
			}
			exported, pos := local, p.toks[j].start
			j++
			if p.is(j, "as") {
				if exported, ok = p.name(j + 1); !ok {
					return 0, false
				}
				j += 2
			}
			ps = append(ps, pair{local, exported, pos})
			if p.is(j, ",") {
				j++
			} else if !p.is(j, "}") {
				return 0, false
			}
		}
		j++
		end := j
		if p.is(j, "from") && j+1 < len(p.toks) && p.toks[j+1].kind == tString {
			spec, attr, e, ok := p.specTail(j + 1)
			if !ok {
				return 0, false
			}
			req := p.request(spec, attr)
			for _, x := range ps {
				p.s.indirect = append(p.s.indirect, esmIndirect{exported: x.exported, imported: x.local, req: req, pos: x.pos})
			}
			end = e
		} else {
			if p.is(j, ";") {
				end++
			}
			for _, x := range ps {
				p.s.locals = append(p.s.locals, esmLocal{exported: x.exported, local: x.local})
			}
		}
		p.blank(p.toks[i].start, p.toks[end-1].end)
		return end, true
	case p.is(j, "default"):
		k := j + 1
		named := ""
		switch {
		case p.is(k, "function") || p.is(k, "async") && p.is(k+1, "function") && !p.toks[k+1].nl:
			if p.is(k, "async") {
				k++
			}
			k++
			if p.is(k, "*") {
				k++
			}
			if k < len(p.toks) && p.toks[k].kind == tIdent {
				named = p.text(k)
			}
		case p.is(k, "class"):
			if k+1 < len(p.toks) && p.toks[k+1].kind == tIdent && !p.is(k+1, "extends") {
				named = p.text(k + 1)
			}
		}
		if named != "" {
			p.blank(p.toks[i].start, p.toks[i].end)
			p.blank(p.toks[j].start, p.toks[j].end)
			p.s.locals = append(p.s.locals, esmLocal{exported: "default", local: named})
			return j + 1, true
		}
		p.replace(i, "const ")
		p.replace(j, p.s.def+" =")
		p.s.locals = append(p.s.locals, esmLocal{exported: "default", local: p.s.def})
		return j + 1, true
	case p.is(j, "var") || p.is(j, "let") || p.is(j, "const"):
		names, ok := p.declNames(j + 1)
		if !ok {
			return 0, false
		}
		for _, n := range names {
			p.s.locals = append(p.s.locals, esmLocal{exported: n, local: n})
		}
		p.blank(p.toks[i].start, p.toks[i].end)
		return j + 1, true
	case p.is(j, "function") || p.is(j, "async") && p.is(j+1, "function") || p.is(j, "class"):
		k := j + 1
		if p.is(j, "async") {
			k++
		}
		if p.is(k, "*") {
			k++
		}
		if k >= len(p.toks) || p.toks[k].kind != tIdent {
			return 0, false
		}
		p.s.locals = append(p.s.locals, esmLocal{exported: p.text(k), local: p.text(k)})
		p.blank(p.toks[i].start, p.toks[i].end)
		return j + 1, true
	}
	return 0, false
}

// declNames reads the declarators of a var, let or const declaration
// from token i and returns the names they bind.
func (p *esmParser) declNames(i int) ([]string, bool) {
	var names []string
	depth := 0
	if i < len(p.toks) {
		depth = p.toks[i].depth
	}
	for {
		k, ok := p.pattern(i, &names)
		if !ok {
			return nil, false
		}
		if p.is(k, "=") {
			k = p.skipInit(k+1, depth)
		}
		if p.is(k, ",") && p.toks[k].depth == depth {
			i = k + 1
			continue
		}
		return names, true
	}
}

// skipInit skips an initializer from token i to the "," or ";" that ends
// it at depth, or to the line break that ends the statement.
func (p *esmParser) skipInit(i, depth int) int {
	for k := i; k < len(p.toks); k++ {
		t := p.toks[k]
		if t.depth < depth {
			return k
		}
		if t.depth != depth {
			continue
		}
		s := p.text(k)
		if t.kind == tPunct && (s == "," || s == ";") {
			return k
		}
		if t.nl && k > i && p.endsExpression(k-1) && !p.continues(k) {
			return k
		}
	}
	return len(p.toks)
}

// endsExpression reports whether token k can end an expression.
func (p *esmParser) endsExpression(k int) bool {
	t := p.toks[k]
	switch t.kind {
	case tPunct:
		s := p.text(k)
		return s == ")" || s == "]" || s == "}" || s == "++" || s == "--"
	case tTemplate:
		return p.src[t.end-1] == '`'
	}
	return true
}

// continues reports whether token k, after a line break, goes on with
// the expression before it.
func (p *esmParser) continues(k int) bool {
	t := p.toks[k]
	if t.kind == tTemplate {
		return true
	}
	if t.kind == tIdent {
		s := p.text(k)
		return s == "in" || s == "instanceof"
	}
	if t.kind != tPunct {
		return false
	}
	switch p.text(k) {
	case ".", "?.", ",", "?", ":", "=", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "(", "[", "=>", ")", "]", "}":
		return true
	}
	return false
}

// pattern reads a binding pattern (identifier, object or array pattern)
// at token i, adding the names it binds; it returns the index after it.
func (p *esmParser) pattern(i int, names *[]string) (int, bool) {
	if i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	switch {
	case t.kind == tIdent:
		*names = append(*names, p.text(i))
		return i + 1, true
	case p.is(i, "["):
		inner := t.depth + 1
		k := i + 1
		for !p.is(k, "]") {
			if k >= len(p.toks) {
				return 0, false
			}
			if p.is(k, ",") {
				k++
				continue
			}
			if p.is(k, "...") {
				k++
			}
			var ok bool
			if k, ok = p.pattern(k, names); !ok {
				return 0, false
			}
			if p.is(k, "=") {
				k = p.skipElem(k+1, inner)
			}
		}
		return k + 1, true
	case p.is(i, "{"):
		inner := t.depth + 1
		k := i + 1
		for !p.is(k, "}") {
			if k >= len(p.toks) {
				return 0, false
			}
			if p.is(k, ",") {
				k++
				continue
			}
			if p.is(k, "...") {
				var ok bool
				if k, ok = p.pattern(k+1, names); !ok {
					return 0, false
				}
				continue
			}
			key := k
			if p.is(k, "[") {
				for k++; k < len(p.toks) && !(p.is(k, "]") && p.toks[k].depth == inner); k++ {
				}
			}
			k++
			if p.is(k, ":") {
				var ok bool
				if k, ok = p.pattern(k+1, names); !ok {
					return 0, false
				}
			} else if p.toks[key].kind == tIdent {
				*names = append(*names, p.text(key))
			} else {
				return 0, false
			}
			if p.is(k, "=") {
				k = p.skipElem(k+1, inner)
			}
		}
		return k + 1, true
	}
	return 0, false
}

// skipElem skips a default value in a pattern, to the "," or closing
// bracket at depth.
func (p *esmParser) skipElem(i, depth int) int {
	for k := i; k < len(p.toks); k++ {
		t := p.toks[k]
		if t.depth < depth || t.depth == depth && t.kind == tPunct && p.text(k) == "," {
			return k
		}
	}
	return len(p.toks)
}

// exportGetters is the object literal of the module's local exports, each
// a function returning the binding's current value.
func (s *esmSource) exportGetters() string {
	var b strings.Builder
	b.WriteByte('{')
	locals := append([]esmLocal(nil), s.locals...)
	sort.SliceStable(locals, func(i, j int) bool { return locals[i].exported < locals[j].exported })
	for k, l := range locals {
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(l.exported))
		b.WriteString(":()=>")
		b.WriteString(l.local)
	}
	b.WriteByte('}')
	return b.String()
}

// head (with esmTail) wraps a module's body: the outer function takes the
// module's dynamic import function, the scope object of its imports and
// the function its exports are registered with. A module without
// top-level await runs as a generator that stops once its exports are
// registered (instantiation) and runs its body on the next step
// (evaluation); one with top-level await runs as an async function.
func (s *esmSource) head() string {
	kind := "function* "
	step := "yield;"
	if s.tla {
		kind, step = "async function ", ""
	}
	if s.scope == "" {
		s.scope, s.reg = hiddenName(s.code, 12), hiddenName(s.code, 12)
	}
	return "(function(" + s.imp + "," + s.scope + "," + s.reg + "){with(" + s.scope + "){return {" + esmFuncName + ":" + kind +
		"(){'use strict';" + s.reg + "(" + s.exportGetters() + ");" + step
}

// esmTail closes head.
const esmTail = "\n}}." + esmFuncName + "}})"
