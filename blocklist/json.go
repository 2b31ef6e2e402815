package blocklist

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/nodenet/nodenet/nodeerr"
)

// MarshalJSON is Node's JSON.stringify(blockList) (toJSON): the Rules array.
func (b *BlockList) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b.Rules()); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// UnmarshalJSON is Node's blockList.fromJSON(data), adding the rules data
// describes to b. data may be the JSON array of rule strings (what
// MarshalJSON returns) or a JSON string holding that array's text (what
// fromJSON also accepts). Anything else is Node's ERR_INVALID_ARG_TYPE; JSON
// null too (Node's fromJSON(null) throws; this is not the usual Go no-op).
func (b *BlockList) UnmarshalJSON(data []byte) error {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '"' {
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return syntaxError(string(data), err)
		}
		return b.FromJSONString(s)
	}
	return b.FromJSONString(string(data))
}

// FromJSON is Node's blockList.fromJSON(array): each string that reads as a
// rule ("Address: IPv4 1.2.3.4", "Subnet: IPv6 ::/64", "Range: IPv4 a-b", as
// Rules prints them) is added in order; other strings are ignored. The text is
// matched with Node's regular expressions, so only their matches count
// ("Subnet: IPv4 10.0.0.0/320" is 10.0.0.0/32). An invalid address or prefix
// stops there with Node's error, keeping the rules added before it.
func (b *BlockList) FromJSON(rules []string) error {
	for _, item := range rules {
		if err := b.addRuleText(item); err != nil {
			return err
		}
	}
	return nil
}

// FromJSONString is Node's blockList.fromJSON(string): the string is parsed
// as JSON (a SyntaxError if it is not JSON) and must be an array of strings
// (else ERR_INVALID_ARG_TYPE), which FromJSON then adds.
func (b *BlockList) FromJSONString(s string) error {
	v, err := jsonParse(s)
	if err != nil {
		return err
	}
	arr, ok := v.([]any)
	if !ok {
		return dataTypeError(v)
	}
	rules := make([]string, len(arr))
	for i, e := range arr {
		str, ok := e.(string)
		if !ok {
			return dataTypeError(arr)
		}
		rules[i] = str
	}
	return b.FromJSON(rules)
}

// jsonParse is JSON.parse: numbers stay json.Number (no overflow error).
func jsonParse(s string) (any, error) {
	if !json.Valid([]byte(s)) {
		var raw json.RawMessage
		err := json.Unmarshal([]byte(s), &raw)
		if err == nil {
			err = errors.New("unexpected end of JSON input")
		}
		return nil, syntaxError(s, err)
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, syntaxError(s, err)
	}
	return v, nil
}

// syntaxError is the SyntaxError JSON.parse throws. Its message is V8's for
// truncated input ("Unexpected end of JSON input") and an approximation of
// V8's wording otherwise; it has no code, as in Node.
func syntaxError(s string, err error) error {
	msg := "Unexpected end of JSON input"
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se) && se.Error() != "unexpected end of JSON input":
		msg = se.Error() + " in JSON at position " + strconv.FormatInt(max(se.Offset-1, 0), 10)
		if len(msg) > 0 {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	case err.Error() == "EOF" || err.Error() == "unexpected EOF" || err.Error() == "unexpected end of JSON input":
	default:
		msg = err.Error()
	}
	return &Error{Name: "SyntaxError", Message: msg}
}

// dataTypeError is fromJSON's ERR_INVALID_ARG_TYPE for a parsed value.
func dataTypeError(v any) error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_ARG_TYPE",
		`The "data" argument must be of type string or string[]. Received `+describeJSON(v))
}

// describeJSON is Node's determineSpecificType for a JSON.parse result.
func describeJSON(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "type boolean (" + strconv.FormatBool(x) + ")"
	case json.Number:
		f, _ := strconv.ParseFloat(string(x), 64)
		if f == 0 && strings.HasPrefix(string(x), "-") {
			return "type number (-0)"
		}
		return "type number (" + jsNumberString(f) + ")"
	case string:
		return "type string (" + specificString(x) + ")"
	case []any:
		return "an instance of Array"
	default:
		return "an instance of Object"
	}
}

// specificString is determineSpecificType's string form: cut to 25 UTF-16
// units and "..." past 28, then in single quotes, or as JSON.stringify when it
// contains a single quote.
func specificString(s string) string {
	units := utf16.Encode([]rune(s))
	if len(units) > 28 {
		s = string(utf16.Decode(units[:25])) + "..."
	}
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	return jsonStringify(s)
}

// jsonStringify is JSON.stringify for a well-formed string: short escapes for
// \b \t \n \f \r, \u00xx for the other control characters, and nothing
// else escaped but '"' and '\'.
func jsonStringify(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsNumberString is Number.prototype.toString() for a finite or infinite
// float64.
func jsNumberString(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case math.IsNaN(f):
		return "NaN"
	case f == 0:
		return "0"
	}
	abs := math.Abs(f)
	if abs >= 1e21 || abs < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64) // 1.5e+21, 1e-07
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[:1]
		exp = strings.TrimLeft(exp[1:], "0")
		return mant + "e" + sign + exp
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// ci makes an ASCII literal match case-insensitively the way a JavaScript /i
// regular expression without the u flag does (only ASCII letters fold; Go's
// (?i) would also fold 'ſ' to 's').
func ci(lit string) string {
	var b strings.Builder
	for _, r := range lit {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteString("[" + string(r) + string(r-'a'+'A') + "]")
		case r >= 'A' && r <= 'Z':
			b.WriteString("[" + string(r-'A'+'a') + string(r) + "]")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// The regular expressions of Node's BlockList #parseIPInfo.
var (
	v4Text      = `(\d{1,3}(?:\.\d{1,3}){3})`
	v6Text      = `([0-9a-fA-F:.]{1,45})`
	reV4Subnet  = regexp.MustCompile(`Subnet: IPv4 ` + v4Text + `/(\d{1,2})`)
	reV4Address = regexp.MustCompile(`Address: IPv4 ` + v4Text)
	reV4Range   = regexp.MustCompile(`Range: IPv4 ` + v4Text + `-` + v4Text)
	reV6Subnet  = regexp.MustCompile(ci("Subnet: IPv6 ") + v6Text + `/([0-9]{1,3})`)
	reV6Address = regexp.MustCompile(ci("Address: IPv6 ") + v6Text)
	reV6Range   = regexp.MustCompile(ci("Range: IPv6 ") + v6Text + `-` + v6Text)
)

// addRuleText is one step of Node's #parseIPInfo.
func (b *BlockList) addRuleText(item string) error {
	if strings.Contains(item, "IPv4") {
		if m := reV4Subnet.FindStringSubmatch(item); m != nil {
			p, _ := strconv.Atoi(m[2])
			return b.AddSubnet(m[1], p, IPv4)
		}
		if m := reV4Address.FindStringSubmatch(item); m != nil {
			return b.AddAddress(m[1], IPv4)
		}
		if m := reV4Range.FindStringSubmatch(item); m != nil {
			return b.AddRange(m[1], m[2], IPv4)
		}
	}
	if strings.Contains(item, "IPv6") {
		if m := reV6Subnet.FindStringSubmatch(item); m != nil {
			p, _ := strconv.Atoi(m[2])
			return b.AddSubnet(m[1], p, IPv6)
		}
		if m := reV6Address.FindStringSubmatch(item); m != nil {
			return b.AddAddress(m[1], IPv6)
		}
		if m := reV6Range.FindStringSubmatch(item); m != nil {
			return b.AddRange(m[1], m[2], IPv6)
		}
	}
	return nil
}
