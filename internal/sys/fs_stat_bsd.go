//go:build darwin || freebsd

package sys

import "golang.org/x/sys/unix"

func fileInfoOf(st *unix.Stat_t) FileInfo {
	ts := func(t unix.Timespec) FileTime { return FileTime{int64(t.Sec), int64(t.Nsec)} }
	return FileInfo{
		Dev: uint64(st.Dev), Mode: uint64(st.Mode), Nlink: uint64(st.Nlink),
		UID: uint64(st.Uid), GID: uint64(st.Gid), Rdev: uint64(st.Rdev),
		Blksize: uint64(st.Blksize), Ino: st.Ino, Size: uint64(st.Size), Blocks: uint64(st.Blocks),
		Atime: ts(st.Atim), Mtime: ts(st.Mtim), Ctime: ts(st.Ctim), Birthtime: ts(st.Btim),
	}
}

// Stat is stat(2) of path; with follow false a symbolic link itself is
// described (lstat(2)).
func Stat(path string, follow bool) (FileInfo, error) {
	var st unix.Stat_t
	var err error
	if follow {
		err = unix.Stat(path, &st)
	} else {
		err = unix.Lstat(path, &st)
	}
	if err != nil {
		return FileInfo{}, err
	}
	return fileInfoOf(&st), nil
}

// Fstat is fstat(2) of the open descriptor fd.
func Fstat(fd int) (FileInfo, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return FileInfo{}, err
	}
	return fileInfoOf(&st), nil
}
