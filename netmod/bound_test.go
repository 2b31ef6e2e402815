//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package netmod

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

// fdOpen reports whether fd is an open descriptor.
func fdOpen(fd int) bool {
	return sys.GuessHandleType(fd) != sys.HandleUnknown
}

func requireCode(t *testing.T, err error, code string) *nodeerr.Error {
	t.Helper()
	e := sockTNodeErr(t, err)
	require.Equal(t, code, e.Code, "%v", err)
	return e
}

// A BoundSocket owns its descriptor until Close; then every call but
// IsPipe and Dispose is ERR_SOCKET_HANDLE_ADOPTED.
func TestBoundSocketClose(t *testing.T) {
	t.Parallel()
	b, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	fd, err := b.FD()
	require.NoError(t, err)
	assert.Equal(t, sys.HandleTCP, sys.GuessHandleType(fd))
	a, err := b.Address()
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1", a.Address)
	assert.Equal(t, "IPv4", a.Family)
	assert.Positive(t, a.Port)
	assert.False(t, b.IsPipe())
	require.NoError(t, b.Close())
	assert.False(t, fdOpen(fd), "Close closes the descriptor")
	_, err = b.Address()
	e := requireCode(t, err, "ERR_SOCKET_HANDLE_ADOPTED")
	assert.Equal(t, "The bound socket has already been adopted by a server or socket", e.Message)
	assert.Equal(t, nodeerr.NameError, e.Name)
	_, err = b.FD()
	requireCode(t, err, "ERR_SOCKET_HANDLE_ADOPTED")
	requireCode(t, b.Close(), "ERR_SOCKET_HANDLE_ADOPTED")
	b.Dispose() // no-op once closed
}

// Binding checks happen before any descriptor is made, and a failed bind
// leaves none open.
func TestBoundSocketErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		opts BoundSocketOptions
		code string
		msg  string
	}{
		{BoundSocketOptions{Port: 65536}, "ERR_SOCKET_BAD_PORT", "options.port should be >= 0 and < 65536. Received type number (65536)."},
		{BoundSocketOptions{Host: "example.com"}, "ERR_INVALID_ARG_VALUE",
			"The property 'options.host' must be a numeric IP address; net.BoundSocket does not perform DNS resolution. Received 'example.com'"},
		{BoundSocketOptions{Path: "/tmp/x.sock", IPv6Only: true}, "ERR_INVALID_ARG_VALUE",
			"The argument 'options' path is mutually exclusive with host, port, ipv6Only, and reusePort. Received { path: '/tmp/x.sock', ipv6Only: true }"},
		{BoundSocketOptions{Path: "/nonexistent-nodenet-dir/s"}, "EACCES", "bind EACCES"},
	} {
		b, err := NewBoundSocket(tc.opts)
		assert.Nil(t, b)
		e := requireCode(t, err, tc.code)
		assert.Equal(t, tc.msg, e.Message)
	}
	if runtime.GOOS != "linux" {
		_, err := NewBoundSocket(BoundSocketOptions{Path: "\x00abstract"})
		e := requireCode(t, err, "ERR_INVALID_ARG_VALUE")
		assert.Equal(t, `The property 'options.path' abstract socket paths are only supported on Linux. Received '\x00abstract'`, e.Message)
	}
	// EADDRINUSE from bind, reported at once with the address.
	l, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	defer l.Dispose()
	fd, _ := l.FD()
	require.NoError(t, sys.Listen(fd, 1))
	port := must(l.Address()).Port
	_, err = NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1", Port: port})
	e := requireCode(t, err, "EADDRINUSE")
	assert.Equal(t, "bind EADDRINUSE 127.0.0.1:"+strconv.Itoa(port), e.Message)
	assert.Equal(t, "bind", e.Syscall)
	assert.Equal(t, port, e.Port)
	assert.ErrorIs(t, err, syscall.EADDRINUSE)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A path BoundSocket creates its file at once and removes it on Close;
// an abstract one (Linux) has no file.
func TestBoundSocketPath(t *testing.T) {
	t.Parallel()
	p := filepath.Join(ipcTDir(t, "a BoundSocket on a path"), "b")
	b, err := NewBoundSocket(BoundSocketOptions{Path: p})
	require.NoError(t, err)
	assert.True(t, b.IsPipe())
	assert.Equal(t, AddressInfo{Path: p}, must(b.Address()))
	assert.Equal(t, sys.HandlePipe, sys.GuessHandleType(must(b.FD())))
	_, err = os.Stat(p)
	require.NoError(t, err)
	b.Dispose()
	_, err = os.Stat(p)
	assert.True(t, os.IsNotExist(err), "Dispose removes the socket file: %v", err)
	assert.True(t, b.IsPipe(), "IsPipe stays")
	if runtime.GOOS == "linux" {
		name := "\x00nodenet-bound-" + strconv.Itoa(os.Getpid())
		a, err := NewBoundSocket(BoundSocketOptions{Path: name})
		require.NoError(t, err)
		_, err = NewBoundSocket(BoundSocketOptions{Path: name})
		requireCode(t, err, "EADDRINUSE")
		require.NoError(t, a.Close())
	}
}

// A failed listen on an adopted path closes the socket and removes its
// file; the error has no address and port -1.
func TestBoundListenFailure(t *testing.T) {
	loop := testutil.Loop(t)
	p := filepath.Join(ipcTDir(t, "a BoundSocket on a path"), "s")
	b, err := NewBoundSocket(BoundSocketOptions{Path: p})
	require.NoError(t, err)
	fd := must(b.FD())
	srv := CreateServer(loop, ServerOptions{}, nil)
	var got error
	srv.On("error", func(err error) { got = err })
	srv.On("listening", func() { t.Error("listening") })
	restore := sys.InjectFault("listen", syscall.EADDRINUSE, 1)
	require.NoError(t, srv.Listen(ListenOptions{Handle: b}, nil))
	restore()
	assert.False(t, srv.Listening())
	assert.Equal(t, AddressInfo{Path: p}, must2(srv.Address()), "address() is the adopted path")
	assert.False(t, fdOpen(fd))
	_, err = os.Stat(p)
	assert.True(t, os.IsNotExist(err), "the socket file is removed: %v", err)
	testutil.Run(t, loop, 5*time.Second)
	e := requireCode(t, got, "EADDRINUSE")
	assert.Equal(t, "listen EADDRINUSE: address already in use", e.Message)
	assert.Equal(t, -1, e.Port)
	assert.Equal(t, "", e.Address)
}

func must2(a AddressInfo, ok bool) AddressInfo {
	if !ok {
		return AddressInfo{Address: "null"}
	}
	return a
}

// NewSocket with a handle that cannot be adopted destroys the socket with
// Node's error; OpenSocket returns it.
func TestNewSocketHandleError(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	b, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	require.NoError(t, b.Close())
	var events []string
	s := NewSocket(loop, SocketOptions{Handle: b})
	s.OnError(func(err error) { events = append(events, "error "+nodeerr.Code(err)) })
	s.OnClose(func(h bool) { events = append(events, "close "+strconv.FormatBool(h)) })
	assert.True(t, s.Destroyed())
	_, err = OpenSocket(loop, SocketOptions{Handle: FD(-3)})
	e := requireCode(t, err, "ERR_OUT_OF_RANGE")
	assert.Equal(t, `The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -3`, e.Message)
	s2, err := OpenSocket(loop, SocketOptions{Handle: (*BoundSocket)(nil)})
	require.NoError(t, err, "a nil BoundSocket is no handle")
	assert.True(t, s2.Pending())
	testutil.Run(t, loop, 5*time.Second)
	// A socket without a handle closes with no hadError (Node: undefined).
	assert.Equal(t, []string{"error ERR_SOCKET_HANDLE_ADOPTED", "close false"}, events)
}

// A socket that adopted a BoundSocket but never connected does not keep
// the loop alive, and Destroy closes its descriptor.
func TestBoundSocketIdle(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	b, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	fd := must(b.FD())
	s, err := OpenSocket(loop, SocketOptions{Handle: b})
	require.NoError(t, err)
	assert.Equal(t, "open", s.ReadyState())
	assert.False(t, s.Pending())
	testutil.Run(t, loop, time.Second)
	assert.True(t, fdOpen(fd))
	closed := false
	s.OnClose(func(bool) { closed = true })
	s.Destroy(nil)
	testutil.Run(t, loop, time.Second)
	assert.True(t, closed)
	assert.False(t, fdOpen(fd))
}

// A bound client whose connect is refused reports it as any client does,
// from its bound source.
func TestBoundConnectRefused(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	probe, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	port := must(probe.Address()).Port
	require.NoError(t, probe.Close())
	b, err := NewBoundSocket(BoundSocketOptions{Host: "127.0.0.1"})
	require.NoError(t, err)
	bport := must(b.Address()).Port
	s, err := OpenSocket(loop, SocketOptions{Handle: b})
	require.NoError(t, err)
	var trace []string
	s.On("connectionAttempt", func(a string, p, f int) { trace = append(trace, "attempt "+a) })
	s.On("connectionAttemptFailed", func(a string, p, f int, err error) { trace = append(trace, "failed "+nodeerr.Code(err)) })
	s.OnError(func(err error) { trace = append(trace, "error "+err.Error()) })
	s.OnClose(func(h bool) { trace = append(trace, "close "+strconv.FormatBool(h)) })
	require.NoError(t, s.Connect(ConnectOptions{Host: "127.0.0.1", Port: port}, nil))
	assert.Equal(t, []string{"attempt 127.0.0.1"}, trace, "connect(2) is issued within Connect")
	assert.Equal(t, bport, s.LocalPort())
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"attempt 127.0.0.1", "failed ECONNREFUSED",
		"error connect ECONNREFUSED 127.0.0.1:" + strconv.Itoa(port), "close true"}, trace)
}

// Two sockets over the ends of a socketpair are pipe sockets that talk to
// each other; listening on a connected descriptor fails with EINVAL and
// closes it.
func TestFDSocketPair(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	a, err := OpenSocket(loop, SocketOptions{Handle: FD(fds[0])})
	require.NoError(t, err)
	b, err := OpenSocket(loop, SocketOptions{Handle: FD(fds[1])})
	require.NoError(t, err)
	assert.Equal(t, "open", a.ReadyState())
	_, err = OpenSocket(loop, SocketOptions{Handle: FD(fds[0])})
	e := requireCode(t, err, "EEXIST")
	assert.Equal(t, "open EEXIST", e.Message)
	assert.Equal(t, "open", e.Syscall)
	var got []byte
	b.OnData(func(d []byte) { got = append(got, d...) })
	b.OnEnd(func() { b.End(nil, nil) })
	a.Resume()
	a.End([]byte("over the pair"), nil)

	more, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer syscall.Close(more[1])
	srv := CreateServer(loop, ServerOptions{}, nil)
	var lerr error
	srv.On("error", func(err error) { lerr = err })
	require.NoError(t, srv.Listen(ListenOptions{Handle: FD(more[0])}, nil))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, "over the pair", string(got))
	e = requireCode(t, lerr, "EINVAL")
	assert.Equal(t, "listen EINVAL: invalid argument", e.Message)
	assert.Equal(t, 0, e.Port)
	assert.False(t, fdOpen(more[0]), "the failed server closed the descriptor")
	assert.False(t, fdOpen(fds[0]))
	assert.False(t, fdOpen(fds[1]))
}

// Names of Windows named pipes are refused where they are recognised (on
// Windows), the way each call reports its failures.
func TestWindowsPipeNames(t *testing.T) {
	// Not parallel: it switches windowsPipeNames, which every Listen and
	// Connect on a path reads; top-level tests that are not parallel run
	// before the parallel ones start.
	for name, want := range map[string]bool{
		`\\?\pipe\a`: true, `\\.\pipe\a`: true, `\\.\PIPE\x\y`: true, `\\?\pipe\`: true,
		`\\?\pipes\a`: false, `\\x\pipe\a`: false, `pipe\a`: false, `/tmp/s`: false, `\\?\pip`: false,
	} {
		windowsPipeNames = false
		assert.False(t, isWindowsPipeName(name), name)
		windowsPipeNames = true
		assert.Equal(t, want, isWindowsPipeName(name), name)
	}
	defer func() { windowsPipeNames = runtime.GOOS == "windows" }()
	const p = `\\?\pipe\nodenet`
	const msg = `The feature Windows named pipe \\?\pipe\nodenet is unavailable on the current platform, which is being used to run Node.js`

	_, err := NewBoundSocket(BoundSocketOptions{Path: p})
	e := requireCode(t, err, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM")
	assert.Equal(t, msg, e.Message)
	assert.Equal(t, nodeerr.NameTypeError, e.Name)

	loop := testutil.Loop(t)
	var trace []string
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("error", func(err error) { trace = append(trace, "server error "+nodeerr.Code(err)) })
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, nil))
	assert.False(t, srv.Listening())
	assert.Equal(t, AddressInfo{Path: p}, must2(srv.Address()))
	c := NewSocket(loop, SocketOptions{})
	c.On("connectionAttempt", func(a string, _, _ int) { trace = append(trace, "attempt "+a) })
	c.On("connectionAttemptFailed", func(a string, _, _ int, err error) { trace = append(trace, "failed "+nodeerr.Code(err)) })
	c.OnError(func(err error) { trace = append(trace, "error "+err.Error()) })
	c.OnClose(func(h bool) { trace = append(trace, "close "+strconv.FormatBool(h)) })
	require.NoError(t, c.Connect(ConnectOptions{Path: p}, nil))
	assert.True(t, c.Connecting())
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"attempt " + p, "server error ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
		"failed ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "error " + msg, "close true"}, trace)
}
