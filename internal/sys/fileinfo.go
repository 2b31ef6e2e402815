//go:build unix || windows

package sys

// FileTime is a timestamp of FileInfo: seconds and nanoseconds since the
// epoch.
type FileTime struct {
	Sec  int64
	Nsec int64
}

// FileInfo is what stat reports of a file, in the fields of Node's
// stat array. Birthtime is zero when the file system does not record it.
type FileInfo struct {
	Dev, Mode, Nlink, UID, GID, Rdev uint64
	Blksize, Ino, Size, Blocks       uint64
	Atime, Mtime, Ctime, Birthtime   FileTime
}
