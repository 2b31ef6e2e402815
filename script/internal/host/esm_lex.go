package host

// The tokenizer of the ES module transform. It knows just enough of
// JavaScript's lexical grammar to find import and export declarations,
// import() calls and import.meta at their true places: comments, string
// literals, template literals (with ${} substitutions nested to any depth),
// regular expression literals and the brackets around them are skipped as
// units, so that the words import and export inside them, or used as
// property names, are never taken for declarations.

// tokKind is the kind of a token.
type tokKind uint8

const (
	tEOF      tokKind = iota
	tIdent            // identifier, keyword or private name
	tPunct            // punctuator
	tString           // string literal
	tTemplate         // a template literal, or a piece of one around ${}
	tRegex            // regular expression literal
	tNumber           // numeric literal
)

// token is one token of the source: its kind, its bytes src[start:end],
// whether a line break comes before it, and the bracket depth it sits at.
type token struct {
	kind       tokKind
	start, end int
	nl         bool
	depth      int
}

// esmLexer reads tokens from src.
type esmLexer struct {
	src  string
	pos  int
	prev token // the last token read (kind tEOF at the start)
	// prevDot: the last token followed a "." or "?." (a property name)
	prevDot bool
	// stack holds the open brackets: '(', '[', '{', and '`' for a ${ in a
	// template literal.
	stack []byte
}

// text is t's source text.
func (l *esmLexer) text(t token) string { return l.src[t.start:t.end] }

// regexAllowed reports whether a "/" after the previous token starts a
// regular expression (otherwise it is a division).
func (l *esmLexer) regexAllowed() bool {
	p := l.prev
	switch p.kind {
	case tEOF:
		return true
	case tNumber, tString, tRegex:
		return false
	case tTemplate:
		// The end of a template literal ends an expression; a piece that
		// opens a substitution is followed by an expression.
		return l.src[p.end-1] != '`' || p.end-p.start < 2
	case tIdent:
		if l.prevDot {
			return false
		}
		switch l.text(p) {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void",
			"throw", "case", "do", "else", "yield", "await", "extends":
			return true
		}
		return false
	}
	switch l.text(p) {
	case ")", "]", "++", "--":
		return false
	}
	return true
}

// next reads the next token.
func (l *esmLexer) next() token {
	nl := false
	src := l.src
	for l.pos < len(src) {
		c := src[l.pos]
		switch {
		case c == '\n' || c == '\r':
			nl = true
			l.pos++
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			l.pos++
		case c == 0xe2 && l.pos+2 < len(src) && src[l.pos+1] == 0x80 && (src[l.pos+2] == 0xa8 || src[l.pos+2] == 0xa9):
			nl = true // U+2028, U+2029
			l.pos += 3
		case c == 0xc2 && l.pos+1 < len(src) && src[l.pos+1] == 0xa0:
			l.pos += 2 // no-break space
		case c == 0xef && l.pos+2 < len(src) && src[l.pos+1] == 0xbb && src[l.pos+2] == 0xbf:
			l.pos += 3 // byte order mark
		case c == '/' && l.pos+1 < len(src) && src[l.pos+1] == '/':
			for l.pos < len(src) && src[l.pos] != '\n' && src[l.pos] != '\r' {
				l.pos++
			}
		case c == '/' && l.pos+1 < len(src) && src[l.pos+1] == '*':
			l.pos += 2
			for l.pos < len(src) && !(src[l.pos] == '*' && l.pos+1 < len(src) && src[l.pos+1] == '/') {
				if src[l.pos] == '\n' || src[l.pos] == '\r' {
					nl = true
				}
				l.pos++
			}
			l.pos = min(l.pos+2, len(src))
		default:
			t := l.scan(c)
			t.nl = nl
			wasDot := l.prev.kind == tPunct && (l.text(l.prev) == "." || l.text(l.prev) == "?.")
			l.prevDot = wasDot
			l.prev = t
			return t
		}
	}
	return token{kind: tEOF, start: len(src), end: len(src), nl: true, depth: len(l.stack)}
}

// scan reads the token starting with byte c at l.pos.
func (l *esmLexer) scan(c byte) token {
	src := l.src
	start := l.pos
	depth := len(l.stack)
	t := func(k tokKind) token { return token{kind: k, start: start, end: l.pos, depth: depth} }
	switch {
	case isIdentByte(c) && !(c >= '0' && c <= '9') || c == '\\' || c == '#':
		l.pos++
		for l.pos < len(src) && (isIdentByte(src[l.pos]) || src[l.pos] == '\\') {
			if src[l.pos] == '\\' {
				l.pos++ // \uXXXX
			}
			l.pos++
		}
		l.pos = min(l.pos, len(src))
		return t(tIdent)
	case c >= '0' && c <= '9' || c == '.' && l.pos+1 < len(src) && src[l.pos+1] >= '0' && src[l.pos+1] <= '9':
		l.pos++
		for l.pos < len(src) {
			d := src[l.pos]
			if isIdentByte(d) || d == '.' {
				l.pos++
			} else if (d == '+' || d == '-') && (src[l.pos-1] == 'e' || src[l.pos-1] == 'E') && !isHexNumber(src[start:l.pos]) {
				l.pos++
			} else {
				break
			}
		}
		return t(tNumber)
	case c == '"' || c == '\'':
		l.pos++
		for l.pos < len(src) && src[l.pos] != c && src[l.pos] != '\n' {
			if src[l.pos] == '\\' {
				l.pos++
				if l.pos < len(src) && src[l.pos] == '\r' && l.pos+1 < len(src) && src[l.pos+1] == '\n' {
					l.pos++
				}
			}
			l.pos++
		}
		l.pos = min(l.pos+1, len(src))
		return t(tString)
	case c == '`':
		l.pos++
		l.template()
		return t(tTemplate)
	case c == '/' && l.regexAllowed():
		l.pos++
		inClass := false
		for l.pos < len(src) && src[l.pos] != '\n' && src[l.pos] != '\r' {
			d := src[l.pos]
			if d == '\\' {
				l.pos += 2
				continue
			}
			if d == '[' {
				inClass = true
			} else if d == ']' {
				inClass = false
			} else if d == '/' && !inClass {
				break
			}
			l.pos++
		}
		l.pos = min(l.pos+1, len(src))
		for l.pos < len(src) && isIdentByte(src[l.pos]) {
			l.pos++
		}
		return t(tRegex)
	}
	// Punctuators: the few of more than one character that matter here.
	l.pos++
	switch c {
	case '(', '[', '{':
		l.stack = append(l.stack, c)
	case ')', ']':
		if n := len(l.stack); n > 0 && l.stack[n-1] != '`' {
			l.stack = l.stack[:n-1]
		}
		depth = len(l.stack)
	case '}':
		n := len(l.stack)
		if n > 0 && l.stack[n-1] == '`' {
			// The end of a ${} substitution: the template goes on.
			l.stack = l.stack[:n-1]
			l.template()
			return token{kind: tTemplate, start: start, end: l.pos, depth: n - 1}
		}
		if n > 0 {
			l.stack = l.stack[:n-1]
		}
		depth = len(l.stack)
	case '?':
		if l.pos < len(src) && src[l.pos] == '.' && !(l.pos+1 < len(src) && src[l.pos+1] >= '0' && src[l.pos+1] <= '9') {
			l.pos++
		}
	case '.':
		if l.pos+1 < len(src) && src[l.pos] == '.' && src[l.pos+1] == '.' {
			l.pos += 2
		}
	case '+', '-':
		if l.pos < len(src) && src[l.pos] == c {
			l.pos++
		}
	case '=':
		if l.pos < len(src) && src[l.pos] == '>' {
			l.pos++
		}
	}
	return token{kind: tPunct, start: start, end: l.pos, depth: depth}
}

// template reads a template literal's characters up to its closing "`"
// or to a "${", which opens a substitution.
func (l *esmLexer) template() {
	src := l.src
	for l.pos < len(src) {
		switch src[l.pos] {
		case '\\':
			l.pos += 2
			continue
		case '`':
			l.pos++
			return
		case '$':
			if l.pos+1 < len(src) && src[l.pos+1] == '{' {
				l.pos += 2
				l.stack = append(l.stack, '`')
				return
			}
		}
		l.pos++
	}
	l.pos = len(src)
}

// isHexNumber reports whether number text s is hexadecimal (0x...).
func isHexNumber(s string) bool {
	return len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
}
