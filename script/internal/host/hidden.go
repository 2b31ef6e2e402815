package host

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The host's own machinery around a module (the catch hook, import(), the
// scope of an ES module's imports, the function its exports are registered
// with) is reached through parameters of an outer function. Their names
// are drawn at random for each module and checked against its source, so
// that no code of the module, direct eval included, can name them (Node's
// modules see no such names).

// hiddenRest are the characters of a hidden name after its first, '$'.
const hiddenRest = "$_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// hiddenName returns an identifier of n characters (n ≥ 2) that src does
// not contain, escapes in src read as the characters they stand for. Its
// first character is '$'.
func hiddenName(src string, n int) string {
	decoded := src
	if strings.Contains(src, `\u`) {
		decoded = decodeEscapes(src)
	}
	b := make([]byte, n)
	b[0] = '$'
	for {
		for i := 1; i < n; i++ {
			b[i] = hiddenRest[rand.IntN(len(hiddenRest))]
		}
		name := string(b)
		if !strings.Contains(src, name) && !strings.Contains(decoded, name) {
			return name
		}
	}
}

// decodeEscapes replaces the \uXXXX and \u{X...} escapes of src by the
// characters they stand for (an identifier may spell a name with them).
func decodeEscapes(src string) string {
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] != '\\' || i+1 >= len(src) || src[i+1] != 'u' {
			b.WriteByte(src[i])
			continue
		}
		hex, end := "", 0
		if i+2 < len(src) && src[i+2] == '{' {
			if j := strings.IndexByte(src[i+3:], '}'); j >= 0 {
				hex, end = src[i+3:i+3+j], i+3+j+1
			}
		} else if i+6 <= len(src) {
			hex, end = src[i+2:i+6], i+6
		}
		r, err := strconv.ParseUint(hex, 16, 32)
		if hex == "" || err != nil || r > utf8.MaxRune {
			b.WriteByte(src[i])
			continue
		}
		b.WriteRune(rune(r))
		i = end - 1
	}
	return b.String()
}
