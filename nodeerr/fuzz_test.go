package nodeerr

// FuzzFormatters feeds random names, codes, values and numbers to every
// constructor and "Received ..." formatter: none panics, every error has a
// non-empty message (Error() is that message, String() ends with it), a
// code where Node gives one, and the same input always gives the same
// text. InspectString always quotes (same quote character at both ends,
// no raw control character inside, plain text kept as is), TruncateInspected
// keeps at most 128 UTF-16 units plus "...", and the numerical separators
// only insert "_" between digit groups.

import (
	"errors"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// formatAll returns every message built from the inputs.
func formatAll(t *testing.T, name, code, a, b string, n int64, errno syscall.Errno, port int) []string {
	var out []string
	add := func(e *Error) {
		t.Helper()
		if e == nil || e.Message == "" || e.Error() != e.Message || !strings.HasSuffix(e.String(), e.Message) {
			t.Fatalf("bad error %#v", e)
		}
		out = append(out, e.String())
	}
	withCode := func(e *Error) {
		t.Helper()
		if e.Code == "" {
			t.Fatalf("no code: %#v", e)
		}
		add(e)
	}
	recv := []string{ReceivedString(a), ReceivedType(b, a), ReceivedInstance(b), ReceivedInteger(n)}
	out = append(out, recv...)
	expected := strings.Split(b, ",")
	for _, r := range recv {
		withCode(InvalidArgType(name, expected, r))
	}
	withCode(InvalidArgValue(name, a, b))
	withCode(InvalidArgValueOf(name, a, b))
	withCode(OutOfRange(name, b, ReceivedInteger(n)))
	withCode(SocketBadPort(name, ReceivedType("number", strconv.FormatInt(n, 10)), n%2 == 0))
	withCode(InvalidAddress())
	withCode(Errno(name, errno, a, port))
	withCode(UV(name, errno, a, port))
	if msg := a; msg != "" {
		add(New(name, code, msg))
		ag := Aggregate(msg, []error{New(name, code, b+"x"), Errno("connect", errno, a, port)})
		add(ag)
		if ag.Code != code {
			t.Fatalf("aggregate code %q, want %q", ag.Code, code)
		}
	}
	withCode(Abort(errors.New(a)))
	out = append(out, ErrnoName(errno), UVMessage(errno), AddNumericalSeparator(strconv.FormatInt(n, 10)))
	if AbortReason(errors.New(b)) == nil {
		t.Fatal("AbortReason gave nil")
	}
	return out
}

func FuzzFormatters(f *testing.F) {
	f.Add("options.port", "ERR_X", "abc", "number", int64(65536), uint16(111), 8080)
	f.Add("host", "ECONNREFUSED", "it's \"q\" `b` ${x}", "string,an instance of Buffer", int64(-1<<63), uint16(0), -1)
	f.Add("", "", "", "", int64(0), uint16(65535), 0)
	f.Add("a.b.c", "E", "\x00\x1f\x7f\u0085\ufffd\xff\xfe😀 long long long long long long", ",,", int64(1<<40), uint16(98), 70000)
	f.Add("n", "ERR_OUT_OF_RANGE", strings.Repeat("😀", 70), "x", int64(4294967297), uint16(13), 1)
	f.Fuzz(func(t *testing.T, name, code, a, b string, n int64, e uint16, port int) {
		errno := syscall.Errno(e)
		first := formatAll(t, name, code, a, b, n, errno, port)
		second := formatAll(t, name, code, a, b, n, errno, port)
		if strings.Join(first, "\x00") != strings.Join(second, "\x00") {
			t.Fatal("formatting is not stable")
		}

		q := InspectString(a)
		if len(q) < 2 || q[0] != q[len(q)-1] || !strings.ContainsRune("'\"`", rune(q[0])) {
			t.Fatalf("InspectString(%q) = %q", a, q)
		}
		for _, r := range q {
			if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
				t.Fatalf("InspectString(%q) = %q holds control %U", a, q, r)
			}
		}
		if utf8.ValidString(a) && !strings.ContainsFunc(a, func(r rune) bool {
			return r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == '\'' || r == '\\'
		}) && q != "'"+a+"'" {
			t.Fatalf("InspectString(%q) = %q, want it quoted as is", a, q)
		}

		tr := TruncateInspected(q)
		if tr != q {
			body, ok := strings.CutSuffix(tr, "...")
			if !ok || !strings.HasPrefix(q, strings.TrimSuffix(body, "\uFFFD")) {
				t.Fatalf("TruncateInspected(%q) = %q", q, tr)
			}
			if units := len(utf16.Encode([]rune(body))); units > 128 {
				t.Fatalf("TruncateInspected kept %d units", units)
			}
		}

		plain := strconv.FormatInt(n, 10)
		sep := ReceivedInteger(n)
		if strings.ReplaceAll(sep, "_", "") != plain {
			t.Fatalf("ReceivedInteger(%d) = %q", n, sep)
		}
		for i, g := range strings.Split(strings.TrimPrefix(AddNumericalSeparator(plain), "-"), "_") {
			if g == "" || len(g) > 3 || (i > 0 && len(g) != 3) {
				t.Fatalf("AddNumericalSeparator(%q) = %q", plain, AddNumericalSeparator(plain))
			}
		}
	})
}
