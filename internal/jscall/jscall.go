// Package jscall finds the text of a function call in JavaScript source: given
// the position a stack frame reports for a call, it returns the call
// expression from its callee to the parenthesis that closes its arguments.
// It understands just enough of the language to skip over strings, template
// literals, comments, regular expression literals and nested brackets.
package jscall

import "strings"

// Offset converts a 1-based line and a 0-based column into a byte offset of
// src. Columns count bytes of the line, as goja reports them. It returns -1
// when the position lies outside src.
func Offset(src string, line, col int) int {
	if line < 1 || col < 0 {
		return -1
	}
	start := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[start:], '\n')
		if i < 0 {
			return -1
		}
		start += i + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	if col > end {
		return -1
	}
	return start + col
}

// Call returns the call expression around byte offset pos of src: pos may
// point anywhere inside the callee (an identifier, a member chain such as
// assert.ok, assert['ok'] or assert.ok.call) or at its opening parenthesis.
// The text runs from the first character of the callee to the closing
// parenthesis of the argument list, or to the end of src when the call is
// not closed. ok is false when no call is found at pos.
func Call(src string, pos int) (text string, ok bool) {
	if pos < 0 || pos >= len(src) {
		return "", false
	}
	start := calleeStart(src, pos)
	// A callee reached through a call or another expression the walk does
	// not cross (f().ok, new A().ok) is quoted from its property name.
	for start < len(src) && (src[start] == '.' || src[start] == '?') {
		start++
	}
	open := argsOpen(src, pos)
	if open < 0 {
		return "", false
	}
	end := matchParen(src, open)
	if end < 0 {
		return src[start:], true
	}
	return src[start : end+1], true
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// calleeStart walks back from pos over a member chain.
func calleeStart(src string, pos int) int {
	i := pos
	for i > 0 {
		c := src[i-1]
		switch {
		case isIdent(c) || c == '.' || c == '?' && i < len(src) && src[i] == '.':
			i--
		case c == ']':
			j := matchBack(src, i-1, '[', ']')
			if j < 0 {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

// matchBack finds the opening bracket for the closing one at close, looking
// only at brackets and simple quoted strings.
func matchBack(src string, close int, open, shut byte) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch c := src[i]; c {
		case shut:
			depth++
		case open:
			depth--
			if depth == 0 {
				return i
			}
		case '\'', '"':
			j := strings.LastIndexByte(src[:i], c)
			if j < 0 {
				return -1
			}
			i = j
		case '\n':
			return -1
		}
	}
	return -1
}

// argsOpen walks forward from pos over the rest of the callee to the
// parenthesis that opens the arguments.
func argsOpen(src string, pos int) int {
	i := pos
	for i < len(src) {
		c := src[i]
		switch {
		case c == '(':
			return i
		case isIdent(c) || c == '.' || c == '?' || c == ' ' || c == '\t':
			i++
		case c == '[':
			j := skipGroup(src, i)
			if j < 0 {
				return -1
			}
			i = j + 1
		default:
			return -1
		}
	}
	return -1
}

// skipGroup returns the index of the bracket closing the one at open.
func skipGroup(src string, open int) int {
	s := scanner{src: src, i: open}
	return s.group()
}

// matchParen returns the index of the parenthesis closing the one at open,
// or -1.
func matchParen(src string, open int) int {
	s := scanner{src: src, i: open}
	return s.group()
}

// scanner tokenizes just enough JavaScript to balance brackets.
type scanner struct {
	src string
	i   int
	// regexOK tells whether a slash here starts a regular expression
	// (after an operator or punctuator) rather than a division.
	regexOK bool
}

var regexKeywords = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true,
	"delete": true, "void": true, "throw": true, "case": true, "do": true, "else": true,
	"yield": true, "await": true,
}

// group consumes a bracketed group starting at s.i and returns the index of
// its closing bracket, or -1 when the source ends first.
func (s *scanner) group() int {
	var stack []byte
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch c {
		case '(', '[', '{':
			stack = append(stack, closer(c))
			s.i++
			s.regexOK = true
		case ')', ']', '}':
			if len(stack) == 0 {
				return -1
			}
			if stack[len(stack)-1] == '`' && c == '}' {
				// End of a template substitution: the template goes on.
				stack = stack[:len(stack)-1]
				s.i++
				if !s.template() {
					return -1
				}
				if s.src[s.i-1] == '{' {
					stack = append(stack, '`')
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return s.i
			}
			s.i++
			s.regexOK = false
		case '\'', '"':
			if !s.quoted(c) {
				return -1
			}
			s.regexOK = false
		case '`':
			s.i++
			if !s.template() {
				return -1
			}
			if s.src[s.i-1] == '{' {
				stack = append(stack, '`')
			}
		case '/':
			switch {
			case strings.HasPrefix(s.src[s.i:], "//"):
				j := strings.IndexByte(s.src[s.i:], '\n')
				if j < 0 {
					return -1
				}
				s.i += j
			case strings.HasPrefix(s.src[s.i:], "/*"):
				j := strings.Index(s.src[s.i+2:], "*/")
				if j < 0 {
					return -1
				}
				s.i += j + 4
			case s.regexOK:
				if !s.regex() {
					return -1
				}
				s.regexOK = false
			default:
				s.i++
				s.regexOK = true
			}
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			if isIdent(c) {
				j := s.i
				for j < len(s.src) && isIdent(s.src[j]) {
					j++
				}
				word := s.src[s.i:j]
				s.regexOK = regexKeywords[word]
				s.i = j
				continue
			}
			s.i++
			s.regexOK = true
		}
	}
	return -1
}

func closer(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// quoted consumes a string literal opened by q at s.i.
func (s *scanner) quoted(q byte) bool {
	for j := s.i + 1; j < len(s.src); j++ {
		switch s.src[j] {
		case '\\':
			j++
		case q:
			s.i = j + 1
			return true
		case '\n':
			return false
		}
	}
	return false
}

// template consumes template text after a backquote or a closing
// substitution brace, up to the closing backquote (s.i is after it) or to
// the next "${" (s.i is after the brace).
func (s *scanner) template() bool {
	for j := s.i; j < len(s.src); j++ {
		switch s.src[j] {
		case '\\':
			j++
		case '`':
			s.i = j + 1
			s.regexOK = false
			return true
		case '$':
			if j+1 < len(s.src) && s.src[j+1] == '{' {
				s.i = j + 2
				s.regexOK = true
				return true
			}
		}
	}
	return false
}

// regex consumes a regular expression literal with its flags.
func (s *scanner) regex() bool {
	inClass := false
	for j := s.i + 1; j < len(s.src); j++ {
		switch s.src[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '\n':
			return false
		case '/':
			if inClass {
				continue
			}
			j++
			for j < len(s.src) && isIdent(s.src[j]) {
				j++
			}
			s.i = j
			return true
		}
	}
	return false
}
