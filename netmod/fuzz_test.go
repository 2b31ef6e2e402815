package netmod

// Fuzz targets of netmod.
//
// FuzzEncodingRoundTrip: for every lossless encoding (hex, base64,
// base64url, latin1, utf16le) the text setEncoding's decoder makes of any
// bytes is encoded back (Buffer.from(text, enc), encodeString) to the same
// bytes; for utf8, valid UTF-8 survives decode(encode(s)) unchanged. Any
// string encoded with any encoding name, and any bytes decoded with any
// encoding, never panic.
//
// FuzzDecoderChunks: the streaming decoder behind SetEncoding (Node's
// StringDecoder) gives the same text whether the bytes arrive in one write
// or split at arbitrary points (inside a multi-byte UTF-8 sequence, a
// UTF-16 surrogate pair or a base64 group); for utf8 that text is the
// WHATWG decoding of the whole input (one U+FFFD per maximal ill-formed
// subsequence), checked against an independent reference written here.
//
// FuzzListenConnectOptions: Server.Listen and Connect with option structs
// built from the fuzz input (ports in and out of range, hosts that are
// loopback literals, names answered by a fake lookup, NUL bytes, bad local
// addresses, families, hints, attempt timeouts, IPC paths in a temporary
// directory or the abstract namespace) either return a Node-style
// *nodeerr.Error with a code, or succeed and end in 'listening'/'connect'
// or an 'error' event carrying such an error; nothing panics, and once
// everything is closed the loop has nothing open and no descriptor is left.
// Only loopback is ever touched: hosts that are not loopback addresses go
// through the fake lookup, which answers 127.0.0.1 or ::1.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/nodeerr"
)

var fuzzEncodings = []string{"utf8", "utf16le", "base64", "base64url", "latin1", "hex", "ascii", "ucs2", "binary", "UTF-8", "bogus"}

func FuzzEncodingRoundTrip(f *testing.F) {
	f.Add([]byte("hello"), "héllo €")
	f.Add([]byte{0xff, 0x00, 0xd8, 0x3d, 0xde, 0x00}, "\xed\xa0\x80 lone surrogate")
	f.Add([]byte{0x3d, 0xd8}, "😀 astral")
	f.Add([]byte{0xe2, 0x82}, "AAAA==junk")
	f.Add([]byte{}, "")
	f.Fuzz(func(t *testing.T, b []byte, s string) {
		for _, enc := range []string{"hex", "base64", "base64url", "latin1", "utf16le"} {
			in := b
			if enc == "utf16le" {
				in = b[:len(b)&^1] // an odd last byte is not text
			}
			text := makeString(nil, in, enc)
			back, err := encodeString(string(text), enc)
			require.NoError(t, err)
			if !bytes.Equal(in, back) {
				t.Fatalf("%s: % x -> %q -> % x", enc, in, text, back)
			}
		}
		if utf8.ValidString(s) {
			enc, err := encodeString(s, "utf8")
			require.NoError(t, err)
			if got := string(makeString(nil, enc, "utf8")); got != s {
				t.Fatalf("utf8: %q -> %q", s, got)
			}
		}
		for _, enc := range fuzzEncodings {
			_, _ = encodeString(s, enc)
			if d, err := newDecoder(enc); err == nil {
				_ = d.write(b)
				_ = d.end()
			} else {
				require.Equal(t, "ERR_UNKNOWN_ENCODING", nodeerr.Code(err))
			}
		}
	})
}

// whatwgUTF8 is an independent reference of the WHATWG UTF-8 decoder: at
// each position, a valid sequence is copied; otherwise the longest prefix
// of some valid sequence (at least one byte) becomes one U+FFFD.
func whatwgUTF8(b []byte) string {
	var out strings.Builder
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			out.WriteString(string(b[i : i+size]))
			i += size
			continue
		}
		k := 1
		for n := 2; n <= 3 && i+n <= len(b); n++ {
			if !utf8Prefix(b[i : i+n]) {
				break
			}
			k = n
		}
		out.WriteString("\uFFFD")
		i += k
	}
	return out.String()
}

// utf8Prefix reports whether p starts some valid UTF-8 sequence longer
// than p: 0x80, 0x90 or 0xA0 then 0x80s complete every valid prefix.
func utf8Prefix(p []byte) bool {
	for _, c := range []byte{0x80, 0x90, 0xA0} {
		q := append([]byte(nil), p...)
		for extra := 1; extra <= 3; extra++ {
			if extra == 1 {
				q = append(q, c)
			} else {
				q = append(q, 0x80)
			}
			if r, size := utf8.DecodeRune(q); size == len(q) && (r != utf8.RuneError || size > 1) {
				return true
			}
		}
	}
	return false
}

// decodeAll runs a decoder over chunks and end().
func decodeAll(t *testing.T, enc string, chunks [][]byte) string {
	d, err := newDecoder(enc)
	require.NoError(t, err)
	var out []byte
	for _, c := range chunks {
		out = jsConcat(out, d.write(c))
	}
	return string(jsConcat(out, d.end()))
}

// jsConcat appends b to a as JavaScript concatenates strings: a lone lead
// surrogate at the end of a (WTF-8) and a lone trail surrogate at the start
// of b make one character.
func jsConcat(a, b []byte) []byte {
	n := len(a)
	if n >= 3 && len(b) >= 3 && a[n-3] == 0xED && a[n-2] >= 0xA0 && a[n-2] <= 0xAF &&
		b[0] == 0xED && b[1] >= 0xB0 && b[1] <= 0xBF {
		hi := 0xD000 | rune(a[n-2]&0x3F)<<6 | rune(a[n-1]&0x3F)
		lo := 0xD000 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
		a = utf8.AppendRune(a[:n-3:n-3], 0x10000+(hi-0xD800)<<10+(lo-0xDC00))
		b = b[3:]
	}
	return append(a, b...)
}

// A character completed by a write whose rest starts with the trail
// surrogate of a pair is one character in that write's text, as in Node
// (write(3d) then write(d8 00 de) gives "😀", not two lone surrogates).
func TestDecoderUTF16PairAcrossHeldByte(t *testing.T) {
	d, err := newDecoder("utf16le")
	require.NoError(t, err)
	assert.Equal(t, "", string(d.write([]byte{0x3d})))
	assert.Equal(t, "😀", string(d.write([]byte{0xd8, 0x00, 0xde})))
	assert.Equal(t, "", string(d.end()))
	d, _ = newDecoder("utf16le")
	assert.Equal(t, "", string(d.write([]byte{0x3d})))
	assert.Equal(t, "\xed\xa0\xbd", string(d.write([]byte{0xd8, 0x00})))
	assert.Equal(t, "\xed\xb8\x80", string(d.write([]byte{0xde})))
}

// splitAt cuts b at the offsets cuts gives (each byte a gap of 0-15).
func splitAt(b, cuts []byte) [][]byte {
	var out [][]byte
	for _, c := range cuts {
		n := int(c & 15)
		if n > len(b) {
			break
		}
		out = append(out, b[:n])
		b = b[n:]
	}
	return append(out, b)
}

func FuzzDecoderChunks(f *testing.F) {
	f.Add(uint8(0), []byte("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"), []byte{2, 1, 1, 5, 1, 1, 1})
	f.Add(uint8(0), []byte("\xe2\x82A\xf0\x80\x80\x80\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80"), []byte{1, 1, 2, 1, 3})
	f.Add(uint8(0), []byte("\xf0\x9f\x98"), []byte{1, 1})
	f.Add(uint8(1), []byte{0x3d, 0xd8, 0x00, 0xde, 0x41, 0x00, 0x3d, 0xd8, 0x41}, []byte{1, 2, 1, 3})
	f.Add(uint8(2), []byte("any bytes at all"), []byte{1, 1, 4, 2})
	f.Add(uint8(3), []byte{0xfb, 0xff, 0xbf, 0x00}, []byte{1, 2})
	f.Fuzz(func(t *testing.T, sel uint8, data, cuts []byte) {
		enc := []string{"utf8", "utf16le", "base64", "base64url", "latin1", "hex", "ascii"}[int(sel)%7]
		whole := decodeAll(t, enc, [][]byte{data})
		split := decodeAll(t, enc, splitAt(data, cuts))
		if whole != split {
			t.Fatalf("%s: % x whole %+q, split at %v %+q", enc, data, whole, cuts, split)
		}
		// Every cut of the first 64 bytes into two chunks, too.
		for i := 0; i <= len(data) && i <= 64; i++ {
			if two := decodeAll(t, enc, [][]byte{data[:i], data[i:]}); two != whole {
				t.Fatalf("%s: % x whole %+q, cut at %d %+q", enc, data, whole, i, two)
			}
		}
		if enc == "utf8" {
			if want := whatwgUTF8(data); whole != want {
				t.Fatalf("utf8: % x decoded %+q, WHATWG %+q", data, whole, want)
			}
		}
	})
}

// Node 26's StringDecoder('utf8') on these chunks (recorded with
// `new (require('string_decoder').StringDecoder)('utf8')`, writes then end()).
func TestDecoderUTF8OracleCases(t *testing.T) {
	cases := []struct {
		chunks []string
		want   string
	}{
		{[]string{"\xe2\x82\x41"}, "\uFFFDA"},
		{[]string{"\xe2", "\x82", "\x41"}, "\uFFFDA"},
		{[]string{"\xf0\x80\x80\x80"}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xf0", "\x80\x80", "\x80"}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xed\xa0\x80"}, "\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xed", "\xa0", "\x80"}, "\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xc0\xaf"}, "\uFFFD\uFFFD"},
		{[]string{"\xf4\x90\x80\x80"}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xf0\x9f"}, "\uFFFD"},
		{[]string{"\xf0\x9f", "\x98\x80"}, "😀"},
		{[]string{"\xe2\x82", "\xe2\x82\xac"}, "\uFFFD€"},
		{[]string{"\xf0\x9f\x98", "A"}, "\uFFFDA"},
		{[]string{"\xff\xfe"}, "\uFFFD\uFFFD"},
		{[]string{"\xe0\x80\x80"}, "\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xe0", "\x80\x80"}, "\uFFFD\uFFFD\uFFFD"},
		{[]string{"\xf1", "\x80", "\x80"}, "\uFFFD"},
	}
	for _, c := range cases {
		chunks := make([][]byte, len(c.chunks))
		for i, s := range c.chunks {
			chunks[i] = []byte(s)
		}
		assert.Equal(t, c.want, decodeAll(t, "utf8", chunks), "%q", c.chunks)
		assert.Equal(t, c.want, whatwgUTF8([]byte(strings.Join(c.chunks, ""))), "reference %q", c.chunks)
	}
	// utf16le: a pair split anywhere, and a lone lead surrogate kept (WTF-8).
	assert.Equal(t, "😀", decodeAll(t, "utf16le", [][]byte{{0x3d}, {0xd8, 0x00}, {0xde}}))
	assert.Equal(t, "\xed\xa0\xbdA", decodeAll(t, "utf16le", [][]byte{{0x3d, 0xd8, 0x41, 0x00}}))
	assert.Equal(t, "\xed\xb8\x80", decodeAll(t, "utf16le", [][]byte{{0x00, 0xde, 0x41}}))
}

// fdCount is the number of open descriptors of the process, -1 where it
// cannot be counted.
func fdCount() int {
	if runtime.GOOS != "linux" {
		// Under wine, /proc/self/fd lists the wine process's own
		// descriptors, which come and go with wine's work.
		return -1
	}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

// fuzzReader hands out values from the fuzz input; past its end, zeros.
type fuzzReader struct{ b []byte }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzReader) int() int {
	var buf [4]byte
	for i := range buf {
		buf[i] = r.byte()
	}
	return int(int32(binary.LittleEndian.Uint32(buf[:])))
}

func (r *fuzzReader) port() int {
	switch r.byte() % 4 {
	case 0:
		return 0
	case 1:
		return r.int() // mostly out of range
	default:
		return 1 // replaced by a real port of ours where it is used
	}
}

func (r *fuzzReader) str() string {
	n := int(r.byte() % 32)
	n = min(n, len(r.b))
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

var fuzzHosts = []string{"127.0.0.1", "::1", "localhost", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1", "127.1.2.3"}

// loopbackHost keeps host if it is not an IP or is a loopback IP, and
// otherwise (a literal that would leave the machine) gives 127.0.0.1.
func loopbackHost(host string) string {
	if blocklist.IsIP(host) == 0 {
		return host
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Unmap().IsLoopback() {
		return host
	}
	return "127.0.0.1"
}

func checkNodeErr(t *testing.T, what string, err error) {
	t.Helper()
	var ne *nodeerr.Error
	if !errors.As(err, &ne) {
		t.Fatalf("%s: %T %v is not a *nodeerr.Error", what, err, err)
	}
	if ne.Name == nodeerr.NameAggregateError {
		// Node's AggregateError of a connect that tried several
		// addresses has an empty message; its errors say what failed.
		if len(ne.Errors) == 0 {
			t.Fatalf("%s: AggregateError without errors", what)
		}
		for _, e := range ne.Errors {
			checkNodeErr(t, what+" (aggregated)", e)
		}
		return
	}
	if ne.Code == "" || ne.Message == "" {
		t.Fatalf("%s: %#v has no code or message", what, ne)
	}
}

// fuzzDir is the directory of the fuzz target's socket paths: f.TempDir,
// except on Windows, where IPC is named pipes and the directory goes
// unused, but wine fails to remove f.TempDir's ("Invalid function"), which
// would fail the test: there it is removed as far as it can be.
func fuzzDir(f *testing.F) string {
	if runtime.GOOS != "windows" {
		return f.TempDir()
	}
	dir, err := os.MkdirTemp("", "nodenet-fuzz-")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func FuzzListenConnectOptions(f *testing.F) {
	f.Add([]byte{0, 2, 0, 0, 0, 0, 0})                              // listen 127.0.0.1:free
	f.Add([]byte{0, 1, 0xff, 0xff, 0xff, 0x7f, 1, 3, 0, 0})         // listen on a port out of range
	f.Add([]byte{1, 2, 0, 0, 0, 0, 0, 2, 5, 'h', 'o', 's', 't', 0}) // connect to a name with a NUL
	f.Add([]byte{1, 2, 2, 0, 0, 0, 0, 6, 'a', 'b', 9, 7, 1})        // connect by a fake lookup
	f.Add([]byte{2, 6, 's', '.', 's', 'o', 'c', 'k', 0})            // IPC in the temp dir
	f.Add([]byte{3, 4, 'a', 'b', 's', 'x', 1})                      // abstract IPC with readableAll
	f.Add([]byte{1, 2, 0, 0, 0, 0, 0, 4, '1', '.', '2', '.', 3, 3, '1', '.', '2', 0x80})
	dir := fuzzDir(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(dir) > 60 {
			t.Skip("temp dir too long for socket paths")
		}
		before := fdCount()
		fuzzListenConnect(t, in, dir)
		if after := fdCount(); before >= 0 && after > before {
			t.Fatalf("%d descriptors left open", after-before)
		}
	})
}

func fuzzListenConnect(t *testing.T, in []byte, dir string) {
	r := &fuzzReader{b: in}
	loop, err := eventloop.New()
	require.NoError(t, err)
	var opened []func()
	closeAll := func() {
		for _, c := range opened {
			c()
		}
		opened = nil
	}
	onErr := func(what string) func(error) {
		return func(err error) {
			checkNodeErr(t, what+" 'error'", err)
			closeAll()
		}
	}
	mode := r.byte() % 4
	switch mode {
	case 0, 2, 3: // listen: TCP, IPC file, IPC abstract
		srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.Destroy(nil) })
		opened = append(opened, func() { srv.Close(nil) })
		srv.On("error", onErr("listen"))
		var opts ListenOptions
		switch mode {
		case 0:
			opts.Port = r.port()
			if opts.Port == 1 {
				opts.Port = 0
			}
			opts.Host = fuzzHosts[int(r.byte())%len(fuzzHosts)]
			opts.Backlog = r.int()
			flags := r.byte()
			opts.IPv6Only = flags&1 != 0
			opts.Exclusive = flags&2 != 0
			opts.ReusePort = flags&4 != 0
		case 2:
			name := strings.ReplaceAll(r.str(), "/", "_")
			opts.Path = filepath.Join(dir, "p"+name)
			if runtime.GOOS == "windows" { // IPC is named pipes there
				opts.Path = `\\.\pipe\nodenet-fuzz-` + fmt.Sprint(os.Getpid()) + "-p" + strings.ReplaceAll(name, `\`, "_")
			}
		case 3:
			opts.Path = "\x00nodenet-fuzz-" + fmt.Sprint(os.Getpid()) + "-" + r.str()
		}
		flags := r.byte()
		opts.ReadableAll = flags&1 != 0
		opts.WritableAll = flags&2 != 0
		if err := srv.Listen(opts, func() { closeAll() }); err != nil {
			checkNodeErr(t, "Listen", err)
			closeAll()
		}
	case 1: // connect, to a server of ours
		srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.Destroy(nil) })
		opened = append(opened, func() { srv.Close(nil) })
		var opts ConnectOptions
		opts.Port = r.port()
		host := r.str()
		switch r.byte() % 3 {
		case 0:
			host = fuzzHosts[int(r.byte())%len(fuzzHosts)]
		case 1:
			host = loopbackHost(host)
		}
		opts.Host = host
		if c := r.byte(); c%3 == 0 {
			opts.LocalAddress = loopbackHost(r.str())
			if opts.LocalAddress == "127.0.0.1" && c&0x80 != 0 {
				opts.LocalAddress = "::1"
			}
			opts.LocalPort = r.port()
			if opts.LocalPort == 1 {
				opts.LocalPort = 0
			}
		}
		opts.Family = int(int8(r.byte()))
		opts.Hints = int(int8(r.byte()))
		flags := r.byte()
		if flags&1 != 0 {
			auto := flags&2 != 0
			opts.AutoSelectFamily = &auto
		}
		if flags&4 != 0 {
			opts.AutoSelectFamilyAttemptTimeout = time.Duration(r.int()) * time.Microsecond
		}
		if flags&8 != 0 || blocklist.IsIP(host) == 0 {
			// The fake lookup: loopback addresses, or an error.
			answer := r.byte()
			opts.Lookup = func(host string, lo LookupOptions, cb func(error, []LookupAddress)) {
				switch answer % 4 {
				case 0:
					cb(nodeerr.New(nodeerr.NameError, "ENOTFOUND", "getaddrinfo ENOTFOUND "+host), nil)
				case 1:
					cb(nil, []LookupAddress{{Address: "127.0.0.1", Family: 4}})
				case 2:
					cb(nil, []LookupAddress{{Address: "::1", Family: 6}, {Address: "127.0.0.1", Family: 4}})
				default:
					cb(nil, nil)
				}
			}
		}
		port := opts.Port
		if err := srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
			if port == 1 {
				a, _ := srv.Address()
				opts.Port = a.Port
			}
			s, err := Connect(loop, SocketOptions{}, opts, func() { closeAll() })
			if err != nil {
				checkNodeErr(t, "Connect", err)
				closeAll()
				return
			}
			opened = append(opened, func() { s.Destroy(nil) })
			s.On("error", onErr("connect"))
			s.On("close", func(bool) { closeAll() })
		}); err != nil {
			t.Fatalf("listen on 127.0.0.1: %v", err)
		}
	}
	guard := time.AfterFunc(5*time.Second, func() { _ = loop.Post(closeAll) })
	require.NoError(t, loop.Run())
	guard.Stop()
	require.NoError(t, loop.Close(), "loop.Close: left open")
}
