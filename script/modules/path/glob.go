package path

import (
	"strconv"
	"strings"
)

// matchGlob reports whether p matches the glob pattern: "*" and "?" within
// a segment, "[...]" classes ("!" or "^" negates), "{a,b}" alternatives,
// and "**" for any number of segments. Wildcards do not match a segment
// that begins with a dot. The pattern's separators are "/" and "\".
func (f flavour) matchGlob(p, pattern string) bool {
	segs := resolveDotDot(globSegments(p, f.isSep))
	for _, alt := range expandBraces(pattern, 0) {
		if matchSegs(segs, globSegments(alt, win32F.isSep)) {
			return true
		}
	}
	return false
}

// expandBraces expands the first "{a,b}" group of s (recursively), up to a
// bounded depth.
func expandBraces(s string, depth int) []string {
	open := strings.IndexByte(s, '{')
	if open < 0 || depth > 8 {
		return []string{s}
	}
	level, start := 0, open+1
	var alts []string
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			level++
		case ',':
			if level == 1 {
				alts = append(alts, s[start:i])
				start = i + 1
			}
		case '}':
			level--
			if level == 0 {
				alts = append(alts, s[start:i])
				if len(alts) < 2 {
					alts = braceRange(alts[0])
				}
				if len(alts) < 2 {
					return []string{s}
				}
				var out []string
				for _, a := range alts {
					out = append(out, expandBraces(s[:open]+a+s[i+1:], depth+1)...)
				}
				return out
			}
		}
	}
	return []string{s}
}

func matchSegs(segs, pat []string) bool {
	if len(pat) == 0 {
		return len(segs) == 0 || (len(segs) == 1 && segs[0] == "")
	}
	if pat[0] == "**" {
		least := 0
		if len(pat) == 1 {
			least = 1 // a final "**" needs a segment, if only an empty one
		}
		for k := 0; k <= len(segs); k++ {
			if k > 0 && strings.HasPrefix(segs[k-1], ".") {
				return false
			}
			if k >= least && matchSegs(segs[k:], pat[1:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 || !matchSeg(segs[0], pat[0]) {
		return false
	}
	return matchSegs(segs[1:], pat[1:])
}

// matchSeg matches one segment against one pattern segment.
func matchSeg(s, pat string) bool {
	if strings.HasPrefix(s, ".") && !strings.HasPrefix(pat, ".") {
		return false
	}
	return matchWild(s, pat)
}

// extglob splits an extended glob "@(a|b)rest" at the start of pat (after
// its operator) into the alternatives and the rest; ok is false when pat
// does not open one.
func extglob(pat string) (alts []string, rest string, ok bool) {
	if len(pat) < 3 || pat[1] != '(' || strings.IndexByte("@?+*!", pat[0]) < 0 {
		return nil, "", false
	}
	depth, start := 0, 2
	for i := 1; i < len(pat); i++ {
		switch pat[i] {
		case '(':
			depth++
		case '|':
			if depth == 1 {
				alts = append(alts, pat[start:i])
				start = i + 1
			}
		case ')':
			depth--
			if depth == 0 {
				return append(alts, pat[start:i]), pat[i+1:], true
			}
		}
	}
	return nil, "", false
}

// matchAny reports whether s matches one of the alternatives.
func matchAny(s string, alts []string) bool {
	for _, a := range alts {
		if matchWild(s, a) {
			return true
		}
	}
	return false
}

// matchExt matches s against the extended glob op(alts) followed by rest.
func matchExt(s string, op byte, alts []string, rest string) bool {
	if (op == '?' || op == '*') && matchWild(s, rest) {
		return true
	}
	for k := 0; k <= len(s); k++ {
		head, tail := s[:k], s[k:]
		if op == '!' {
			if !matchAny(head, alts) && matchWild(tail, rest) {
				return true
			}
			continue
		}
		if !matchAny(head, alts) {
			continue
		}
		if matchWild(tail, rest) {
			return true
		}
		if (op == '+' || op == '*') && k > 0 && matchExt(tail, '+', alts, rest) {
			return true
		}
	}
	return false
}

// posixClass reports whether c is in the class named by "[:name:]".
func posixClass(name string, c byte) (in, ok bool) {
	switch name {
	case "alpha":
		return isLetter(c), true
	case "digit":
		return c >= '0' && c <= '9', true
	case "alnum":
		return isLetter(c) || (c >= '0' && c <= '9'), true
	case "upper":
		return c >= 'A' && c <= 'Z', true
	case "lower":
		return c >= 'a' && c <= 'z', true
	case "space":
		return c == ' ' || (c >= '\t' && c <= '\r'), true
	case "xdigit":
		return unhexGlob(c), true
	case "punct":
		return c > ' ' && c < 0x7f && !isLetter(c) && !(c >= '0' && c <= '9'), true
	}
	return false, false
}

func unhexGlob(c byte) bool {
	return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

// classEnd finds the "]" that closes the class opened at pat[0], skipping
// "[:name:]" inside; -1 if none.
func classEnd(pat string) int {
	for i := 1; i < len(pat); i++ {
		if pat[i] == '[' && i+1 < len(pat) && pat[i+1] == ':' {
			if j := strings.Index(pat[i+2:], ":]"); j >= 0 {
				i += j + 3
				continue
			}
		}
		if pat[i] == ']' && i > 1 {
			return i
		}
	}
	return -1
}

func matchWild(s, pat string) bool {
	for len(pat) > 0 {
		if alts, rest, ok := extglob(pat); ok {
			return matchExt(s, pat[0], alts, rest)
		}
		switch pat[0] {
		case '*':
			for len(pat) > 0 && pat[0] == '*' {
				pat = pat[1:]
			}
			for i := 0; i <= len(s); i++ {
				if matchWild(s[i:], pat) {
					return true
				}
			}
			return false
		case '?':
			if len(s) == 0 {
				return false
			}
			s, pat = s[1:], pat[1:]
		case '[':
			end := classEnd(pat)
			if end < 0 || len(s) == 0 {
				if len(s) == 0 || s[0] != '[' {
					return false
				}
				s, pat = s[1:], pat[1:]
				continue
			}
			class := pat[1:end]
			end-- // pat[2+end:] is what follows the class
			neg := len(class) > 0 && (class[0] == '!' || class[0] == '^')
			if neg {
				class = class[1:]
			}
			in := false
			for i := 0; i < len(class); i++ {
				if class[i] == '[' && i+1 < len(class) && class[i+1] == ':' {
					if j := strings.Index(class[i+2:], ":]"); j >= 0 {
						if got, ok := posixClass(class[i+2:i+2+j], s[0]); ok && got {
							in = true
						}
						i += j + 3
						continue
					}
				}
				if i+2 < len(class) && class[i+1] == '-' {
					if s[0] >= class[i] && s[0] <= class[i+2] {
						in = true
					}
					i += 2
				} else if s[0] == class[i] {
					in = true
				}
			}
			if in == neg {
				return false
			}
			s, pat = s[1:], pat[2+end:]
		default:
			if len(s) == 0 || s[0] != pat[0] {
				return false
			}
			s, pat = s[1:], pat[1:]
		}
	}
	return len(s) == 0
}

// globSegments splits s at separators: a leading separator gives an empty
// first segment, a trailing one an empty last segment.
func globSegments(s string, isSep func(byte) bool) []string {
	var out []string
	if s == "" {
		return out
	}
	if isSep(s[0]) {
		out = append(out, "")
	}
	out = append(out, strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isSep(byte(r)) })...)
	if len(s) > 1 && isSep(s[len(s)-1]) {
		out = append(out, "")
	}
	return out
}

// braceRange expands "1..3" or "a..c" (the inside of a brace) into its
// members, at most 1000 of them; nil when s is not a range.
func braceRange(s string) []string {
	i := strings.Index(s, "..")
	if i <= 0 || i+2 >= len(s) {
		return nil
	}
	lo, hi := s[:i], s[i+2:]
	if a, err := strconv.Atoi(lo); err == nil {
		b, err := strconv.Atoi(hi)
		if err != nil {
			return nil
		}
		step := 1
		if b < a {
			step = -1
		}
		var out []string
		for n := a; len(out) < 1000; n += step {
			out = append(out, strconv.Itoa(n))
			if n == b {
				break
			}
		}
		return out
	}
	if len(lo) == 1 && len(hi) == 1 && isLetter(lo[0]) && isLetter(hi[0]) {
		var out []string
		step := byte(1)
		if hi[0] < lo[0] {
			step = 255
		}
		for c := lo[0]; ; c += step {
			out = append(out, string(c))
			if c == hi[0] {
				break
			}
		}
		return out
	}
	return nil
}

// resolveDotDot removes the segments ".." climbs out of ("a/../b" is "b").
func resolveDotDot(segs []string) []string {
	out := segs[:0:0]
	for _, s := range segs {
		if s == ".." && len(out) > 0 && out[len(out)-1] != ".." && out[len(out)-1] != "" {
			out = out[:len(out)-1]
			continue
		}
		out = append(out, s)
	}
	return out
}
