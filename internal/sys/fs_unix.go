//go:build unix

package sys

import "golang.org/x/sys/unix"

// The file system calls of script's fs binding, on every Unix (Stat and
// Fstat are statx(2) on Linux, stat(2) elsewhere). Like
// the socket calls, they return the raw errno; EINTR is retried by
// ReadFile and WriteFile only. Chmod and Unlink (socket.go) serve files as
// well as socket paths.

// Access is access(2): mode is F_OK or an or of R_OK, W_OK and X_OK.
func Access(path string, mode uint32) error { return unix.Access(path, mode) }

// OpenFile is open(2) with O_CLOEXEC added to flags.
func OpenFile(path string, flags int, mode uint32) (int, error) {
	return unix.Open(path, flags|unix.O_CLOEXEC, mode)
}

// CloseFile closes a file descriptor (no fault injection, unlike Close).
func CloseFile(fd int) error { return unix.Close(fd) }

// ReadFile reads into b from fd at offset pos (pread), or at the file's
// offset when pos is negative (read), retrying EINTR.
func ReadFile(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos >= 0 {
			n, err = unix.Pread(fd, b, pos)
		} else {
			n, err = unix.Read(fd, b)
		}
		if err != unix.EINTR {
			return n, err
		}
	}
}

// WriteFile writes b to fd at offset pos (pwrite), or at the file's offset
// when pos is negative (write), retrying EINTR. It makes one call: the
// count may be short.
func WriteFile(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos >= 0 {
			n, err = unix.Pwrite(fd, b, pos)
		} else {
			n, err = unix.Write(fd, b)
		}
		if err != unix.EINTR {
			return n, err
		}
	}
}

// Mkdir is mkdir(2).
func Mkdir(path string, mode uint32) error { return unix.Mkdir(path, mode) }

// Rmdir is rmdir(2).
func Rmdir(path string) error { return unix.Rmdir(path) }

// Symlink is symlink(2): it makes newpath a link to target.
func Symlink(target, newpath string) error { return unix.Symlink(target, newpath) }

// Link is link(2).
func Link(oldpath, newpath string) error { return unix.Link(oldpath, newpath) }

// Rename is rename(2).
func Rename(oldpath, newpath string) error { return unix.Rename(oldpath, newpath) }

// Ftruncate is ftruncate(2).
func Ftruncate(fd int, size int64) error { return unix.Ftruncate(fd, size) }

// Fsync is fsync(2).
func Fsync(fd int) error { return unix.Fsync(fd) }

// Utimes sets the access and modification times of path (utimensat(2),
// following links).
func Utimes(path string, atime, mtime FileTime) error {
	return unix.UtimesNano(path, []unix.Timespec{
		{Sec: atime.Sec, Nsec: atime.Nsec}, {Sec: mtime.Sec, Nsec: mtime.Nsec},
	})
}

// Fchmod is fchmod(2).
func Fchmod(fd int, mode uint32) error { return unix.Fchmod(fd, mode) }

// Futimes sets the access and modification times of the open descriptor
// fd (futimes(3), to the microsecond).
func Futimes(fd int, atime, mtime FileTime) error {
	return unix.Futimes(fd, []unix.Timeval{
		unix.NsecToTimeval(atime.Sec*1e9 + atime.Nsec), unix.NsecToTimeval(mtime.Sec*1e9 + mtime.Nsec),
	})
}

// FileErrno returns err as it is: on Unix the file calls' errors are
// already errno values (Windows maps its own, fs_windows.go).
func FileErrno(err error) error { return err }

// ChmodFile is chmod(2).
func ChmodFile(path string, mode uint32) error { return unix.Chmod(path, mode) }
