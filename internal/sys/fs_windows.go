// This file exists because script's fs binding speaks in small integer
// descriptors and Unix-shaped stat results, as Node does on every
// platform: Node on Windows hands scripts C runtime descriptors (3, 4,
// ...), reports modes built from the read-only attribute, and libuv's own
// error numbers. Here a table maps our descriptors to Win32 file handles
// (lowest free number first, as the C runtime allocates them), and each
// call returns syscall's Unix error names (see errnoOf and fileErrno).

package sys

import (
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The open flags of fs.constants on Windows: the C runtime's values, which
// Node exposes there, and libuv's own UV_FS_O_* additions.
const (
	winORDONLY    = 0x0000
	winOWRONLY    = 0x0001
	winORDWR      = 0x0002
	winOAPPEND    = 0x0008
	winORandom    = 0x0010
	winOSeq       = 0x0020
	winOTemporary = 0x0040
	winOCREAT     = 0x0100
	winOTRUNC     = 0x0200
	winOEXCL      = 0x0400
	winOShortLive = 0x1000
	winOFilemap   = 0x20000000
)

// files maps descriptors to handles; 0, 1 and 2 are the standard handles.
var files = struct {
	sync.Mutex
	h map[int]windows.Handle
}{h: map[int]windows.Handle{}}

// addFile gives h the lowest free descriptor from 3 up.
func addFile(h windows.Handle) int {
	files.Lock()
	defer files.Unlock()
	fd := 3
	for {
		if _, used := files.h[fd]; !used {
			files.h[fd] = h
			return fd
		}
		fd++
	}
}

// handleOf returns the handle of fd, or EBADF.
func handleOf(fd int) (windows.Handle, error) {
	switch fd {
	case 0, 1, 2:
		std := [...]uint32{windows.STD_INPUT_HANDLE, windows.STD_OUTPUT_HANDLE, windows.STD_ERROR_HANDLE}[fd]
		h, err := windows.GetStdHandle(std)
		if err != nil || h == 0 || h == windows.InvalidHandle {
			return 0, syscall.EBADF
		}
		return h, nil
	}
	files.Lock()
	h, ok := files.h[fd]
	files.Unlock()
	if !ok {
		return 0, syscall.EBADF
	}
	return h, nil
}

// fileErrnos are the Win32 errors of file calls whose Unix name differs
// from the one sockets give them (errnoOf), or which sockets never meet.
var fileErrnos = map[syscall.Errno]syscall.Errno{
	windows.ERROR_DIR_NOT_EMPTY:         syscall.ENOTEMPTY,
	windows.ERROR_DIRECTORY:             syscall.ENOTDIR,
	windows.ERROR_SHARING_VIOLATION:     syscall.EBUSY,
	windows.ERROR_LOCK_VIOLATION:        syscall.EBUSY,
	windows.ERROR_NOT_SAME_DEVICE:       syscall.EXDEV,
	windows.ERROR_PRIVILEGE_NOT_HELD:    syscall.EPERM,
	windows.ERROR_FILENAME_EXCED_RANGE:  syscall.ENAMETOOLONG,
	windows.ERROR_CANT_RESOLVE_FILENAME: syscall.ELOOP,
	windows.ERROR_DISK_FULL:             syscall.ENOSPC,
	windows.ERROR_HANDLE_DISK_FULL:      syscall.ENOSPC,
	windows.ERROR_WRITE_PROTECT:         syscall.EROFS,
	windows.ERROR_NEGATIVE_SEEK:         syscall.EINVAL,
	windows.ERROR_NOT_A_REPARSE_POINT:   syscall.EINVAL,
	windows.ERROR_INVALID_REPARSE_DATA:  syscall.EINVAL,
}

// FileErrno maps the error of a file call (a Win32 error, possibly inside
// an *os.PathError's Err) to syscall's Unix name for it.
func FileErrno(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		if m, ok := fileErrnos[e]; ok {
			return m
		}
	}
	return errnoOf(err)
}

// utf16Path converts path for a wide Win32 call; a NUL inside it is
// ENOENT, as no file has such a name.
func utf16Path(path string) (*uint16, error) {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, syscall.ENOENT
	}
	return p, nil
}

// openHandle opens path with the given access for attribute calls,
// directories included; with follow false a link itself is opened.
func openHandle(path string, access uint32, follow bool) (windows.Handle, error) {
	p, err := utf16Path(path)
	if err != nil {
		return 0, err
	}
	flags := uint32(windows.FILE_FLAG_BACKUP_SEMANTICS)
	if !follow {
		flags |= windows.FILE_FLAG_OPEN_REPARSE_POINT
	}
	h, err := windows.CreateFile(p, access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, windows.OPEN_EXISTING, flags, 0)
	if err != nil {
		return 0, FileErrno(err)
	}
	return h, nil
}

// Access checks that path exists; W_OK (2) also fails with EPERM on a
// read-only file, the only permission Windows records in a mode.
func Access(path string, mode uint32) error {
	p, err := utf16Path(path)
	if err != nil {
		return err
	}
	attrs, err := windows.GetFileAttributes(p)
	if err != nil {
		return FileErrno(err)
	}
	if mode&2 != 0 && attrs&windows.FILE_ATTRIBUTE_READONLY != 0 && attrs&windows.FILE_ATTRIBUTE_DIRECTORY == 0 {
		return syscall.EPERM
	}
	return nil
}

// OpenFile opens path with fs.constants' flags for Windows and returns a
// descriptor of our table. A file created without the owner's write bit
// in mode is made read-only.
func OpenFile(path string, flags int, mode uint32) (int, error) {
	p, err := utf16Path(path)
	if err != nil {
		return -1, err
	}
	var access uint32
	switch flags & (winOWRONLY | winORDWR) {
	case winORDONLY:
		access = windows.GENERIC_READ
	case winOWRONLY:
		access = windows.GENERIC_WRITE
	case winORDWR:
		access = windows.GENERIC_READ | windows.GENERIC_WRITE
	default:
		return -1, syscall.EINVAL
	}
	if flags&winOAPPEND != 0 {
		// Every write goes to the end: append access without plain write.
		access &^= windows.FILE_WRITE_DATA | windows.GENERIC_WRITE
		access |= windows.FILE_APPEND_DATA | windows.FILE_WRITE_ATTRIBUTES | windows.FILE_WRITE_EA |
			windows.READ_CONTROL | windows.SYNCHRONIZE
	}
	var disposition uint32
	switch {
	case flags&(winOCREAT|winOEXCL) == winOCREAT|winOEXCL:
		disposition = windows.CREATE_NEW
	case flags&(winOCREAT|winOTRUNC) == winOCREAT|winOTRUNC:
		disposition = windows.CREATE_ALWAYS
	case flags&winOCREAT != 0:
		disposition = windows.OPEN_ALWAYS
	case flags&winOTRUNC != 0:
		disposition = windows.TRUNCATE_EXISTING
	default:
		disposition = windows.OPEN_EXISTING
	}
	attrs := uint32(windows.FILE_ATTRIBUTE_NORMAL)
	if flags&winOCREAT != 0 && mode&0o200 == 0 {
		attrs = windows.FILE_ATTRIBUTE_READONLY
	}
	attrs |= windows.FILE_FLAG_BACKUP_SEMANTICS // directories open too (reads fail with EISDIR)
	switch {
	case flags&winOTemporary != 0:
		attrs |= windows.FILE_FLAG_DELETE_ON_CLOSE | windows.FILE_ATTRIBUTE_TEMPORARY
	case flags&winOShortLive != 0:
		attrs |= windows.FILE_ATTRIBUTE_TEMPORARY
	}
	switch {
	case flags&winOSeq != 0:
		attrs |= windows.FILE_FLAG_SEQUENTIAL_SCAN
	case flags&winORandom != 0:
		attrs |= windows.FILE_FLAG_RANDOM_ACCESS
	}
	h, err := windows.CreateFile(p, access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, disposition, attrs, 0)
	if err != nil {
		if err == windows.ERROR_FILE_EXISTS && flags&winOEXCL != 0 {
			return -1, syscall.EEXIST
		}
		if err == windows.ERROR_ACCESS_DENIED && flags&(winOWRONLY|winORDWR) != 0 {
			// Writing to a directory is EISDIR, as on Unix.
			if a, aerr := windows.GetFileAttributes(p); aerr == nil && a&windows.FILE_ATTRIBUTE_DIRECTORY != 0 {
				return -1, syscall.EISDIR
			}
		}
		return -1, FileErrno(err)
	}
	return addFile(h), nil
}

// CloseFile closes a descriptor of our table.
func CloseFile(fd int) error {
	files.Lock()
	h, ok := files.h[fd]
	delete(files.h, fd)
	files.Unlock()
	if !ok {
		return syscall.EBADF
	}
	return FileErrno(windows.CloseHandle(h))
}

// atOffset runs io at pos, leaving the handle's own offset where it was
// (as pread and pwrite do), or at the handle's offset when pos is
// negative.
func atOffset(h windows.Handle, pos int64, io func(ov *windows.Overlapped) error) error {
	if pos < 0 {
		return io(nil)
	}
	cur, err := windows.Seek(h, 0, 1)
	if err != nil {
		return FileErrno(err)
	}
	ov := windows.Overlapped{Offset: uint32(pos), OffsetHigh: uint32(pos >> 32)}
	ioErr := io(&ov)
	if _, err := windows.Seek(h, cur, 0); err != nil && ioErr == nil {
		ioErr = err
	}
	return ioErr
}

// ReadFile reads into b from fd at offset pos, or at the file's offset
// when pos is negative. The end of the file reads 0 bytes.
func ReadFile(fd int, b []byte, pos int64) (int, error) {
	h, err := handleOf(fd)
	if err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	var n uint32
	err = atOffset(h, pos, func(ov *windows.Overlapped) error {
		return windows.ReadFile(h, b, &n, ov)
	})
	switch err {
	case nil:
		return int(n), nil
	case windows.ERROR_HANDLE_EOF, windows.ERROR_BROKEN_PIPE:
		return 0, nil
	case windows.ERROR_INVALID_FUNCTION:
		return 0, syscall.EISDIR // a directory's handle
	}
	return int(n), FileErrno(err)
}

// WriteFile writes b to fd at offset pos, or at the file's offset when pos
// is negative, in one call: the count may be short.
func WriteFile(fd int, b []byte, pos int64) (int, error) {
	h, err := handleOf(fd)
	if err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	var n uint32
	err = atOffset(h, pos, func(ov *windows.Overlapped) error {
		return windows.WriteFile(h, b, &n, ov)
	})
	if err != nil {
		return int(n), FileErrno(err)
	}
	return int(n), nil
}

// Mkdir creates a directory (Windows records no mode).
func Mkdir(path string, mode uint32) error {
	p, err := utf16Path(path)
	if err != nil {
		return err
	}
	return FileErrno(windows.CreateDirectory(p, nil))
}

// Rmdir removes an empty directory; a file is ENOTDIR.
func Rmdir(path string) error {
	p, err := utf16Path(path)
	if err != nil {
		return err
	}
	err = windows.RemoveDirectory(p)
	if err == windows.ERROR_DIRECTORY || err == windows.ERROR_INVALID_NAME {
		if a, aerr := windows.GetFileAttributes(p); aerr == nil && a&windows.FILE_ATTRIBUTE_DIRECTORY == 0 {
			return syscall.ENOTDIR
		}
	}
	return FileErrno(err)
}

// Symlink makes newpath a link to target: a directory link when target is
// an existing directory.
func Symlink(target, newpath string) error {
	t, err := utf16Path(target)
	if err != nil {
		return err
	}
	n, err := utf16Path(newpath)
	if err != nil {
		return err
	}
	flags := uint32(0x2) // SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE (developer mode)
	if a, aerr := windows.GetFileAttributes(t); aerr == nil && a&windows.FILE_ATTRIBUTE_DIRECTORY != 0 {
		flags |= windows.SYMBOLIC_LINK_FLAG_DIRECTORY
	}
	return FileErrno(windows.CreateSymbolicLink(n, t, flags))
}

// Link makes newpath a hard link to oldpath.
func Link(oldpath, newpath string) error {
	o, err := utf16Path(oldpath)
	if err != nil {
		return err
	}
	n, err := utf16Path(newpath)
	if err != nil {
		return err
	}
	return FileErrno(windows.CreateHardLink(n, o, 0))
}

// Rename moves oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	o, err := utf16Path(oldpath)
	if err != nil {
		return err
	}
	n, err := utf16Path(newpath)
	if err != nil {
		return err
	}
	return FileErrno(windows.MoveFileEx(o, n, windows.MOVEFILE_REPLACE_EXISTING|windows.MOVEFILE_COPY_ALLOWED))
}

// Ftruncate sets the size of fd's file.
func Ftruncate(fd int, size int64) error {
	h, err := handleOf(fd)
	if err != nil {
		return err
	}
	if size < 0 {
		return syscall.EINVAL
	}
	return FileErrno(windows.Ftruncate(h, size))
}

// Fsync flushes fd's file to its device.
func Fsync(fd int) error {
	h, err := handleOf(fd)
	if err != nil {
		return err
	}
	return FileErrno(windows.FlushFileBuffers(h))
}

// filetimeOf is t as a Win32 FILETIME.
func filetimeOf(t FileTime) windows.Filetime {
	return windows.NsecToFiletime(t.Sec*1e9 + t.Nsec)
}

func setTimes(h windows.Handle, atime, mtime FileTime) error {
	a, m := filetimeOf(atime), filetimeOf(mtime)
	return FileErrno(windows.SetFileTime(h, nil, &a, &m))
}

// Utimes sets the access and modification times of path, following links.
func Utimes(path string, atime, mtime FileTime) error {
	h, err := openHandle(path, windows.FILE_WRITE_ATTRIBUTES, true)
	if err != nil {
		return err
	}
	defer windows.CloseHandle(h)
	return setTimes(h, atime, mtime)
}

// Futimes sets the access and modification times of fd's file.
func Futimes(fd int, atime, mtime FileTime) error {
	h, err := handleOf(fd)
	if err != nil {
		return err
	}
	return setTimes(h, atime, mtime)
}

// fileBasicInfo is FILE_BASIC_INFO of GetFileInformationByHandleEx.
type fileBasicInfo struct {
	CreationTime, LastAccessTime, LastWriteTime, ChangeTime int64
	FileAttributes                                          uint32
	_                                                       uint32
}

// fileStandardInfo is FILE_STANDARD_INFO.
type fileStandardInfo struct {
	AllocationSize, EndOfFile int64
	NumberOfLinks             uint32
	DeletePending, Directory  byte
	_                         [2]byte
}

// setReadOnly sets or clears h's read-only attribute, Windows' one
// permission: a mode without the owner's write bit makes a file read-only.
func setReadOnly(h windows.Handle, mode uint32) error {
	var bi fileBasicInfo
	if err := windows.GetFileInformationByHandleEx(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&bi)), uint32(unsafe.Sizeof(bi))); err != nil {
		return FileErrno(err)
	}
	if mode&0o200 == 0 {
		bi.FileAttributes |= windows.FILE_ATTRIBUTE_READONLY
	} else {
		bi.FileAttributes &^= windows.FILE_ATTRIBUTE_READONLY
	}
	// Zero times mean "leave as they are".
	set := fileBasicInfo{FileAttributes: bi.FileAttributes}
	if set.FileAttributes == 0 {
		set.FileAttributes = windows.FILE_ATTRIBUTE_NORMAL
	}
	return FileErrno(windows.SetFileInformationByHandle(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&set)), uint32(unsafe.Sizeof(set))))
}

// ChmodFile sets path's read-only attribute from mode's owner write bit.
func ChmodFile(path string, mode uint32) error {
	h, err := openHandle(path, windows.FILE_READ_ATTRIBUTES|windows.FILE_WRITE_ATTRIBUTES, true)
	if err != nil {
		return err
	}
	defer windows.CloseHandle(h)
	return setReadOnly(h, mode)
}

// Fchmod sets fd's read-only attribute from mode's owner write bit.
func Fchmod(fd int, mode uint32) error {
	h, err := handleOf(fd)
	if err != nil {
		return err
	}
	return setReadOnly(h, mode)
}

// fileTimeOf converts a FILETIME count (100 ns since 1601) to a FileTime.
func fileTimeOf(ft int64) FileTime {
	if ft == 0 {
		return FileTime{}
	}
	w := windows.Filetime{LowDateTime: uint32(ft), HighDateTime: uint32(ft >> 32)}
	ns := w.Nanoseconds()
	sec := ns / 1e9
	nsec := ns % 1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return FileTime{Sec: sec, Nsec: nsec}
}

// statHandle describes the open file h as Node on Windows reports it: the
// mode's type from the attributes, its permissions 0o666 (0o444 when
// read-only), the volume's serial number as dev and the file index as ino.
func statHandle(h windows.Handle) (FileInfo, error) {
	var bh windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &bh); err != nil {
		return FileInfo{}, FileErrno(err)
	}
	var bi fileBasicInfo
	if err := windows.GetFileInformationByHandleEx(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&bi)), uint32(unsafe.Sizeof(bi))); err != nil {
		return FileInfo{}, FileErrno(err)
	}
	var si fileStandardInfo
	if err := windows.GetFileInformationByHandleEx(h, windows.FileStandardInfo, (*byte)(unsafe.Pointer(&si)), uint32(unsafe.Sizeof(si))); err != nil {
		return FileInfo{}, FileErrno(err)
	}
	attrs := bh.FileAttributes
	var mode uint64
	switch {
	case attrs&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0 && isSymlink(h):
		mode = syscall.S_IFLNK
	case attrs&windows.FILE_ATTRIBUTE_DIRECTORY != 0:
		mode = syscall.S_IFDIR
	default:
		mode = syscall.S_IFREG
	}
	if attrs&windows.FILE_ATTRIBUTE_READONLY != 0 {
		mode |= 0o444
	} else {
		mode |= 0o666
	}
	size := uint64(bh.FileSizeHigh)<<32 | uint64(bh.FileSizeLow)
	return FileInfo{
		Dev:     uint64(bh.VolumeSerialNumber),
		Mode:    mode,
		Nlink:   uint64(bh.NumberOfLinks),
		Blksize: 4096,
		Ino:     uint64(bh.FileIndexHigh)<<32 | uint64(bh.FileIndexLow),
		Size:    size,
		Blocks:  uint64(si.AllocationSize) >> 9,
		Atime:   fileTimeOf(bi.LastAccessTime), Mtime: fileTimeOf(bi.LastWriteTime),
		Ctime: fileTimeOf(bi.ChangeTime), Birthtime: fileTimeOf(bi.CreationTime),
	}, nil
}

// isSymlink reports whether the reparse point h is a symbolic link or a
// junction (other reparse points are files as any other).
func isSymlink(h windows.Handle) bool {
	buf := make([]byte, windows.MAXIMUM_REPARSE_DATA_BUFFER_SIZE)
	var n uint32
	if err := windows.DeviceIoControl(h, windows.FSCTL_GET_REPARSE_POINT, nil, 0, &buf[0], uint32(len(buf)), &n, nil); err != nil || n < 4 {
		return false
	}
	tag := *(*uint32)(unsafe.Pointer(&buf[0]))
	return tag == windows.IO_REPARSE_TAG_SYMLINK || tag == windows.IO_REPARSE_TAG_MOUNT_POINT
}

// Stat describes path; with follow false a symbolic link itself is
// described (lstat).
func Stat(path string, follow bool) (FileInfo, error) {
	h, err := openHandle(path, windows.FILE_READ_ATTRIBUTES, follow)
	if err != nil {
		return FileInfo{}, err
	}
	defer windows.CloseHandle(h)
	return statHandle(h)
}

// Fstat describes the open descriptor fd.
func Fstat(fd int) (FileInfo, error) {
	h, err := handleOf(fd)
	if err != nil {
		return FileInfo{}, err
	}
	return statHandle(h)
}
