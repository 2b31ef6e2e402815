package netmod

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// The IPC tests run on Windows too, on named pipes (testutil.IPCPath);
// those about the socket file skip there, naming what cannot apply.

// ipcTDir returns a short temporary directory for socket files (sun_path
// is small, and t.TempDir can be long on macOS); on Windows, where Node's
// IPC is named pipes only and no socket file exists, the test skips,
// saying why.
func ipcTDir(t *testing.T, why string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("not on Windows: " + why)
	}
	dir, err := os.MkdirTemp("", "nn-ipc-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func TestIPCEchoLarge(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	p := testutil.IPCPath(t, "s")
	payload := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	var got []byte
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		s.OnData(func(d []byte) { s.Write(d, nil) })
		s.OnEnd(func() { s.End(nil, nil) })
		s.OnClose(func(bool) { srv.Close(nil) })
	})
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, func() {
		a, ok := srv.Address()
		require.True(t, ok)
		assert.Equal(t, AddressInfo{Path: p}, a)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: p}, nil)
		require.NoError(t, err)
		c.OnConnect(func() {
			assert.Equal(t, "", c.RemoteAddress())
			assert.Equal(t, 0, c.RemotePort())
			assert.Equal(t, "", c.LocalFamily())
			c.Write(payload, nil)
			c.End(nil, nil)
		})
		c.OnData(func(d []byte) { got = append(got, d...) })
	}))
	testutil.Run(t, loop, 10*time.Second)
	assert.True(t, bytes.Equal(payload, got), "echoed %d of %d bytes", len(got), len(payload))
	if runtime.GOOS != "windows" { // a named pipe has no file
		_, err := os.Stat(p)
		assert.True(t, os.IsNotExist(err), "the socket file is left: %v", err)
	}
	a, ok := srv.Address()
	assert.True(t, ok)
	assert.Equal(t, p, a.Path, "address() is still the path after close")
}

func TestIPCListenExistingFile(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	p := filepath.Join(ipcTDir(t, "a file in the way of a socket file; a named pipe is no file"), "f")
	require.NoError(t, os.WriteFile(p, nil, 0o600))
	srv := CreateServer(loop, ServerOptions{}, nil)
	var gotErr error
	srv.On("error", func(err error) { gotErr = err })
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, nil))
	testutil.Run(t, loop, 5*time.Second)
	e := srvTNodeErr(t, gotErr)
	assert.Equal(t, "EADDRINUSE", e.Code)
	assert.Equal(t, "listen EADDRINUSE: address already in use "+p, e.Message)
	assert.Equal(t, -1, e.Port)
	_, err := os.Stat(p)
	assert.NoError(t, err, "a file the server did not create is kept")
}

func TestIPCListenMissingDir(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	p := filepath.Join(ipcTDir(t, "a socket file in a missing directory; a path that is not a pipe name fails with EACCES there (TestPipeNonPipePath)"), "no", "s")
	srv := CreateServer(loop, ServerOptions{}, nil)
	var gotErr error
	srv.On("error", func(err error) { gotErr = err })
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, nil))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, "listen ENOENT: no such file or directory "+p, srvTNodeErr(t, gotErr).Message)
	assert.False(t, srv.Listening())
}

func TestIPCThenTCP(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	p := testutil.IPCPath(t, "s")
	srv := CreateServer(loop, ServerOptions{}, nil)
	_, ok := srv.Address()
	assert.False(t, ok)
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, func() {
		srv.Close(func(error) {
			require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
				a, _ := srv.Address()
				assert.Equal(t, "127.0.0.1", a.Address)
				assert.Empty(t, a.Path)
				srv.Close(func(error) {
					// Node's _pipeName is never cleared.
					a, _ := srv.Address()
					assert.Equal(t, AddressInfo{Path: p}, a)
				})
			}))
		})
	}))
	testutil.Run(t, loop, 5*time.Second)
}

func TestIPCAbstractChmodRefused(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, nil)
	err := srv.Listen(ListenOptions{Path: "\x00x", Backlog: 3, ReadableAll: true, WritableAll: true}, nil)
	e := srvTNodeErr(t, err)
	assert.Equal(t, "ERR_INVALID_ARG_VALUE", e.Code)
	assert.Equal(t, "The argument 'options' can not set readableAll or writableAllt to true when path is abstract unix socket. "+
		"Received { path: '\\x00x', backlog: 3, readableAll: true, writableAll: true }", e.Message)
	assert.False(t, srv.Listening())
	testutil.Run(t, loop, 5*time.Second)
}

func TestIPCAbstract(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("Linux only")
	}
	loop := testutil.Loop(t)
	name := "\x00nodenet-unit-" + strconv.Itoa(os.Getpid())
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.End([]byte("hi"), nil) })
	var got string
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
		require.NoError(t, err)
		c.OnData(func(d []byte) { got += string(d) })
		c.OnClose(func(bool) { srv.Close(nil) })
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, "hi", got)
}

func TestIPCConnectRefusedStale(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	dir := ipcTDir(t, "a stale socket file (a hard link to a closed server's); a named pipe ends with its server")
	p := filepath.Join(dir, "s")
	var gotErr error
	srv := CreateServer(loop, ServerOptions{}, nil)
	require.NoError(t, srv.Listen(ListenOptions{Path: p + ".tmp"}, func() {
		require.NoError(t, os.Link(p+".tmp", p))
		srv.Close(func(error) {
			c := NewSocket(loop, SocketOptions{})
			c.On("error", func(err error) { gotErr = err })
			require.NoError(t, c.Connect(ConnectOptions{Path: p}, nil))
		})
	}))
	testutil.Run(t, loop, 5*time.Second)
	e := srvTNodeErr(t, gotErr)
	assert.Equal(t, "connect ECONNREFUSED "+p, e.Message)
	assert.Equal(t, p, e.Address)
}

func TestIPCResetAndDestroyPanics(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	p := testutil.IPCPath(t, "s")
	srv := CreateServer(loop, ServerOptions{}, nil)
	require.NoError(t, srv.Listen(ListenOptions{Path: p}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: p}, nil)
		require.NoError(t, err)
		e := srvTNodeErr(t, c.ResetAndDestroy())
		assert.Equal(t, "ERR_INVALID_HANDLE_TYPE", e.Code)
		c.Destroy(nil)
		srv.Close(nil)
	}))
	testutil.Run(t, loop, 5*time.Second)
}
