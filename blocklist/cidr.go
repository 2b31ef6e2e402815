package blocklist

import (
	"strconv"
	"strings"

	"github.com/nodenet/nodenet/nodeerr"
)

// cidr is the result of Node's parseCIDR: the address text, the prefix (its
// decimal text, which equals String(prefix) in JavaScript) and the family
// guessed from the text (IPv6 when it contains a ':').
type cidr struct {
	address string
	prefix  string
	family  Family
}

// parseCIDR is Node's parseCIDR: split at the last '/', the prefix must be
// the canonical decimal text of an integer (no sign other than '-', no
// leading zeros, no spaces, not "-0", and what parseInt reads must print
// back as the same text).
func parseCIDR(s string) (cidr, error) {
	slash := strings.LastIndexByte(s, '/')
	if slash < 0 {
		return cidr{}, nodeerr.InvalidArgValueOf("cidr", s, `must contain a prefix length (e.g. "10.0.0.0/8")`)
	}
	c := cidr{address: s[:slash], prefix: s[slash+1:], family: IPv4}
	if !canonicalJSInteger(c.prefix) {
		return cidr{}, nodeerr.InvalidArgValueOf("cidr", s, "prefix length must be a valid integer")
	}
	if strings.IndexByte(c.address, ':') >= 0 {
		c.family = IPv6
	}
	return c, nil
}

// canonicalJSInteger reports whether `${parseInt(s, 10)}` === s.
func canonicalJSInteger(s string) bool {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	if digits[0] == '0' {
		return s == "0" // "-0" prints as "0"; "07" as "7"
	}
	if len(digits) <= 15 {
		return true
	}
	f, err := strconv.ParseFloat(digits, 64)
	if err != nil || f >= 1e21 { // JavaScript switches to exponent notation
		return false
	}
	return strconv.FormatFloat(f, 'f', -1, 64) == digits
}

// checkPrefixText validates a prefix given as canonical integer text against
// the family's maximum: ERR_OUT_OF_RANGE like validateInt32.
func checkPrefixText(prefix string, family Family) (int, error) {
	max := maxPrefix(family)
	neg := strings.HasPrefix(prefix, "-")
	digits := strings.TrimPrefix(prefix, "-")
	if !neg && len(digits) <= 3 {
		if v, _ := strconv.Atoi(digits); v <= max {
			return v, nil
		}
	}
	return 0, prefixRangeError(family, receivedText(prefix))
}

// checkPrefix validates an int prefix.
func checkPrefix(prefix int, family Family) error {
	if prefix < 0 || prefix > maxPrefix(family) {
		return prefixRangeError(family, nodeerr.ReceivedInteger(int64(prefix)))
	}
	return nil
}

func maxPrefix(f Family) int {
	if f == IPv6 {
		return 128
	}
	return 32
}

func prefixRangeError(f Family, received string) error {
	return nodeerr.OutOfRange("prefix", ">= 0 && <= "+strconv.Itoa(maxPrefix(f)), received)
}

// receivedText formats canonical integer text as ERR_OUT_OF_RANGE does.
func receivedText(s string) string {
	digits := strings.TrimPrefix(s, "-")
	if len(digits) > 10 || (len(digits) == 10 && digits > "4294967296") {
		return nodeerr.AddNumericalSeparator(s)
	}
	return s
}
