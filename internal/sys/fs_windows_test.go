// This file checks the file calls of script's fs binding on Windows: the
// descriptor table (lowest free number from 3), positional reads and
// writes that leave the file's offset alone, the Unix-shaped stat result,
// and the Win32 errors under syscall's Unix names.

package sys_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
)

// The C runtime's open flags, as fs.constants has them on Windows.
const (
	oWRONLY = 0x1
	oRDWR   = 0x2
	oAPPEND = 0x8
	oCREAT  = 0x100
	oTRUNC  = 0x200
	oEXCL   = 0x400
)

func TestFileCallsWindows(t *testing.T) {
	// Not t.TempDir: Go's os.RemoveAll fails under wine 8 (its removal
	// asks for POSIX semantics, which wine does not know: "Invalid
	// function"). The test leaves the folder empty and removes it.
	dir, err := os.MkdirTemp("", "nodenet-fs-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = sys.Rmdir(dir) })
	p := filepath.Join(dir, "a.txt")

	fd, err := sys.OpenFile(p, oRDWR|oCREAT|oEXCL, 0o666)
	require.NoError(t, err)
	fd2, err := sys.OpenFile(p, 0, 0)
	require.NoError(t, err)
	require.Equal(t, fd+1, fd2)
	require.NoError(t, sys.CloseFile(fd2))
	require.Equal(t, syscall.EBADF, sys.CloseFile(fd2))
	fd3, err := sys.OpenFile(p, 0, 0)
	require.NoError(t, err)
	require.Equal(t, fd2, fd3, "the lowest free descriptor is reused")
	require.NoError(t, sys.CloseFile(fd3))

	n, err := sys.WriteFile(fd, []byte("hello world"), -1)
	require.NoError(t, err)
	require.Equal(t, 11, n)
	b := make([]byte, 5)
	n, err = sys.ReadFile(fd, b, 6)
	require.NoError(t, err)
	require.Equal(t, "world", string(b[:n]))
	n, err = sys.ReadFile(fd, b, -1) // at the offset the writes left: the end
	require.NoError(t, err)
	require.Equal(t, 0, n)
	n, err = sys.WriteFile(fd, []byte("J"), 0)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	st, err := sys.Fstat(fd)
	require.NoError(t, err)
	require.EqualValues(t, 11, st.Size)
	require.EqualValues(t, syscall.S_IFREG|0o666, st.Mode)
	require.EqualValues(t, 1, st.Nlink)
	require.NoError(t, sys.Ftruncate(fd, 4))
	require.NoError(t, sys.Fsync(fd))
	require.NoError(t, sys.CloseFile(fd))

	st, err = sys.Stat(p, true)
	require.NoError(t, err)
	require.EqualValues(t, 4, st.Size)
	require.NotZero(t, st.Mtime.Sec)
	st, err = sys.Stat(dir, true)
	require.NoError(t, err)
	require.EqualValues(t, syscall.S_IFDIR, st.Mode&syscall.S_IFMT)

	// Appending, and the read-only attribute as Windows' one permission.
	fd, err = sys.OpenFile(p, oWRONLY|oAPPEND, 0)
	require.NoError(t, err)
	_, err = sys.WriteFile(fd, []byte("!"), -1)
	require.NoError(t, err)
	require.NoError(t, sys.CloseFile(fd))
	require.NoError(t, sys.ChmodFile(p, 0o444))
	st, err = sys.Stat(p, true)
	require.NoError(t, err)
	require.EqualValues(t, syscall.S_IFREG|0o444, st.Mode)
	require.EqualValues(t, 5, st.Size)
	require.Equal(t, syscall.EPERM, sys.Access(p, 2))
	require.NoError(t, sys.ChmodFile(p, 0o666))
	require.NoError(t, sys.Access(p, 2))

	// Errors under their Unix names.
	_, err = sys.OpenFile(p, oRDWR|oCREAT|oEXCL, 0o666)
	require.Equal(t, syscall.EEXIST, err)
	_, err = sys.OpenFile(filepath.Join(dir, "missing"), 0, 0)
	require.Equal(t, syscall.ENOENT, err)
	_, err = sys.OpenFile(filepath.Join(dir, "no", "such"), oWRONLY|oCREAT|oTRUNC, 0o666)
	require.Equal(t, syscall.ENOENT, err)
	_, err = sys.Stat(filepath.Join(dir, "missing"), false)
	require.Equal(t, syscall.ENOENT, err)
	require.Equal(t, syscall.EEXIST, sys.Mkdir(dir, 0o777))
	sub := filepath.Join(dir, "sub")
	require.NoError(t, sys.Mkdir(sub, 0o777))
	require.NoError(t, sys.Rename(p, filepath.Join(sub, "b.txt")))
	require.Equal(t, syscall.ENOTEMPTY, sys.Rmdir(sub))
	require.Equal(t, syscall.ENOTDIR, sys.Rmdir(filepath.Join(sub, "b.txt")))
	fd, err = sys.OpenFile(sub, 0, 0)
	require.NoError(t, err)
	_, err = sys.ReadFile(fd, b, -1)
	require.Equal(t, syscall.EISDIR, err)
	require.NoError(t, sys.CloseFile(fd))
	require.NoError(t, sys.Unlink(filepath.Join(sub, "b.txt")))
	require.NoError(t, sys.Rmdir(sub))
	_, err = sys.ReadFile(1000, b, -1)
	require.Equal(t, syscall.EBADF, err)
}
