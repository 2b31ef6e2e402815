package sys

import "golang.org/x/sys/unix"

// The file system calls of script's fs binding (Linux only for now). Like
// the socket calls, they return the raw errno; EINTR is retried by
// ReadFile and WriteFile only. Chmod and Unlink (socket.go) serve files as
// well as socket paths.

// FileTime is a timestamp of FileInfo: seconds and nanoseconds since the
// epoch.
type FileTime struct {
	Sec  int64
	Nsec int64
}

// FileInfo is what statx(2) reports of a file, in the fields of Node's
// stat array. Birthtime is zero when the file system does not record it.
type FileInfo struct {
	Dev, Mode, Nlink, UID, GID, Rdev uint64
	Blksize, Ino, Size, Blocks       uint64
	Atime, Mtime, Ctime, Birthtime   FileTime
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func fileInfoOf(st *unix.Statx_t) FileInfo {
	ts := func(t unix.StatxTimestamp) FileTime { return FileTime{t.Sec, int64(t.Nsec)} }
	fi := FileInfo{
		Dev: unix.Mkdev(st.Dev_major, st.Dev_minor), Mode: uint64(st.Mode),
		Nlink: uint64(st.Nlink), UID: uint64(st.Uid), GID: uint64(st.Gid),
		Rdev:    unix.Mkdev(st.Rdev_major, st.Rdev_minor),
		Blksize: uint64(st.Blksize), Ino: st.Ino, Size: st.Size, Blocks: st.Blocks,
		Atime: ts(st.Atime), Mtime: ts(st.Mtime), Ctime: ts(st.Ctime),
	}
	if st.Mask&unix.STATX_BTIME != 0 {
		fi.Birthtime = ts(st.Btime)
	}
	return fi
}

// Stat is statx(2) of path; with follow false a symbolic link itself is
// described (lstat).
func Stat(path string, follow bool) (FileInfo, error) {
	var st unix.Statx_t
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	if err := unix.Statx(unix.AT_FDCWD, path, flags, statxMask, &st); err != nil {
		return FileInfo{}, err
	}
	return fileInfoOf(&st), nil
}

// Fstat is statx(2) of the open descriptor fd.
func Fstat(fd int) (FileInfo, error) {
	var st unix.Statx_t
	if err := unix.Statx(fd, "", unix.AT_EMPTY_PATH, statxMask, &st); err != nil {
		return FileInfo{}, err
	}
	return fileInfoOf(&st), nil
}

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
