package path

import "strings"

// matchGlob reports whether p matches the glob pattern: "*" and "?" within
// a segment, "[...]" classes ("!" or "^" negates), "{a,b}" alternatives,
// and "**" for any number of segments. Wildcards do not match a segment
// that begins with a dot. The pattern's separators are "/" and "\".
func (f flavour) matchGlob(p, pattern string) bool {
	segs := globSegments(p, f.isSep)
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

func matchWild(s, pat string) bool {
	for len(pat) > 0 {
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
			end := strings.IndexByte(pat[1:], ']')
			if end < 0 || len(s) == 0 {
				if len(s) == 0 || s[0] != '[' {
					return false
				}
				s, pat = s[1:], pat[1:]
				continue
			}
			class := pat[1 : 1+end]
			neg := len(class) > 0 && (class[0] == '!' || class[0] == '^')
			if neg {
				class = class[1:]
			}
			in := false
			for i := 0; i < len(class); i++ {
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
