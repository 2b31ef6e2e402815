// Package url is the module group of node:url and node:querystring:
// lib/url.js, lib/querystring.js, their internal modules, and the url
// binding (the WHATWG URL parser, Node's ada binding).
package url

import (
	"crypto/rand"
	"embed"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	whatwg "github.com/nlnwa/whatwg-url/url"
	"golang.org/x/net/idna"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "url" binding: the WHATWG URL parser (Node's ada binding, node_url.cc)
// for lib/internal/url.js. Each parse or update leaves the offsets of the
// href's components in urlComponents, as ada's url_aggregator does.

// omitted is ada's "no such component" offset (uint32(-1)).
const omitted = 4294967295

// Update actions of internal/url.js.
const (
	urlProtocol = iota
	urlHost
	urlHostname
	urlPort
	urlUsername
	urlPassword
	urlPathname
	urlSearch
	urlHash
	urlHref
)

// urlParser is the WHATWG parser with the current path percent-encode set
// (the URL Standard added U+005E (^) to it after the parser's release) and
// a stricter reading of bracketed hosts (see checkBrackets).
var urlParser = hostFallbackParser{
	strict: whatwg.NewParser(whatwg.WithPathPercentEncodeSet(whatwg.PathPercentEncodeSet.Set('^')),
		whatwg.WithPreParseHostFunc(checkBrackets)),
	lenient: whatwg.NewParser(whatwg.WithPathPercentEncodeSet(whatwg.PathPercentEncodeSet.Set('^')),
		whatwg.WithLaxHostParsing(), whatwg.WithPreParseHostFunc(lenientHost)),
}

// hostFallbackParser parses with strict, and when that fails retries with
// lenient, whose host rules are lenientHost's: the parser's IDNA step
// applies the STD3 character rules and validates "xn--" labels, which the
// URL Standard (and Node) do not.
type hostFallbackParser struct{ strict, lenient whatwg.Parser }

func (p hostFallbackParser) Parse(s string) (*whatwg.Url, error) {
	u, err := p.strict.Parse(s)
	if err != nil {
		if lu, lerr := p.lenient.Parse(s); lerr == nil {
			return lu, nil
		}
	}
	return u, err
}

func (p hostFallbackParser) ParseRef(base, ref string) (*whatwg.Url, error) {
	u, err := p.strict.ParseRef(base, ref)
	if err != nil {
		if lu, lerr := p.lenient.ParseRef(base, ref); lerr == nil {
			return lu, nil
		}
	}
	return u, err
}

// setHostLenient applies a host setter; when the strict parser leaves the
// URL as it was, the lenient one gets its turn (see hostFallbackParser).
func setHostLenient(u *whatwg.Url, v string, set func(*whatwg.Url, string)) *whatwg.Url {
	before := u.Href(false)
	set(u, v)
	if u.Href(false) != before {
		return u
	}
	lu, err := urlParser.lenient.Parse(before)
	if err != nil {
		return u
	}
	set(lu, v)
	if lu.Href(false) != before {
		return lu
	}
	return u
}

// badHost is a host every parser rejects (an IPv6 address that is none).
const badHost = "[x]"

// lenientIDNA maps a domain to ASCII as the URL Standard's domain to ASCII
// does without beStrict: UTS #46 mapping and Punycode, no STD3 rules.
var lenientIDNA = idna.New(idna.MapForLookup(), idna.StrictDomainName(false), idna.Transitional(false),
	idna.CheckHyphens(false), idna.VerifyDNSLength(false))

// forbiddenHost holds the URL Standard's forbidden host code points; the
// forbidden domain code points add the C0 controls, "%" and U+007F
// (isForbiddenDomain).
const forbiddenHost = "\x00\t\n\r #/:<>?@[\\]^|"

func isForbiddenDomain(r rune) bool {
	return r <= 0x20 || r == '%' || r == 0x7f || strings.ContainsRune(forbiddenHost, r)
}

// lenientHost is the host parser of the fallback: it gives the ASCII host
// the parser must keep (its lax mode takes it as it is), or badHost.
func lenientHost(u *whatwg.Url, host string) string {
	if host == "" || host[0] == '[' {
		return checkBrackets(u, host)
	}
	if !u.IsSpecialScheme() {
		if strings.ContainsAny(host, forbiddenHost) {
			return badHost
		}
		return host
	}
	domain, err := url.PathUnescape(host)
	if err != nil || !utf8.ValidString(domain) {
		return badHost
	}
	ascii, err := lenientIDNA.ToASCII(domain)
	if err != nil && textenc.IsASCII(domain) {
		// ASCII labels pass as they are, "xn--" ones unchecked.
		ascii, err = strings.ToLower(domain), nil
	}
	if err != nil || ascii == "" || strings.ContainsFunc(ascii, isForbiddenDomain) {
		return badHost
	}
	// A name whose last label is a number is an IPv4 address, which the
	// strict parser has already read; signed labels ("-1") are left to it.
	labels := strings.Split(strings.TrimSuffix(ascii, "."), ".")
	if last := labels[len(labels)-1]; last == "" || strings.Trim(last, "0123456789") == "" ||
		strings.HasPrefix(last, "0x") || strings.ContainsAny(last, "+-") && strings.Trim(last, "+-0123456789") == "" {
		return badHost
	}
	return ascii
}

// checkBrackets makes a bracketed host holding another bracket ("[[::1]",
// "[::1]]") fail as an IPv6 address: the parser would drop the extra
// brackets and accept it.
func checkBrackets(u *whatwg.Url, host string) string {
	if len(host) > 1 && host[0] == '[' && strings.ContainsAny(strings.TrimSuffix(host[1:], "]"), "[]") {
		return badHost
	}
	if strings.ContainsAny(host, "+-") && u.IsSpecialScheme() && signedIPv4(host) {
		return badHost
	}
	return host
}

// signedIPv4 reports whether host ends in a number (so it must be an IPv4
// address) while another of its labels holds a sign, which no IPv4 part
// may: the parser would read "-1.2.3.4" as an address.
func signedIPv4(host string) bool {
	last := strings.TrimSuffix(host, ".")
	last = last[strings.LastIndexByte(last, '.')+1:]
	if len(last) >= 2 && last[0] == '0' && last[1]|0x20 == 'x' {
		last = last[2:]
		if strings.Trim(last, "0123456789abcdefABCDEF") != "" {
			return false
		}
	} else if last == "" || strings.Trim(last, "0123456789") != "" {
		return false
	}
	return strings.ContainsAny(host, "+-")
}

// schemeType is ada::scheme::type.
func schemeType(s string) int {
	switch s {
	case "http":
		return 0
	case "https":
		return 2
	case "ws":
		return 3
	case "ftp":
		return 4
	case "wss":
		return 5
	case "file":
		return 6
	}
	return 1
}

// urlComponents computes ada's component offsets of u's href.
func urlComponents(u *whatwg.Url) (string, [9]float64) {
	href := u.Href(false)
	var c [9]float64
	scheme := u.Scheme()
	pe := len(scheme) + 1
	c[0] = float64(pe)
	pos := pe
	if strings.HasPrefix(href[pe:], "//") {
		ue := pe + 2 + len(u.Username())
		hs := ue
		if u.Password() != "" {
			hs = ue + 1 + len(u.Password())
		}
		he := hs + len(u.Hostname())
		if u.Username() != "" || u.Password() != "" {
			he++
		}
		c[1], c[2], c[3] = float64(ue), float64(hs), float64(he)
		pos = he
		if u.Port() != "" {
			c[4] = float64(atoiOr(u.Port(), 0))
			pos += 1 + len(u.Port())
		} else {
			c[4] = omitted
		}
	} else {
		c[1], c[2], c[3], c[4] = float64(pe), float64(pe), float64(pe), omitted
		if strings.HasPrefix(href[pe:], "/.") && !u.OpaquePath() && strings.HasPrefix(u.Pathname(), "//") {
			pos += 2
		}
	}
	c[5] = float64(pos)
	end := pos + len(u.Pathname())
	c[6], c[7] = omitted, omitted
	rest := href[min(end, len(href)):]
	if strings.HasPrefix(rest, "?") {
		c[6] = float64(end)
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		c[7] = float64(end + i)
	}
	c[8] = float64(schemeType(scheme))
	return href, c
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

// parseURL parses input against base (if any) as the URL constructor does.
func parseURL(input string, base *string) (*whatwg.Url, bool) {
	if base != nil {
		b, err := urlParser.Parse(*base)
		if err != nil {
			return nil, false
		}
		u, err := urlParser.ParseRef(b.Href(false), input)
		if err != nil {
			return nil, false
		}
		return u, true
	}
	u, err := urlParser.Parse(input)
	if err != nil {
		return nil, false
	}
	return u, true
}

// binding is the url binding of one host.
type binding struct {
	h     *host.Host
	vm    *goja.Runtime
	comps *goja.Object // urlComponents: the offsets of the last href
}

// store records the component offsets of u and returns its href.
func (b *binding) store(u *whatwg.Url) goja.Value {
	href, c := urlComponents(u)
	for i, v := range c {
		_ = b.comps.Set(strconv.Itoa(i), v)
	}
	return b.vm.ToValue(href)
}

// invalid is the ERR_INVALID_URL error of input (against base).
func (b *binding) invalid(input string, base *string) goja.Value {
	h, vm := b.h, b.vm
	codes := h.RequireLib("internal/errors").ToObject(vm).Get("codes").ToObject(vm)
	args := []goja.Value{vm.ToValue(input)}
	if base != nil {
		args = append(args, vm.ToValue(*base))
	}
	e, err := vm.New(codes.Get("ERR_INVALID_URL").ToObject(vm), args...)
	if err != nil {
		h.Rethrow(err)
	}
	return e
}

// optBase is an optional base URL argument.
func optBase(v goja.Value) *string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	s := v.String()
	return &s
}

// Binding builds the url binding of h: the WHATWG URL parser for
// lib/internal/url.js.
func Binding(h *host.Host) *goja.Object {
	vm := h.Runtime()
	b := &binding{h: h, vm: vm, comps: vm.NewArray()}
	o := vm.NewObject()
	_ = o.Set("urlComponents", b.comps)
	_ = o.Set("parse", b.parse)
	_ = o.Set("canParse", b.canParse)
	_ = o.Set("pathToFileURL", b.pathToFileURL)
	_ = o.Set("update", b.update)
	_ = o.Set("getOrigin", b.getOrigin)
	_ = o.Set("domainToASCII", b.domainToASCII)
	_ = o.Set("domainToUnicode", b.domainToUnicode)
	_ = o.Set("format", b.format)
	_ = o.Set("parseParams", b.parseParams)
	_ = o.Set("legacyToASCII", b.legacyToASCII)
	_ = o.Set("randomUUID", b.randomUUID)
	_ = o.Set("serializeParams", b.serializeParams)
	return o
}

func (b *binding) parse(c goja.FunctionCall) goja.Value {
	input, base := c.Argument(0).String(), optBase(c.Argument(1))
	u, ok := parseURL(input, base)
	if !ok {
		if c.Argument(2).ToBoolean() {
			panic(b.invalid(input, base))
		}
		return goja.Undefined()
	}
	return b.store(u)
}

func (b *binding) canParse(c goja.FunctionCall) goja.Value {
	vm := b.vm
	_, ok := parseURL(c.Argument(0).String(), optBase(c.Argument(1)))
	return vm.ToValue(ok)
}

// pathToFileURL(path, hostname) is the file URL of an absolute path
// (written with slashes) on hostname (a UNC server, or none).
func (b *binding) pathToFileURL(c goja.FunctionCall) goja.Value {
	p := c.Argument(0).String()
	var sb strings.Builder
	sb.WriteString("file://")
	if h := c.Argument(1); !goja.IsUndefined(h) {
		sb.WriteString(h.String())
	}
	for i := 0; i < len(p); i++ {
		ch := p[i]
		switch {
		case ch == '%' || ch == '\\' || ch == '#' || ch == '?' || ch == '~' ||
			ch < 0x21 || ch >= 0x7f || ch == '"' || ch == '<' || ch == '>' || ch == '`' || ch == '{' || ch == '}' || ch == '^' || ch == '|' || ch == '[' || ch == ']':
			sb.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(ch)|0x100, 16)[1:]))
		default:
			sb.WriteByte(ch)
		}
	}
	u, err := urlParser.Parse(sb.String())
	if err != nil {
		panic(b.invalid(p, nil))
	}
	return b.store(u)
}

func (b *binding) update(c goja.FunctionCall) goja.Value {
	vm := b.vm
	u, err := urlParser.Parse(c.Argument(0).String())
	if err != nil {
		return vm.ToValue(false)
	}
	v := c.Argument(2).String()
	switch c.Argument(1).ToInteger() {
	case urlProtocol:
		u.SetProtocol(v)
	case urlHost:
		u = setHostLenient(u, v, (*whatwg.Url).SetHost)
	case urlHostname:
		u = setHostLenient(u, v, (*whatwg.Url).SetHostname)
	case urlPort:
		u.SetPort(v)
	case urlUsername:
		u.SetUsername(v)
	case urlPassword:
		u.SetPassword(v)
	case urlPathname:
		u.SetPathname(v)
	case urlSearch:
		u.SetSearch(v)
	case urlHash:
		u.SetHash(v)
	case urlHref:
		nu, err := urlParser.Parse(v)
		if err != nil {
			return vm.ToValue(false)
		}
		u = nu
	}
	// A setter may leave the URL in a state its serialization does not
	// round-trip through the parser; re-parse to normalize.
	if nu, err := urlParser.Parse(u.Href(false)); err == nil {
		u = nu
	}
	return b.store(u)
}

func (b *binding) getOrigin(c goja.FunctionCall) goja.Value {
	vm := b.vm
	u, err := urlParser.Parse(c.Argument(0).String())
	if err != nil {
		return vm.ToValue("null")
	}
	return vm.ToValue(urlOrigin(u))
}

// domainHost reads s as the hostname setter of a special URL reads its
// value: tabs and line breaks dropped, the text up to the first "/", "\\",
// "?" or "#" is the host, which may hold no ":" outside brackets and no
// "@"; it is "" when there is no valid host.
func domainHost(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
	if i := strings.IndexAny(s, "/\\?#"); i >= 0 {
		s = s[:i]
	}
	if s == "" || strings.IndexByte(s, '@') >= 0 {
		return ""
	}
	inBrackets := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			inBrackets = true
		case ']':
			inBrackets = false
		case ':':
			if !inBrackets {
				return ""
			}
		}
	}
	u, err := urlParser.Parse("ws://" + s + "/")
	if err != nil {
		return ""
	}
	return u.Hostname()
}

func (b *binding) domainToASCII(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(domainHost(c.Argument(0).String()))
}

func (b *binding) domainToUnicode(c goja.FunctionCall) goja.Value {
	// Each "xn--" label that decodes (and encodes back to itself) is
	// shown decoded; the others stay as they are.
	labels := strings.Split(domainHost(c.Argument(0).String()), ".")
	for i, l := range labels {
		if len(l) > 4 && strings.HasPrefix(l, "xn--") {
			if s, err := lenientIDNA.ToUnicode(l); err == nil {
				if back, err := lenientIDNA.ToASCII(s); err == nil && back == l {
					labels[i] = s
				}
			}
		}
	}
	return b.vm.ToValue(strings.Join(labels, "."))
}

func (b *binding) format(c goja.FunctionCall) goja.Value {
	vm := b.vm
	u, err := urlParser.Parse(c.Argument(0).String())
	if err != nil {
		return c.Argument(0)
	}
	if !c.Argument(1).ToBoolean() {
		u.SetHash("")
	}
	if !c.Argument(3).ToBoolean() {
		u.SetSearch("")
	}
	if !c.Argument(4).ToBoolean() {
		u.SetUsername("")
		u.SetPassword("")
	}
	href, comp := urlComponents(u)
	if c.Argument(2).ToBoolean() && u.Hostname() != "" {
		if s, err := idna.ToUnicode(u.Hostname()); err == nil {
			hs, he := int(comp[2]), int(comp[3])
			if hs < len(href) && href[hs] == '@' {
				hs++
			}
			href = href[:hs] + s + href[he:]
		}
	}
	return vm.ToValue(href)
}

// urlOrigin is the ASCII serialization of u's origin.
func urlOrigin(u *whatwg.Url) string {
	switch u.Scheme() {
	case "http", "https", "ws", "wss", "ftp":
		return u.Protocol() + "//" + u.Host()
	case "blob":
		if inner, err := urlParser.Parse(u.Pathname()); err == nil {
			if s := inner.Scheme(); s == "http" || s == "https" {
				return urlOrigin(inner)
			}
		}
	}
	return "null"
}

// formDecode decodes one name or value of application/x-www-form-urlencoded
// text: "+" is a space, %XX a byte (a malformed escape stays), and the
// bytes are read as UTF-8 (invalid sequences become U+FFFD).
func formDecode(s string) string {
	if strings.IndexByte(s, '+') < 0 && strings.IndexByte(s, '%') < 0 {
		return s
	}
	return lossyUTF8(formBytes(nil, s))
}

// formBytes appends to out the bytes of s with "+" and the %XX escapes
// decoded.
func formBytes[T string | []byte](out []byte, s T) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+':
			out = append(out, ' ')
		case c == '%' && i+2 < len(s) && textenc.HexValue(s[i+1]) >= 0 && textenc.HexValue(s[i+2]) >= 0:
			out = append(out, byte(textenc.HexValue(s[i+1])<<4|textenc.HexValue(s[i+2])))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}

// formDecodeUnits is formDecode for the string constructor of
// URLSearchParams, given the UTF-16 code units of one name or value: when
// the decoded bytes are not UTF-8, Node reads the text again taking the
// low byte of each code unit, and so does this.
func formDecodeUnits(u []uint16) string {
	s := string(utf16.Decode(u))
	if strings.IndexByte(s, '+') < 0 && strings.IndexByte(s, '%') < 0 {
		return s
	}
	out := formBytes(nil, s)
	if utf8.Valid(out) {
		return string(out)
	}
	low := make([]byte, len(u))
	for i, c := range u {
		low[i] = byte(c)
	}
	return lossyUTF8(formBytes(out[:0], low))
}

// lossyUTF8 reads b as UTF-8, each maximal invalid subsequence becoming one
// U+FFFD (the Encoding Standard's decoder).
func lossyUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.WriteRune(r)
			i += n
			continue
		}
		sb.WriteRune(utf8.RuneError)
		i += invalidRun(b[i:])
	}
	return sb.String()
}

// invalidRun is the length of the maximal subpart of an ill-formed
// sequence at the start of b: its lead byte and the continuation bytes
// that could still have completed it.
func invalidRun(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1
	}
	n := 1
	for n <= need && n < len(b) && b[n] >= lo && b[n] <= hi {
		n++
		lo, hi = 0x80, 0xbf
	}
	return n
}

// parseParams parses a query (without its "?") into a flat list of names
// and values, as URLSearchParams keeps them.
func (b *binding) parseParams(c goja.FunctionCall) goja.Value {
	s := c.Argument(0).String()
	if c.Argument(1).ToBoolean() {
		if gs, ok := c.Argument(0).(goja.String); ok && len(s) != gs.Length() {
			// The string constructor reads non-ASCII text by code units
			// (see formDecodeUnits).
			u := make([]uint16, gs.Length())
			for i := range u {
				u[i] = gs.CharAt(i)
			}
			return b.vm.NewArray(splitPairs(len(u), func(i int) uint16 { return u[i] },
				func(i, j int) string { return formDecodeUnits(u[i:j]) })...)
		}
	}
	return b.vm.NewArray(splitPairs(len(s), func(i int) uint16 { return uint16(s[i]) },
		func(i, j int) string { return formDecode(s[i:j]) })...)
}

// splitPairs splits n units (at(i) is the i-th) at each "&" into
// name=value pairs, skipping empty parts, and gives each name and value
// as decode(start, end) makes it, in one list.
func splitPairs(n int, at func(int) uint16, decode func(start, end int) string) []any {
	var list []any
	for start := 0; start < n; {
		end := start
		for end < n && at(end) != '&' {
			end++
		}
		if end > start {
			eq := start
			for eq < end && at(eq) != '=' {
				eq++
			}
			value := ""
			if eq < end {
				value = decode(eq+1, end)
			}
			list = append(list, decode(start, eq), value)
		}
		start = end + 1
	}
	return list
}

// formSafe marks the bytes the form serializer writes as they are.
var formSafe = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	for _, c := range "*-._" {
		t[c] = true
	}
	return
}()

func formEncode(sb *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case formSafe[c]:
			sb.WriteByte(c)
		case c == ' ':
			sb.WriteByte('+')
		default:
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		}
	}
}

// serializeParams writes a flat list of names and values as
// application/x-www-form-urlencoded text.
func (b *binding) serializeParams(c goja.FunctionCall) goja.Value {
	o, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return b.vm.ToValue("")
	}
	n := int(o.Get("length").ToInteger())
	var sb strings.Builder
	for i := 0; i+1 < n; i += 2 {
		if i > 0 {
			sb.WriteByte('&')
		}
		formEncode(&sb, o.Get(strconv.Itoa(i)).String())
		sb.WriteByte('=')
		formEncode(&sb, o.Get(strconv.Itoa(i+1)).String())
	}
	return b.vm.ToValue(sb.String())
}

// legacyIDNA is the lenient IDNA mapping of url.parse: UTS #46 mapping and
// Punycode, without the STD3 character rules.
var legacyIDNA = idna.New(idna.MapForLookup(), idna.StrictDomainName(false), idna.Transitional(false))

// legacyToASCII(hostname) is the ASCII form of a hostname for url.parse, or
// "" when it has none (or maps to a character no host may hold).
func (b *binding) legacyToASCII(c goja.FunctionCall) goja.Value {
	s, err := legacyIDNA.ToASCII(c.Argument(0).String())
	if err != nil || s == "" || strings.ContainsAny(s, forbiddenHost+"%") {
		return b.vm.ToValue("")
	}
	return b.vm.ToValue(s)
}

// randomUUID is a random (version 4) UUID, for object URLs.
func (b *binding) randomUUID(goja.FunctionCall) goja.Value {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return b.vm.ToValue(fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]))
}
