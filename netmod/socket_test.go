package netmod

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/test/oracle"
)

// sockTPair connects a client to a one-shot server on 127.0.0.1 and calls
// ready with both ends once the client is connected; the server stops
// listening then.
func sockTPair(t *testing.T, loop *eventloop.Loop, srvOpts ServerOptions, cliOpts SocketOptions, ready func(client, server *Socket)) {
	t.Helper()
	var srvSock, cli *Socket
	connected := false
	try := func() {
		if srvSock != nil && connected {
			ready(cli, srvSock)
		}
	}
	var srv *Server
	srv = CreateServer(loop, srvOpts, func(s *Socket) {
		srvSock = s
		srv.Close(nil)
		try()
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := srv.Address()
		var err error
		cli, err = Connect(loop, cliOpts, ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {
			connected = true
			try()
		})
		require.NoError(t, err)
	}))
}

func sockTNodeErr(t *testing.T, err error) *nodeerr.Error {
	t.Helper()
	var e *nodeerr.Error
	require.True(t, errors.As(err, &e), "not a *nodeerr.Error: %v", err)
	return e
}

// ---- round trips ----------------------------------------------------------

// Random-sized writes (some corked into writev, some large enough to be
// queued) come back from an echo server intact and in order.
func TestSocketEchoRandomSizes(t *testing.T) {
	t.Parallel()
	for _, seed := range []uint64{1, 2, 3} {
		t.Run("seed"+strconv.FormatUint(seed, 10), func(t *testing.T) {
			loop := testutil.Loop(t)
			rng := rand.New(rand.NewPCG(seed, 42))
			var sent, got []byte
			sumSent := sha256.New()
			sumGot := sha256.New()
			writes, cbs := 0, 0
			sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
				s.OnData(func(d []byte) {
					if !s.Write(d, nil) {
						s.Pause()
						s.Once("drain", func() { s.Resume() })
					}
				})
				s.OnEnd(func() { s.End(nil, nil) })
				c.OnData(func(d []byte) { got = append(got, d...); sumGot.Write(d) })
				var pump func()
				pump = func() {
					for writes < 400 {
						n := rng.IntN(1 << uint(rng.IntN(18)+1))
						chunk := make([]byte, n)
						for i := range chunk {
							chunk[i] = byte(rng.Uint32())
						}
						sent = append(sent, chunk...)
						sumSent.Write(chunk)
						writes++
						corked := rng.IntN(4) == 0
						if corked {
							c.Cork()
						}
						ok := c.Write(chunk, func(err error) { assert.NoError(t, err); cbs++ })
						if corked {
							extra := []byte{byte(writes)}
							sent = append(sent, extra...)
							sumSent.Write(extra)
							c.Write(extra, nil)
							c.Uncork()
						}
						if !ok {
							c.Once("drain", pump)
							return
						}
					}
					c.End(nil, nil)
				}
				pump()
			})
			testutil.Run(t, loop, 20*time.Second)
			assert.Equal(t, 400, cbs)
			require.Equal(t, len(sent), len(got))
			assert.Equal(t, hex.EncodeToString(sumSent.Sum(nil)), hex.EncodeToString(sumGot.Sum(nil)))
		})
	}
}

// bytesWritten counts what was handed to the kernel plus what is
// buffered; bytesRead what was received; both stay after destroy.
func TestSocketByteCounts(t *testing.T) {
	loop := testutil.Loop(t)
	const n = 8 << 20
	var cli, srv *Socket
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		cli, srv = c, s
		s.Pause()
		big := make([]byte, n)
		c.Write(big, nil)
		c.Write([]byte("tail"), nil)
		assert.EqualValues(t, n+4, c.BytesWritten(), "everything counts at once: dispatched plus buffered")
		assert.Equal(t, n+4, c.WritableLength())
		c.End(nil, nil)
		s.OnData(func([]byte) {})
		s.OnEnd(func() { s.End(nil, nil) })
		loop.SetTimeout(func() { s.Resume() }, 20*time.Millisecond)
	})
	testutil.Run(t, loop, 10*time.Second)
	assert.True(t, cli.Destroyed())
	assert.EqualValues(t, n+4, cli.BytesWritten())
	assert.EqualValues(t, n+4, srv.BytesRead())
	assert.EqualValues(t, 0, cli.BytesRead())
	assert.Equal(t, 0, cli.WritableLength())
}

// ---- allocations ------------------------------------------------------------

// A write the kernel takes at once, without a callback, allocates nothing.
func TestSocketWriteAllocs(t *testing.T) {
	if sockTRace() {
		t.Skip("allocation counts differ under the race detector")
	}
	loop := testutil.Loop(t)
	msg := []byte("0123456789abcdef")
	var allocs float64
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		s.OnData(func([]byte) {})
		s.OnEnd(func() { s.End(nil, nil) })
		c.Write(msg, nil)
		allocs = testing.AllocsPerRun(1000, func() { c.Write(msg, nil) })
		c.End(nil, nil)
	})
	testutil.Run(t, loop, 10*time.Second)
	assert.Zero(t, allocs, "allocations per synchronous write without a callback")
}

// ---- encodings --------------------------------------------------------------

// sockTOracle runs a Node script (source) with the JSON of input written to
// a file, and decodes its standard output as JSON into out.
func sockTOracle(t *testing.T, source string, input, out any) {
	t.Helper()
	oracle.Require(t)
	dir := t.TempDir()
	in, err := json.Marshal(input)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in.json"), in, 0o644))
	script := filepath.Join(dir, "script.js")
	require.NoError(t, os.WriteFile(script, []byte(source), 0o644))
	res := oracle.Run(t, script, filepath.Join(dir, "in.json"))
	require.Zero(t, res.ExitCode, "%s", res.Stderr)
	require.NoError(t, json.Unmarshal(res.Stdout, out), "%s", res.Stdout)
}

// unitsHex is the UTF-16LE hex of a WTF-8 string: how Node's strings are
// compared with ours.
func unitsHex(s string) string {
	var b []byte
	forEachUnit(s, func(u uint16) { b = append(b, byte(u), byte(u>>8)) })
	return hex.EncodeToString(b)
}

var sockTEncodings = []string{"utf8", "latin1", "ascii", "hex", "base64", "base64url", "utf16le"}

// WriteString encodes as Buffer.from(string, encoding).
func TestEncodeStringMatchesNode(t *testing.T) {
	t.Parallel()
	strs := []string{
		"", "hello", "héllo wörld", "€uro", "😀 emoji", "\x00\x01\x7f", "ÿ\u0100\u0101",
		"aGVsbG8=", "aGVsbG8", "aGV sbG8", "aGVs!bG8", "aGVsbG8=aGk=", "a", "ab", "abc", "ab=c",
		"-_-_", "+/+/", "YQ", "YR==", "====", "0g", "zz12", "12zz34", "ABcd", "a b", "abcdef0",
		// Node's hex and base64 decoders look at the low byte of each
		// UTF-16 unit: U+0141 reads as 'A', a surrogate 0xD83D as '='.
		"aGVs\u0141bG8", "aGVs😀bG8", "ÁÁÁÁ", "ab\u0163d", "ab😀cd", "aGVs€bG8",
	}
	// Lone surrogates travel as WTF-8 on our side and as UTF-16 units to
	// Node (JSON.parse of the \u escapes).
	strs = append(strs, "a\xed\xa0\x80b", "\xed\xb0\x80x")
	type pair struct{ Units, Enc string }
	var in []pair
	for _, s := range strs {
		for _, enc := range sockTEncodings {
			in = append(in, pair{unitsHex(s), enc})
		}
	}
	var want []string
	sockTOracle(t, `
const fs = require('fs');
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = cases.map(({ Units, Enc }) => {
  const s = Buffer.from(Units, 'hex').toString('utf16le');
  return Buffer.from(s, Enc).toString('hex');
});
console.log(JSON.stringify(out));
`, in, &want)
	require.Len(t, want, len(in))
	i := 0
	for _, s := range strs {
		for _, enc := range sockTEncodings {
			got, err := encodeString(s, enc)
			require.NoError(t, err)
			assert.Equal(t, want[i], hex.EncodeToString(got), "Buffer.from(%q, %q)", s, enc)
			i++
		}
	}
	_, err := encodeString("x", "klingon")
	e := sockTNodeErr(t, err)
	assert.Equal(t, "ERR_UNKNOWN_ENCODING", e.Code)
	assert.Equal(t, "Unknown encoding: klingon", e.Message)
}

// decodeCase is one StringDecoder run: chunks written, then end().
type decodeCase struct {
	Enc    string
	Chunks []string // hex
}

// runDecoder returns the UTF-16LE hex of each write's result and of end().
func runDecoder(t *testing.T, c decodeCase) []string {
	d, err := newDecoder(c.Enc)
	require.NoError(t, err)
	var out []string
	for _, h := range c.Chunks {
		b, err := hex.DecodeString(h)
		require.NoError(t, err)
		out = append(out, unitsHex(string(d.write(b))))
	}
	return append(out, unitsHex(string(d.end())))
}

const decoderScript = `
const fs = require('fs');
const { StringDecoder } = require('string_decoder');
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = cases.map(({ Enc, Chunks }) => {
  const d = new StringDecoder(Enc);
  const res = Chunks.map((h) => Buffer.from(d.write(Buffer.from(h, 'hex')), 'utf16le').toString('hex'));
  res.push(Buffer.from(d.end(), 'utf16le').toString('hex'));
  return res;
});
console.log(JSON.stringify(out));
`

func compareDecoder(t *testing.T, cases []decodeCase) {
	t.Helper()
	var want [][]string
	sockTOracle(t, decoderScript, cases, &want)
	require.Len(t, want, len(cases))
	bad := 0
	for i, c := range cases {
		got := runDecoder(t, c)
		if !assert.Equal(t, want[i], got, "%s decoder on chunks %v", c.Enc, c.Chunks) {
			bad++
			if bad > 10 {
				t.FailNow()
			}
		}
	}
}

// splits returns b cut at every position (two chunks) and, for short
// inputs, at every pair of positions (three chunks), plus byte by byte.
func splits(b []byte) [][]string {
	var out [][]string
	h := func(x []byte) string { return hex.EncodeToString(x) }
	out = append(out, []string{h(b)})
	for i := 0; i <= len(b); i++ {
		out = append(out, []string{h(b[:i]), h(b[i:])})
	}
	if len(b) <= 12 {
		for i := 1; i < len(b); i++ {
			for j := i + 1; j < len(b); j++ {
				out = append(out, []string{h(b[:i]), h(b[i:j]), h(b[j:])})
			}
		}
	}
	one := make([]string, len(b))
	for i := range b {
		one[i] = h(b[i : i+1])
	}
	return append(out, one)
}

// The decoder behind setEncoding matches Node's StringDecoder on text cut
// at every position: UTF-8 characters of every length and ill-formed
// sequences, base64 groups, UTF-16 surrogate pairs.
func TestDecoderSplitsMatchNode(t *testing.T) {
	t.Parallel()
	inputs := map[string][][]byte{
		"utf8": {
			[]byte("a€b😀c"),
			[]byte("héllo"),
			{0xe2, 0x82, 0x41},             // truncated, then ASCII
			{0xf0, 0x9f, 0x98},             // truncated at the end
			{0x80, 0x80, 0xe2, 0x82, 0xac}, // stray continuation bytes
			{0xed, 0xa0, 0x80, 0x61},       // an encoded surrogate
			{0xc0, 0xaf, 0xf5, 0x80, 0xff}, // never valid bytes
			{0xf4, 0x90, 0x80, 0x80},       // above U+10FFFF
			{0xe0, 0x80, 0x80, 0xc2},       // overlong, then a lead byte at the end
			{0xf0, 0x9f, 0x98, 0x80, 0x80, 0x80, 0x80, 0x80},
		},
		"base64":    {[]byte("hello world!"), []byte("ab"), {0xff, 0xfe, 0xfd, 0xfc}},
		"base64url": {[]byte("hello world!?"), {0xff, 0xfe, 0xfd, 0xfc}},
		"utf16le": {
			{0x3d, 0xd8, 0x00, 0xde, 0x41, 0x00},             // 😀A
			{0x41, 0x00, 0x3d, 0xd8, 0x42, 0x00},             // lone high surrogate
			{0x00, 0xde, 0x3d, 0xd8},                         // lone low, then high at the end
			{0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde},             // high, pair
			{0x61, 0x00, 0x62},                               // odd length
			{0x3d, 0xd8, 0x00, 0xde, 0x3d, 0xd8, 0x01, 0xde}, // two pairs
		},
		"hex":    {{0x00, 0x10, 0xff}},
		"latin1": {{0x41, 0xe9, 0xff, 0x80}},
		"ascii":  {{0x41, 0xe9, 0xff, 0x80}},
	}
	var cases []decodeCase
	for enc, ins := range inputs {
		for _, b := range ins {
			for _, chunks := range splits(b) {
				cases = append(cases, decodeCase{enc, chunks})
			}
		}
	}
	compareDecoder(t, cases)
}

// Random bytes (mostly UTF-8 lead and continuation bytes) in random
// chunks decode as in Node.
func TestDecoderRandomMatchesNode(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 7))
	pool := []byte{0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x00, 0xd8, 0xdc, 0x3d}
	var cases []decodeCase
	for _, enc := range []string{"utf8", "utf16le", "base64"} {
		for i := 0; i < 300; i++ {
			var chunks []string
			for k := rng.IntN(5) + 1; k > 0; k-- {
				b := make([]byte, rng.IntN(7))
				for j := range b {
					b[j] = pool[rng.IntN(len(pool))]
				}
				chunks = append(chunks, hex.EncodeToString(b))
			}
			cases = append(cases, decodeCase{enc, chunks})
		}
	}
	compareDecoder(t, cases)
}

// SetEncoding re-decodes what is already buffered, and 'data' then
// delivers strings.
func TestSocketSetEncodingBuffered(t *testing.T) {
	loop := testutil.Loop(t)
	var got []string
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		c.Write([]byte{0xe2, 0x82, 0xac, 0x61, 0xe2}, nil)
		loop.SetTimeout(func() {
			require.Equal(t, 5, s.ReadableLength())
			require.NoError(t, s.SetEncoding("utf8"))
			require.Equal(t, 4, s.ReadableLength(), "the incomplete character is held back")
			s.On("data", func(d string) { got = append(got, d) })
			s.OnEnd(func() { s.End(nil, nil) })
			s.Resume()
			c.End(nil, nil)
		}, 20*time.Millisecond)
	})
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"€a", "\uFFFD"}, got)
}

// ---- argument errors --------------------------------------------------------

func TestSocketConnectArgumentErrors(t *testing.T) {
	loop := testutil.Loop(t)
	for _, tc := range []struct {
		opts       ConnectOptions
		code, name string
		msg        string
	}{
		{ConnectOptions{Port: 65536}, "ERR_SOCKET_BAD_PORT", "RangeError", "Port should be >= 0 and < 65536. Received type number (65536)."},
		{ConnectOptions{Port: -1}, "ERR_SOCKET_BAD_PORT", "RangeError", "Port should be >= 0 and < 65536. Received type number (-1)."},
		{ConnectOptions{Port: 80, LocalAddress: "not-an-ip"}, "ERR_INVALID_IP_ADDRESS", "TypeError", "Invalid IP address: not-an-ip"},
		{ConnectOptions{Port: 80, LocalAddress: "1.2.3"}, "ERR_INVALID_IP_ADDRESS", "TypeError", "Invalid IP address: 1.2.3"},
	} {
		s := NewSocket(loop, SocketOptions{})
		err := s.Connect(tc.opts, nil)
		e := sockTNodeErr(t, err)
		assert.Equal(t, tc.code, e.Code)
		assert.Equal(t, tc.name, e.Name)
		assert.Equal(t, tc.msg, e.Message)
		assert.False(t, s.Connecting(), "a rejected connect leaves the socket as it was")
		assert.True(t, s.Pending())
		_, err = Connect(loop, SocketOptions{}, tc.opts, nil)
		assert.Equal(t, tc.code, nodeerr.Code(err))
	}
	s := NewSocket(loop, SocketOptions{})
	e := sockTNodeErr(t, s.SetTypeOfService(256))
	assert.Equal(t, "ERR_OUT_OF_RANGE", e.Code)
	assert.Equal(t, `The value of "tos" is out of range. It must be >= 0 && <= 255. Received 256`, e.Message)
	e = sockTNodeErr(t, s.SetTimeout(-5*time.Millisecond, nil))
	assert.Equal(t, "ERR_OUT_OF_RANGE", e.Code)
	assert.Equal(t, `The value of "msecs" is out of range. It must be a non-negative finite number. Received -5`, e.Message)
	assert.Equal(t, -5*time.Millisecond, s.Timeout(), "Node sets socket.timeout before it checks the value")
	e = sockTNodeErr(t, s.SetTimeout(-1500*time.Microsecond, nil))
	assert.Equal(t, `The value of "msecs" is out of range. It must be a non-negative finite number. Received -1.5`, e.Message)
	e = sockTNodeErr(t, s.SetEncoding("nope"))
	assert.Equal(t, "ERR_UNKNOWN_ENCODING", e.Code)
	testutil.Run(t, loop, time.Second)
}

// ---- pipes ------------------------------------------------------------------

// A pipe moves everything, holds the source while the destination is over
// its high-water mark, and ends the destination when the source ends.
func TestSocketPipeBackpressure(t *testing.T) {
	loop := testutil.Loop(t)
	const total = 6 << 20
	payload := bytes.Repeat([]byte("0123456789abcdef"), total/16)
	var got []byte
	pauses := 0
	// a -> (b = server side of a) pipe -> c -> d (server side of c), d slow.
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(a, b *Socket) {
		sockTPair(t, loop, ServerOptions{PauseOnConnect: true}, SocketOptions{HighWaterMark: 16 << 10}, func(c, d *Socket) {
			b.On("pause", func() { pauses++ })
			b.Pipe(c, PipeOptions{})
			assert.Equal(t, 1, b.PipesCount())
			a.End(payload, nil)
			d.OnData(func(p []byte) { got = append(got, p...) })
			d.OnEnd(func() { d.End(nil, nil) })
			loop.SetTimeout(func() { d.Resume() }, 50*time.Millisecond)
			c.On("finish", func() { b.End(nil, nil) })
		})
	})
	testutil.Run(t, loop, 20*time.Second)
	assert.Greater(t, pauses, 0, "the source paused for the destination")
	assert.True(t, bytes.Equal(payload, got), "piped data differs (%d of %d bytes)", len(got), len(payload))
}

// Node's _onTimeout: a write that is still making progress (the handle's
// write queue shrank since the last check) postpones 'timeout'.
func TestSocketOnTimeoutWriteProgress(t *testing.T) {
	loop := testutil.Loop(t)
	s := NewSocket(loop, SocketOptions{})
	timeouts := 0
	s.On("timeout", func() { timeouts++ })
	s.state = stateOpen // as while a write request is in flight
	s.req = &writeReq{lastWriteQueueSize: 1000, wq: [][]byte{make([]byte, 400), make([]byte, 200)}}
	s.onTimeout()
	assert.Zero(t, timeouts, "the queue shrank: postponed")
	assert.Equal(t, 600, s.req.lastWriteQueueSize)
	s.req.wq = s.req.wq[1:]
	s.onTimeout()
	assert.Zero(t, timeouts)
	s.onTimeout()
	assert.Equal(t, 1, timeouts, "no progress: 'timeout'")
	s.req.lastWriteQueueSize = 0 // kAfterAsyncWrite: no write in flight
	s.onTimeout()
	assert.Equal(t, 2, timeouts)
	s.state, s.req = stateNoHandle, nil
	s.Destroy(nil)
	testutil.Run(t, loop, time.Second)
}

// sockTRace reports whether the test binary runs under the race detector.
func sockTRace() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return true
			}
		}
	}
	return false
}

// A host name goes through the lookup (off the loop), then 'lookup' (err,
// address, family, host) and the connect; a failed lookup is ENOTFOUND
// from getaddrinfo.
func TestSocketConnectLookup(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var lookups []string
	var failed error
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.Resume(); s.OnEnd(func() { s.End(nil, nil) }) })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := srv.Address()
		lookup := OffloadLookup(loop, func(_ context.Context, host string, _ LookupOptions) ([]LookupAddress, error) {
			if host == "nowhere.invalid" {
				return nil, lookupError(&net.DNSError{Err: "no such host", Name: host, IsNotFound: true}, host)
			}
			return []LookupAddress{{Address: "127.0.0.1", Family: 4}}, nil
		})
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: a.Port, Host: "example.test", Lookup: lookup}, nil)
		require.NoError(t, err)
		c.On("lookup", func(err error, addr string, family int, host string) {
			lookups = append(lookups, addr+" "+strconv.Itoa(family)+" "+host)
			assert.NoError(t, err)
		})
		c.OnConnect(func() {
			assert.Equal(t, "127.0.0.1", c.RemoteAddress())
			c.End(nil, nil)
			srv.Close(nil)
		})
		d, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: a.Port, Host: "nowhere.invalid", Lookup: lookup}, nil)
		require.NoError(t, err)
		d.OnError(func(err error) { failed = err })
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"127.0.0.1 4 example.test"}, lookups)
	e := sockTNodeErr(t, failed)
	assert.Equal(t, "ENOTFOUND", e.Code)
	assert.Equal(t, "getaddrinfo ENOTFOUND nowhere.invalid", e.Message)
	assert.Equal(t, "getaddrinfo", e.Syscall)
}

// Unref'd, a connected socket does not keep the loop alive; a write in
// flight still does (it is a request).
func TestSocketUnref(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var cli, srvSock *Socket
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		cli, srvSock = c, s
		c.Unref()
		s.Unref()
		assert.False(t, c.HasRef())
	})
	testutil.Run(t, loop, 5*time.Second)
	require.NotNil(t, cli)
	assert.False(t, cli.Destroyed(), "Run returned with the unref'd sockets open")
	cli.Destroy(nil)
	srvSock.Destroy(nil)
	testutil.Run(t, loop, time.Second)
}
