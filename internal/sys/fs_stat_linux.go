package sys

import "golang.org/x/sys/unix"

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
