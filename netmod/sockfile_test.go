//go:build linux || darwin || freebsd

package netmod

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// Closing a path server removes its socket file only while the path still
// names it: a file another process put there (after renaming or removing
// ours) survives, and so does our renamed socket file. libuv would unlink
// whatever the path names by then.
func TestCloseLeavesReplacedSocketFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "s.sock")
	moved := filepath.Join(dir, "moved.sock")
	for _, replacement := range []string{"regular file", "another socket", "symlink", "nothing"} {
		loop := testutil.Loop(t)
		srv := CreateServer(loop, ServerOptions{}, nil)
		var other int = -1
		require.NoError(t, srv.Listen(ListenOptions{Path: p}, func() {
			require.NoError(t, os.Rename(p, moved))
			switch replacement {
			case "regular file":
				require.NoError(t, os.WriteFile(p, []byte("precious"), 0o600))
			case "another socket":
				fd, err := bindUnix(p)
				require.NoError(t, err)
				other = fd
			case "symlink":
				require.NoError(t, os.Symlink(moved, p))
			}
			srv.Close(nil)
		}))
		testutil.Run(t, loop, 10*time.Second)
		fi, err := os.Lstat(p)
		if replacement == "nothing" {
			require.True(t, os.IsNotExist(err), replacement)
		} else {
			require.NoError(t, err, "close removed the %s another process put at the path", replacement)
		}
		switch replacement {
		case "regular file":
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			require.Equal(t, "precious", string(b))
		case "another socket":
			require.NotZero(t, fi.Mode()&os.ModeSocket)
			require.NoError(t, syscall.Close(other))
		case "symlink":
			require.NotZero(t, fi.Mode()&os.ModeSymlink)
		}
		_, err = os.Lstat(moved)
		require.NoError(t, err, "the renamed socket file is no longer at the server's path: left alone")
		require.NoError(t, os.RemoveAll(p))
		require.NoError(t, os.Remove(moved))
	}
}

// A bound path (BoundSocket) closed after its file was replaced leaves the
// replacement; closed in place, it removes its own file.
func TestBoundSocketCloseLeavesReplacedFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "b.sock")
	b, err := NewBoundSocket(BoundSocketOptions{Path: p})
	require.NoError(t, err)
	require.NoError(t, os.Remove(p))
	require.NoError(t, os.WriteFile(p, []byte("precious"), 0o600))
	require.NoError(t, b.Close())
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, "precious", string(got))
	require.NoError(t, os.Remove(p))

	b, err = NewBoundSocket(BoundSocketOptions{Path: p})
	require.NoError(t, err)
	require.NoError(t, b.Close())
	_, err = os.Lstat(p)
	require.True(t, os.IsNotExist(err), "its own socket file is removed")
}

// readableAll and writableAll set the mode to exactly the bits asked for,
// whatever the umask left (Node 26); without them the mode is 0o777 less
// the umask, so the file is world-writable only under a umask that allows it.
func TestSocketFileModeAndUmask(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	cases := []struct {
		umask      int
		read, writ bool
		want       os.FileMode
	}{
		{0o022, false, false, 0o755}, {0o077, false, false, 0o700}, {0o027, false, false, 0o750},
		{0o000, false, false, 0o777}, {0o002, false, false, 0o775},
		{0o022, true, false, 0o444}, {0o022, false, true, 0o222}, {0o022, true, true, 0o666},
		{0o077, true, false, 0o444}, {0o077, true, true, 0o666}, {0o000, true, false, 0o444},
	}
	for i, c := range cases {
		syscall.Umask(c.umask)
		loop := testutil.Loop(t)
		p := filepath.Join(dir, "m"+string(rune('a'+i))+".sock")
		srv := CreateServer(loop, ServerOptions{}, nil)
		var got os.FileMode
		require.NoError(t, srv.Listen(ListenOptions{Path: p, ReadableAll: c.read, WritableAll: c.writ}, func() {
			fi, err := os.Stat(p)
			require.NoError(t, err)
			got = fi.Mode().Perm()
			srv.Close(nil)
		}))
		testutil.Run(t, loop, 10*time.Second)
		require.Equal(t, c.want, got, "umask %o readableAll %v writableAll %v", c.umask, c.read, c.writ)
	}
}
