package util

import (
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "inspect" binding: the per-value work of util.inspect that is cheaper
// in Go than in the interpreter (what kind of object a value is, quoting
// and escaping strings, display widths, stack frames in V8's shape).

// Object kinds reported by kind(); internal/util/inspect.js has the same table.
const (
	kindOther = iota
	kindArray
	kindFunction
	kindAsyncFunction
	kindGeneratorFunction
	kindError
	kindRegExp
	kindDate
	kindMap
	kindSet
	kindWeakMap
	kindWeakSet
	kindPromise
	kindNumber
	kindString
	kindBoolean
	kindSymbol
	kindBigInt
	kindMapIterator
	kindSetIterator
	kindArguments
	kindArrayBuffer
	kindTypedArray
	kindDataView
	kindProxy
	kindPlain
)

type inspectNatives struct {
	vm               *goja.Runtime
	objectProto      *goja.Object
	asyncFnProto     *goja.Object
	generatorFnProto *goja.Object
	mapType          reflect.Type
	setType          reflect.Type
	arrayProto       *goja.Object
	errorProto       *goja.Object
	mapProto         *goja.Object
	dateProto        *goja.Object
	toISOString      goja.Callable
	setProto         *goja.Object
	customSym        *goja.Symbol
	plainReady       bool
	iterReady        bool
}

// inspectSamples are values whose Go export types and prototypes the fast
// path and functionKind compare with.
const inspectSamples = `[new Map(), new Set(),
	Object.getPrototypeOf(async function () {}), Object.getPrototypeOf(function* () {})]`

// Inspect builds the inspect binding of h.
func Inspect(h *host.Host) *goja.Object {
	vm := h.Runtime()
	n := &inspectNatives{vm: vm}
	global := vm.GlobalObject()
	protoOf := func(name string) *goja.Object {
		if c, ok := global.Get(name).(*goja.Object); ok {
			if p, ok := c.Get("prototype").(*goja.Object); ok {
				return p
			}
		}
		return nil
	}
	n.objectProto = protoOf("Object")
	n.arrayProto = protoOf("Array")
	n.errorProto = protoOf("Error")
	n.mapProto = protoOf("Map")
	n.dateProto = protoOf("Date")
	if n.dateProto != nil {
		n.toISOString, _ = goja.AssertFunction(n.dateProto.Get("toISOString"))
	}
	n.setProto = protoOf("Set")
	if sym, ok := vm.GlobalObject().Get("Symbol").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(sym.Get("for")); ok {
			if v, err := f(sym, vm.ToValue("nodejs.util.inspect.custom")); err == nil {
				n.customSym, _ = v.(*goja.Symbol)
			}
		}
	}
	n.plainReady = n.customSym != nil && passes(n.plainSelfTest)
	n.iterReady = passes(n.iterSelfTest)
	if v, err := vm.RunString(inspectSamples); err == nil {
		s := h.ArrayValues(v)
		n.mapType = s[0].(*goja.Object).ExportType()
		n.setType = s[1].(*goja.Object).ExportType()
		n.asyncFnProto = s[2].(*goja.Object)
		n.generatorFnProto = s[3].(*goja.Object)
	}
	o := vm.NewObject()
	_ = o.Set("kind", n.kind)
	_ = o.Set("quote", n.quote)
	_ = o.Set("keys", n.keys)
	_ = o.Set("plain", n.plain)
	_ = o.Set("iterEntries", n.iterEntries)
	_ = o.Set("key", n.key)
	_ = o.Set("width", n.width)
	_ = o.Set("strip", n.strip)
	_ = o.Set("stack", n.stack)
	_ = o.Set("hexBytes", n.hexBytes)
	return o
}

// kind(value) returns one of the kind* numbers for an object.
func (n *inspectNatives) kind(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return n.vm.ToValue(kindOther)
	}
	t := obj.ExportType()
	if t == proxyType {
		return n.vm.ToValue(kindProxy)
	}
	k := kindOther
	switch obj.ClassName() {
	case "Object":
		if _, ok := goja.AssertFunction(obj); ok {
			k = n.functionKind(obj)
		} else {
			k = n.objectKind(obj)
		}
	case "Array":
		k = kindArray
	case "Function":
		k = n.functionKind(obj)
	case "AsyncFunction":
		k = kindAsyncFunction
	case "GeneratorFunction":
		k = kindGeneratorFunction
	case "Error":
		k = kindError
	case "RegExp":
		k = kindRegExp
	case "Date":
		k = kindDate
	case "Map":
		k = kindMap
	case "Set":
		k = kindSet
	case "WeakMap":
		k = kindWeakMap
	case "WeakSet":
		k = kindWeakSet
	case "Promise":
		k = kindPromise
	case "Number":
		k = kindNumber
	case "String":
		k = kindString
	case "Boolean":
		k = kindBoolean
	case "Map Iterator":
		k = kindMapIterator
	case "Set Iterator":
		k = kindSetIterator
	case "Arguments":
		k = kindArguments
	}
	return n.vm.ToValue(k)
}

func (n *inspectNatives) functionKind(obj *goja.Object) int {
	switch p := obj.Prototype(); {
	case p == nil:
		return kindFunction
	case p == n.asyncFnProto:
		return kindAsyncFunction
	case p == n.generatorFnProto:
		return kindGeneratorFunction
	}
	return kindFunction
}

func (n *inspectNatives) objectKind(obj *goja.Object) int {
	if proto := obj.Prototype(); proto == n.objectProto && proto != nil {
		return kindPlain
	}
	// The kind is the object's brand (jsKind, as util.types answers it),
	// which no prototype or Symbol.toStringTag trick can fake.
	switch jsKind(obj) {
	case "Map":
		return kindMap
	case "Set":
		return kindSet
	case "Promise":
		return kindPromise
	case "BigInt":
		return kindBigInt
	case "Symbol":
		return kindSymbol
	case "TypedArray":
		return kindTypedArray
	case "DataView":
		return kindDataView
	case "MapIterator":
		return kindMapIterator
	case "SetIterator":
		return kindSetIterator
	case "WeakMap":
		return kindWeakMap
	case "WeakSet":
		return kindWeakSet
	case "ArrayBuffer":
		return kindArrayBuffer
	}
	return kindOther
}

// quote(str[, single]) writes str as a JavaScript literal: in single quotes
// unless the text holds one and no double quote (then double quotes), or
// holds both and no backquote (then backquotes); control characters, lone
// surrogates and the chosen quote are escaped. With single set, the quote is
// always '.
func (n *inspectNatives) quote(c goja.FunctionCall) goja.Value {
	s := c.Argument(0).String()
	q := byte('\'')
	if !c.Argument(1).ToBoolean() && strings.IndexByte(s, '\'') >= 0 {
		switch {
		case strings.IndexByte(s, '"') < 0:
			q = '"'
		case strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${"):
			q = '`'
		}
	}
	return n.vm.ToValue(quoteJS(c.Argument(0), s, q))
}

// quoteJS escapes s (the string value v) with quote q.
func quoteJS(v goja.Value, s string, q byte) string {
	plain := true
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0x20 || b == q || b == '\\' || b == 0x7f || b >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return string(q) + s + string(q)
	}
	units := utf16Units(v, s)
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	sb.WriteByte(q)
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u == uint16(q):
			sb.WriteByte('\\')
			sb.WriteByte(q)
		case u == '\\':
			sb.WriteString(`\\`)
		case u == '\n':
			sb.WriteString(`\n`)
		case u == '\t':
			sb.WriteString(`\t`)
		case u == '\r':
			sb.WriteString(`\r`)
		case u == '\b':
			sb.WriteString(`\b`)
		case u == '\f':
			sb.WriteString(`\f`)
		case u == '\v':
			sb.WriteString(`\x0B`)
		case u < 0x20 || (u >= 0x7f && u <= 0x9f):
			sb.WriteString(`\x`)
			writeHex(&sb, uint32(u), 2, true)
		case u >= 0xd800 && u <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff:
			sb.WriteRune(utf16.DecodeRune(rune(u), rune(units[i+1])))
			i++
		case u >= 0xd800 && u <= 0xdfff:
			sb.WriteString(`\u`)
			writeHex(&sb, uint32(u), 4, false)
		default:
			sb.WriteRune(rune(u))
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

func writeHex(sb *strings.Builder, v uint32, digits int, upper bool) {
	h := strconv.FormatUint(uint64(v), 16)
	if upper {
		h = strings.ToUpper(h)
	}
	for i := len(h); i < digits; i++ {
		sb.WriteByte('0')
	}
	sb.WriteString(h)
}

// utf16Units returns the UTF-16 code units of a JS string, keeping lone
// surrogates (which a Go string cannot hold).
func utf16Units(v goja.Value, s string) []uint16 {
	if str, ok := v.(goja.String); ok {
		n := str.Length()
		out := make([]uint16, n)
		for i := 0; i < n; i++ {
			out[i] = str.CharAt(i)
		}
		return out
	}
	return utf16.Encode([]rune(s))
}

// keys(obj) returns Object.keys(obj) when obj has no own symbols, and
// undefined otherwise (the caller then filters the symbols itself).
func (n *inspectNatives) keys(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok || obj.ExportType() == proxyType || len(obj.Symbols()) != 0 {
		return goja.Undefined()
	}
	names := obj.Keys()
	vals := make([]interface{}, len(names))
	for i, k := range names {
		vals[i] = k
	}
	return n.vm.NewArray(vals...)
}

// key(name) returns name when it reads as an identifier (/^[a-zA-Z_][a-zA-Z_0-9]*$/)
// and the quoted literal otherwise.
func (n *inspectNatives) key(c goja.FunctionCall) goja.Value {
	arg := c.Argument(0)
	s := arg.String()
	ident := s != ""
	for i := 0; i < len(s) && ident; i++ {
		b := s[i]
		ident = b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (i > 0 && b >= '0' && b <= '9')
	}
	if ident {
		return arg
	}
	return n.vm.ToValue(quoteJS(arg, s, chooseQuote(s)))
}

// width(str, stripControl) is the number of terminal columns str takes:
// wide East Asian characters count two, combining marks and zero-width
// characters none.
func (n *inspectNatives) width(c goja.FunctionCall) goja.Value {
	s := c.Argument(0).String()
	if c.Argument(1).ToBoolean() {
		s = stripVT(s)
	}
	return n.vm.ToValue(displayWidth(s))
}

func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		case r < 0x300:
			w++
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) ||
			(r >= 0x200b && r <= 0x200f) || (r >= 0xfe00 && r <= 0xfe0f) || (r >= 0xe0100 && r <= 0xe01ef):
		default:
			if isWide(r) {
				w += 2
			} else {
				w++
			}
		}
	}
	return w
}

// strip(str) removes ANSI/VT control sequences.
func (n *inspectNatives) strip(c goja.FunctionCall) goja.Value {
	arg := c.Argument(0)
	s := arg.String()
	if strings.IndexByte(s, 0x1b) < 0 && !strings.ContainsRune(s, 0x9b) {
		return arg
	}
	return n.vm.ToValue(stripVT(s))
}

// stripVT drops CSI sequences (ESC [ or U+009B, parameters, a final byte)
// and OSC sequences (ESC ] ... BEL or ESC \), and other two-byte escapes.
func stripVT(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 && !strings.ContainsRune(s, 0x9b) {
		return s
	}
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		csi := r == 0x9b
		if r == 0x1b && i+1 < len(rs) {
			switch rs[i+1] {
			case '[':
				csi = true
				i++
			case ']':
				j := i + 2
				for j < len(rs) && rs[j] != 0x07 && !(rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\') {
					j++
				}
				if j < len(rs) && rs[j] == 0x1b {
					j++
				}
				i = j
				continue
			default:
				if strings.ContainsRune("()#;?", rs[i+1]) && i+2 < len(rs) {
					i += 2
				} else {
					i++
				}
				continue
			}
		}
		if csi {
			j := i + 1
			for j < len(rs) && ((rs[j] >= '0' && rs[j] <= '9') || rs[j] == ';' || rs[j] == '?' || rs[j] == ':') {
				j++
			}
			if j < len(rs) {
				i = j
				continue
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// stack(str) rewrites goja's stack frames ("\tat f (file:1:2(3))") the way
// V8 writes them ("    at f (file:1:2)") and drops the host's own frames.
func (n *inspectNatives) stack(c goja.FunctionCall) goja.Value {
	arg := c.Argument(0)
	s := arg.String()
	if !strings.Contains(s, "\n\tat ") {
		return arg
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for i, line := range lines {
		if strings.HasPrefix(line, "\tat ") {
			if strings.Contains(line, "github.com/nodenet/nodenet/") || strings.HasSuffix(line, " (native)") ||
				strings.Contains(line, "(node:internal/primordials:") ||
				strings.HasPrefix(line, "\tat node:internal/primordials:") ||
				strings.HasPrefix(line, "\tat trampoline (<eval>") {
				continue
			}
			line = "    " + dropPC(line[1:])
		} else if line == "" && i == len(lines)-1 {
			continue
		}
		out = append(out, line)
	}
	return n.vm.ToValue(strings.Join(out, "\n"))
}

// dropPC removes goja's "(pc)" after each "line:col".
func dropPC(line string) string {
	var sb strings.Builder
	for {
		open := strings.IndexByte(line, '(')
		if open < 0 {
			sb.WriteString(line)
			return sb.String()
		}
		end := strings.IndexByte(line[open:], ')')
		inner := ""
		if end > 0 {
			inner = line[open+1 : open+end]
		}
		if end > 1 && isDigits(inner) && open > 0 && line[open-1] >= '0' && line[open-1] <= '9' && hasLineCol(line[:open]) {
			sb.WriteString(line[:open])
			line = line[open+end+1:]
			continue
		}
		sb.WriteString(line[:open+1])
		line = line[open+1:]
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasLineCol reports whether s ends in ":digits:digits".
func hasLineCol(s string) bool {
	i := len(s)
	for k := 0; k < 2; k++ {
		j := i
		for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
			j--
		}
		if j == i || j == 0 || s[j-1] != ':' {
			return false
		}
		i = j - 1
	}
	return true
}

// hexBytes(arrayBuffer, max) returns the first max bytes as "00 01 ..."
// and undefined for a detached buffer.
func (n *inspectNatives) hexBytes(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	ab, ok := obj.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return goja.Undefined()
	}
	data := ab.Bytes()
	limit := int(c.Argument(1).ToInteger())
	if limit < 0 {
		limit = 0
	}
	if limit > len(data) {
		limit = len(data)
	}
	const digits = "0123456789abcdef"
	buf := make([]byte, 0, limit*3)
	for i := 0; i < limit; i++ {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, digits[data[i]>>4], digits[data[i]&15])
	}
	return n.vm.ToValue(string(buf))
}

// wideRanges are the East Asian wide and fullwidth blocks (and emoji)
// that a terminal draws two columns wide.
var wideRanges = [][2]rune{
	{0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
	{0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f},
	{0x2693, 0x2693}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5},
	{0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f3}, {0x26f5, 0x26f5},
	{0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728},
	{0x274c, 0x274c}, {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50}, {0x2b55, 0x2b55},
	{0x2e80, 0x303e}, {0x3041, 0x33ff}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa4cf},
	{0xa960, 0xa97f}, {0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xfe10, 0xfe19}, {0xfe30, 0xfe6f},
	{0xff00, 0xff60}, {0xffe0, 0xffe6}, {0x16fe0, 0x16fe4}, {0x17000, 0x18cff}, {0x1b000, 0x1b2ff},
	{0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f251},
	{0x1f300, 0x1f64f}, {0x1f680, 0x1f6ff}, {0x1f7e0, 0x1f7eb}, {0x1f90c, 0x1f9ff}, {0x1fa70, 0x1faff},
	{0x20000, 0x3fffd},
}

func isWide(r rune) bool {
	for _, rg := range wideRanges {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}

// The fast path: util.inspect of a tree made only of plain objects, short
// dense arrays and primitives, with the default layout options, written
// here in one call. plain() answers undefined for anything else (accessors,
// symbols, prototypes other than Object's and Array's, cycles, long arrays,
// non-ASCII text) and the JavaScript printer takes over.

type plainPrinter struct {
	n            *inspectNatives
	depth        int
	breakLength  int
	maxString    int
	maxArray     int
	indent       int
	currentDepth int
	seen         []*goja.Object
}

// plain(value, depth, breakLength, maxStringLength, maxArrayLength)
func (n *inspectNatives) plain(c goja.FunctionCall) (result goja.Value) {
	defer func() {
		// A failure in reading goja's storage falls back to the JavaScript
		// printer; anything else (a script's exception) goes on.
		switch r := recover().(type) {
		case nil:
		case runtime.Error, *reflect.ValueError:
			result = goja.Undefined()
		default:
			panic(r)
		}
	}()

	if !n.plainReady {
		return goja.Undefined()
	}
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	// A prototype with a custom inspector or a tag changes every object.
	for _, p := range [...]*goja.Object{n.objectProto, n.arrayProto} {
		if isSet(p.GetSymbol(n.customSym)) || isSet(p.GetSymbol(goja.SymToStringTag)) {
			return goja.Undefined()
		}
	}
	depth := c.Argument(1)
	pp := plainPrinter{n: n, depth: int(depth.ToInteger()), breakLength: int(c.Argument(2).ToInteger()),
		maxString: int(c.Argument(3).ToInteger()), maxArray: int(c.Argument(4).ToInteger())}
	if pp.maxArray < 0 {
		pp.maxArray = 0
	}
	text, ok := pp.object(obj, 0)

	if !ok {
		return goja.Undefined()
	}
	return n.vm.ToValue(text)
}

func isSet(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) }

func (pp *plainPrinter) value(v goja.Value, level int) (string, bool) {
	switch x := v.(type) {
	case *goja.Object:
		return pp.object(x, level)
	case goja.String:
		s := x.String()
		if len(s) > pp.maxString || !textenc.IsASCII(s) || (len(s) > 16 && strings.IndexByte(s, '\n') >= 0) {
			return "", false
		}
		return quoteJS(v, s, chooseQuote(s)), true
	}
	if v == nil || goja.IsUndefined(v) {
		return "undefined", true
	}
	if goja.IsNull(v) {
		return "null", true
	}
	t := v.ExportType()
	if t == nil {
		return "", false
	}
	switch t.Kind() {
	case reflect.Int64, reflect.Float64:
		f := v.ToFloat()
		if f == 0 && math.Signbit(f) {
			return "-0", true
		}
		return v.String(), true
	case reflect.Bool:
		return v.String(), true
	}
	return "", false
}

func chooseQuote(s string) byte {
	if strings.IndexByte(s, '\'') < 0 {
		return '\''
	}
	if strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
		return '`'
	}
	return '\''
}

func (pp *plainPrinter) object(obj *goja.Object, level int) (string, bool) {
	prefix := "" // a class instance's "Name " or "Name [tag] "
	if obj.ExportType() == proxyType {
		return "", false
	}
	isArray := false
	switch obj.ClassName() {
	case "Object":
		switch obj.ExportType() {
		case pp.n.mapType:
			return pp.collection(obj, level, true)
		case pp.n.setType:
			return pp.collection(obj, level, false)
		case reflectTypeMapOf:
		default:
			return "", false
		}
		if proto := obj.Prototype(); proto != pp.n.objectProto {
			name, ok := pp.n.className(obj, proto)
			if !ok {
				return "", false
			}
			prefix = name + " "
		}
	case "Array":
		if obj.Prototype() != pp.n.arrayProto {
			return "", false
		}
		isArray = true
	case "Date":
		return pp.n.date(obj)
	default:
		return "", false
	}
	if len(obj.Symbols()) != 0 || hasAccessors(obj, isArray) {
		return "", false
	}
	for _, s := range pp.seen {
		if s == obj {
			return "", false
		}
	}
	var keys []string
	length := 0
	if isArray {
		length = int(obj.Get("length").ToInteger())
		keys = obj.Keys()
		if len(keys) != length || length > 10000 {
			return "", false
		}
		if length == 0 {
			return "[]", true
		}
	} else {
		keys = obj.Keys()
		if len(keys) == 0 {
			return prefix + "{}", true
		}
	}
	if level > pp.depth {
		if isArray {
			return "[Array]", true
		}
		if prefix != "" {
			return "[" + prefix[:len(prefix)-1] + "]", true
		}
		return "[Object]", true
	}
	level++
	pp.seen = append(pp.seen, obj)
	pp.currentDepth = level
	shown := len(keys)
	if isArray && shown > pp.maxArray {
		shown = pp.maxArray
	}
	out := make([]string, 0, shown+1)
	numeric := isArray
	pp.indent += 2
	for i, k := range keys[:shown] {
		if !textenc.IsASCII(k) {
			return "", false
		}
		var v goja.Value
		if isArray {
			v = obj.Get(strconv.Itoa(i))
		} else {
			v = obj.Get(k)
		}
		text, ok := pp.value(v, level)
		if !ok {
			return "", false
		}
		if isArray {
			out = append(out, text)
			numeric = numeric && isNumber(v)
		} else {
			out = append(out, plainKey(k)+": "+text)
		}
	}
	pp.indent -= 2
	pp.seen = pp.seen[:len(pp.seen)-1]
	open, closing := prefix+"{", "}"
	count := len(out)
	if isArray {
		open, closing = "[", "]"
		if more := length - shown; more > 0 {
			numeric = numeric && isNumber(obj.Get(strconv.Itoa(shown)))
			if more > 1 {
				out = append(out, "... "+strconv.Itoa(more)+" more items")
			} else {
				out = append(out, "... 1 more item")
			}
			count = len(out)
		}
		if len(out) > 6 {
			out = groupColumns(out, length > shown, numeric, float64(pp.indent), float64(pp.breakLength))
		}
	}
	if count != len(out) {
		nl := "\n" + strings.Repeat(" ", pp.indent)
		return open + nl + "  " + strings.Join(out, ","+nl+"  ") + nl + closing, true
	}
	return pp.layout(out, open, closing, level), true
}

// layout puts the entries on one line when they nest at most three deep
// and fit in breakLength, one entry a line otherwise.
func (pp *plainPrinter) layout(out []string, open, closing string, level int) string {
	if pp.currentDepth-level < 3 {
		start := len(out) + pp.indent + len(open) + 10
		total := len(out) + start
		fits := total+len(out) <= pp.breakLength
		for _, s := range out {
			if !fits {
				break
			}
			total += len(s)
			fits = total <= pp.breakLength
		}
		if fits {
			joined := strings.Join(out, ", ")
			if !strings.Contains(joined, "\n") {
				return open + " " + joined + " " + closing
			}
		}
	}
	nl := "\n" + strings.Repeat(" ", pp.indent)
	return open + nl + "  " + strings.Join(out, ","+nl+"  ") + nl + closing
}

// date writes a valid Date of the builtin prototype with no own properties
// as toISOString() does.
func (n *inspectNatives) date(obj *goja.Object) (string, bool) {
	if n.toISOString == nil || obj.Prototype() != n.dateProto || len(obj.Keys()) != 0 || len(obj.Symbols()) != 0 ||
		isSet(obj.GetSymbol(n.customSym)) || isSet(readTag(obj)) {
		return "", false
	}
	if _, ok := obj.Export().(time.Time); !ok {
		return "", false // an invalid date: the JavaScript printer says so
	}
	v, err := n.toISOString(obj)
	if err != nil {
		return "Invalid Date", true
	}
	return v.String(), true
}

// collection writes a Map ("Map(n) { k => v }") or a Set ("Set(n) { v }")
// whose prototype is the builtin one and that has no own properties.
func (pp *plainPrinter) collection(obj *goja.Object, level int, isMap bool) (string, bool) {
	name, proto := "Set", pp.n.setProto
	if isMap {
		name, proto = "Map", pp.n.mapProto
	}
	if obj.Prototype() != proto || len(obj.Keys()) != 0 || len(obj.Symbols()) != 0 ||
		isSet(obj.GetSymbol(pp.n.customSym)) {
		return "", false
	}
	if tag, ok := readTag(obj).(goja.String); !ok || tag.String() != name {
		return "", false
	}
	for _, s := range pp.seen {
		if s == obj {
			return "", false
		}
	}
	items, ok := collectionItems(obj, isMap)
	if !ok {
		return "", false
	}
	size := len(items)
	if isMap {
		size /= 2
	}
	open := name + "(" + strconv.Itoa(size) + ") {"
	if size == 0 {
		return open + "}", true
	}
	if level > pp.depth {
		return "[" + name + "]", true
	}
	level++
	pp.seen = append(pp.seen, obj)
	pp.currentDepth = level
	shown := size
	if shown > pp.maxArray {
		shown = pp.maxArray
	}
	out := make([]string, 0, shown+1)
	pp.indent += 2
	for i := 0; i < shown; i++ {
		if isMap {
			k, ok := pp.value(items[2*i], level)
			if !ok {
				return "", false
			}
			v, ok := pp.value(items[2*i+1], level)
			if !ok {
				return "", false
			}
			out = append(out, k+" => "+v)
		} else {
			v, ok := pp.value(items[i], level)
			if !ok {
				return "", false
			}
			out = append(out, v)
		}
	}
	pp.indent -= 2
	pp.seen = pp.seen[:len(pp.seen)-1]
	if more := size - shown; more > 1 {
		out = append(out, "... "+strconv.Itoa(more)+" more items")
	} else if more == 1 {
		out = append(out, "... 1 more item")
	}
	return pp.layout(out, open, "}", level), true
}

// collectionItems reads a Map's keys and values (alternating) or a Set's
// values from goja's storage, in insertion order.
func collectionItems(obj *goja.Object, isMap bool) ([]goja.Value, bool) {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.IsNil() || self.Elem().Kind() != reflect.Ptr {
		return nil, false
	}
	impl := self.Elem().Elem()
	want := "setObject"
	if isMap {
		want = "mapObject"
	}
	if impl.Type().Name() != want {
		return nil, false
	}
	m := impl.FieldByName("m")
	if m.Kind() != reflect.Ptr || m.IsNil() {
		return nil, false
	}
	var items []goja.Value
	for e := m.Elem().FieldByName("iterFirst"); e.IsValid() && !e.IsNil(); e = e.Elem().FieldByName("iterNext") {
		key := fieldValue(e.Elem().FieldByName("key"))
		if key == nil {
			continue
		}
		items = append(items, key)
		if isMap {
			v := fieldValue(e.Elem().FieldByName("value"))
			if v == nil {
				v = goja.Undefined()
			}
			items = append(items, v)
		}
	}
	return items, true
}

// className returns "Name" or "Name [tag]" for an instance of a class:
// the nearest constructor on the chain whose prototype is where it was
// found, read without running accessors. ok is false for anything the
// JavaScript printer has to look at (errors, custom inspectors, prototypes
// without a named constructor).
func (n *inspectNatives) className(obj, proto *goja.Object) (string, bool) {
	if proto == nil || isSet(obj.GetSymbol(n.customSym)) {
		return "", false
	}
	if _, found, ok := ownData(obj, "constructor"); found || !ok {
		return "", false
	}
	name := ""
	for p := proto; p != nil && name == ""; p = p.Prototype() {
		if p == n.errorProto {
			return "", false
		}
		v, found, ok := ownData(p, "constructor")
		if !ok {
			return "", false
		}
		if !found {
			continue
		}
		ctor, isObj := v.(*goja.Object)
		if !isObj {
			continue
		}
		if _, callable := goja.AssertFunction(ctor); !callable {
			continue
		}
		fname, ok := ctor.Get("name").(goja.String)
		if !ok || fname.String() == "" {
			continue
		}
		if ctor.Get("prototype") != p {
			return "", false
		}
		name = fname.String()
	}
	for p := proto; p != nil; p = p.Prototype() {
		if p == n.errorProto {
			return "", false
		}
	}
	if name == "" || !textenc.IsASCII(name) {
		return "", false
	}
	if tag := readTag(obj); isSet(tag) {
		t, ok := tag.(goja.String)
		if !ok {
			return name, true
		}
		if s := t.String(); s != "" && s != name {
			if !textenc.IsASCII(s) {
				return "", false
			}
			return name + " [" + s + "]", true
		}
	}
	return name, true
}

// readTag reads obj[Symbol.toStringTag]; a getter that throws counts as
// no tag, as in the JavaScript printer.
func readTag(obj *goja.Object) (tag goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			if _, isJS := r.(*goja.Exception); !isJS {
				panic(r)
			}
			tag = nil
		}
	}()
	return obj.GetSymbol(goja.SymToStringTag)
}

// ownData reads an ordinary object's own data property without running
// an accessor: found is false when there is none, ok false when it is an
// accessor or the object is not an ordinary one.
func ownData(obj *goja.Object, name string) (v goja.Value, found, ok bool) {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.IsNil() || self.Elem().Kind() != reflect.Ptr {
		return nil, false, false
	}
	impl := self.Elem().Elem()
	if impl.Type().Name() != "baseObject" {
		return nil, false, false
	}
	values := impl.FieldByName("values")
	if values.Kind() != reflect.Map || values.Type().Key().Kind() != reflect.String {
		return nil, false, false
	}
	entry := values.MapIndex(reflect.ValueOf(name).Convert(values.Type().Key()))
	if !entry.IsValid() {
		return nil, false, true
	}
	if entry.IsNil() {
		return nil, false, false
	}
	if entry.Elem().Type().String() == "*goja.valueProperty" {
		prop := entry.Elem().Elem()
		accessor := prop.FieldByName("accessor")
		if accessor.Kind() != reflect.Bool || accessor.Bool() {
			return nil, true, false
		}
		v := fieldValue(prop.FieldByName("value"))
		return v, true, v != nil
	}
	// A plain value: read it through the map's address.
	if values.Type() != valuesMapType || !values.CanAddr() {
		return nil, false, false
	}
	m := *(*map[unistring.String]goja.Value)(unsafe.Pointer(values.UnsafeAddr()))
	return m[unistring.String(name)], true, true
}

func isNumber(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, ok := v.(*goja.Object); ok {
		return false
	}
	t := v.ExportType()
	return t != nil && (t.Kind() == reflect.Int64 || t.Kind() == reflect.Float64)
}

// groupColumns arranges the entries of a long array (all ASCII) in
// aligned columns, right-aligned when all are numbers; the same rule as
// groupColumns in internal/util/inspect.js.
func groupColumns(out []string, hasMore, numeric bool, indent, breakLength float64) []string {
	count := len(out)
	if hasMore {
		count--
	}
	total, widest := 0, 0
	for _, s := range out[:count] {
		total += len(s) + 2
		if len(s) > widest {
			widest = len(s)
		}
	}
	cell := widest + 2
	if float64(cell*3)+indent >= breakLength || (float64(total)/float64(cell) <= 5 && widest > 6) {
		return out
	}
	bias := math.Sqrt(float64(cell) - float64(total)/float64(len(out)))
	biased := math.Max(float64(cell)-3-bias, 1)
	columns := math.Min(math.Min(math.Floor(math.Sqrt(2.5*biased*float64(count))/biased+0.5),
		math.Floor((breakLength-indent)/float64(cell))), 12)
	if columns <= 1 {
		return out
	}
	cols := int(columns)
	widths := make([]int, cols)
	for c := 0; c < cols; c++ {
		w := 0
		for j := c; j < count; j += cols {
			if len(out[j]) > w {
				w = len(out[j])
			}
		}
		widths[c] = w + 2
	}
	rows := make([]string, 0, count/cols+2)
	for i := 0; i < count; i += cols {
		last := i + cols
		if last > count {
			last = count
		}
		var row strings.Builder
		for j := i; j < last; j++ {
			cellText := out[j]
			pad := widths[j-i]
			if j < last-1 {
				cellText += ", "
			} else if numeric {
				pad -= 2
			} else {
				pad = 0
			}
			if n := pad - len(cellText); n > 0 {
				if numeric {
					row.WriteString(strings.Repeat(" ", n))
					row.WriteString(cellText)
				} else {
					row.WriteString(cellText)
					row.WriteString(strings.Repeat(" ", n))
				}
			} else {
				row.WriteString(cellText)
			}
		}
		rows = append(rows, row.String())
	}
	if hasMore {
		rows = append(rows, out[count])
	}
	return rows
}

func plainKey(k string) string {
	if k == "__proto__" {
		return "['__proto__']"
	}
	ident := k != ""
	for i := 0; i < len(k) && ident; i++ {
		b := k[i]
		ident = b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (i > 0 && b >= '0' && b <= '9')
	}
	if ident {
		return k
	}
	return quoteJS(nil, k, chooseQuote(k))
}

var (
	reflectTypeMapOf = reflect.TypeOf(map[string]interface{}(nil))
	valuesMapType    = reflect.TypeOf(map[unistring.String]goja.Value(nil))
)

// hasAccessors reports whether an ordinary object or array has an own
// accessor (or otherwise special) property. goja does not export property
// attributes, so its storage is read; plainSelfTest checks at start-up that
// the reading still works and turns the fast path off when it does not.
func hasAccessors(obj *goja.Object, isArray bool) bool {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.IsNil() {
		return true
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Ptr || impl.IsNil() {
		return true
	}
	impl = impl.Elem()
	if isArray {
		if impl.Type().Name() != "arrayObject" {
			return true
		}
		if count := impl.FieldByName("propValueCount"); count.Kind() != reflect.Int || count.Int() != 0 {
			return true
		}
		impl = impl.FieldByName("baseObject")
	} else if impl.Type().Name() != "baseObject" {
		return true
	}
	values := impl.FieldByName("values")
	if values.Kind() != reflect.Map {
		return true
	}
	it := values.MapRange()
	for it.Next() {
		v := it.Value()
		if v.Kind() == reflect.Interface && !v.IsNil() && v.Elem().Type().String() == "*goja.valueProperty" {
			if isArray && it.Key().String() == "length" {
				continue
			}
			return true
		}
	}
	return false
}

// passes runs a self-test; a panic (goja's layout changed) is a failure.
func passes(test func() bool) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return test()
}

// plainSelfTest checks hasAccessors against objects whose answer is known.
func (n *inspectNatives) plainSelfTest() bool {
	v, err := n.vm.RunString(`[{ a: 1, b: 'x' }, { get a() { return 1; } }, [1, 2],
		Object.defineProperty([1], 0, { get() { return 1; } }), Object.defineProperty({}, 'x', { value: 1 })]`)
	if err != nil {
		return false
	}
	arr := v.(*goja.Object)
	get := func(i int) *goja.Object { return arr.Get(strconv.Itoa(i)).(*goja.Object) }
	return !hasAccessors(get(0), false) && hasAccessors(get(1), false) && !hasAccessors(get(2), true) &&
		hasAccessors(get(3), true) && hasAccessors(get(4), false)
}

// iterEntries(iterator) returns [items, pairs] for a Map or Set iterator:
// the entries it has still to produce (keys and values alternating when
// pairs is true), without advancing it; undefined for anything else. goja
// keeps that state unexported, so it is read from the iterator's fields;
// iterSelfTest turns this off if the layout is not the expected one.
func (n *inspectNatives) iterEntries(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok || !n.iterReady {
		return goja.Undefined()
	}
	items, pairs, ok := iteratorItems(obj)
	if !ok {
		return goja.Undefined()
	}
	vals := make([]interface{}, len(items))
	for i, v := range items {
		vals[i] = v
	}
	return n.vm.NewArray(n.vm.NewArray(vals...), pairs)
}

func iteratorItems(obj *goja.Object) (items []goja.Value, pairs bool, ok bool) {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.IsNil() || self.Elem().Kind() != reflect.Ptr {
		return nil, false, false
	}
	impl := self.Elem().Elem()
	isMap := impl.Type().Name() == "mapIterObject"
	if !isMap && impl.Type().Name() != "setIterObject" {
		return nil, false, false
	}
	kindField := impl.FieldByName("kind")
	if kindField.Kind() != reflect.Int {
		return nil, false, false
	}
	kind := kindField.Int()
	pairs = kind == 2
	iter := impl.FieldByName("iter")
	if iter.Kind() != reflect.Ptr || iter.IsNil() {
		return nil, pairs, true
	}
	m := iter.Elem().FieldByName("m")
	if m.IsNil() {
		return nil, pairs, true
	}
	cur := iter.Elem().FieldByName("cur")
	// A deleted current entry has no key; go back to the last live one.
	for !cur.IsNil() && fieldValue(cur.Elem().FieldByName("key")) == nil {
		cur = cur.Elem().FieldByName("iterPrev")
	}
	if cur.IsNil() {
		cur = m.Elem().FieldByName("iterFirst")
	} else {
		cur = cur.Elem().FieldByName("iterNext")
	}
	for ; !cur.IsNil(); cur = cur.Elem().FieldByName("iterNext") {
		key := fieldValue(cur.Elem().FieldByName("key"))
		if key == nil {
			continue
		}
		value := key
		if isMap {
			value = fieldValue(cur.Elem().FieldByName("value"))
		}
		switch {
		case pairs:
			items = append(items, key, value)
		case kind == 0 || !isMap:
			items = append(items, key)
		default:
			items = append(items, value)
		}
	}
	return items, pairs, true
}

// fieldValue reads an unexported goja.Value field.
func fieldValue(f reflect.Value) goja.Value {
	if !f.IsValid() || !f.CanAddr() || f.Type() != reflect.TypeOf((*goja.Value)(nil)).Elem() {
		return nil
	}
	return *(*goja.Value)(unsafe.Pointer(f.UnsafeAddr()))
}

// iterSelfTest checks iteratorItems on iterators whose answer is known.
func (n *inspectNatives) iterSelfTest() bool {
	v, err := n.vm.RunString(`(() => {
		const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
		const it = m.entries(); it.next(); m.delete(1);
		return [it, new Set(['x', 'y']).values(), m.keys()];
	})()`)
	if err != nil {
		return false
	}
	arr := v.(*goja.Object)
	get := func(i int) *goja.Object { return arr.Get(strconv.Itoa(i)).(*goja.Object) }
	text := func(items []goja.Value) string {
		parts := make([]string, len(items))
		for i, v := range items {
			parts[i] = v.String()
		}
		return strings.Join(parts, ",")
	}
	a, pa, oka := iteratorItems(get(0))
	b, pb, okb := iteratorItems(get(1))
	c, pc, okc := iteratorItems(get(2))
	return oka && okb && okc && pa && !pb && !pc && text(a) == "2,b,3,c" && text(b) == "x,y" && text(c) == "2,3"
}
