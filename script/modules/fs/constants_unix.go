//go:build linux || darwin || freebsd

package fs

import "syscall"

// fsConstantTable is fs.constants in Node's order: symlink types, open
// access modes, libuv's dirent types, file types, open flags, modes,
// access modes and copyfile flags.
var fsConstantTable = []fsConstant{
	{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
	{"O_RDONLY", syscall.O_RDONLY}, {"O_WRONLY", syscall.O_WRONLY}, {"O_RDWR", syscall.O_RDWR},
	{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
	{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
	{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
	{"S_IFMT", syscall.S_IFMT}, {"S_IFREG", syscall.S_IFREG}, {"S_IFDIR", syscall.S_IFDIR},
	{"S_IFCHR", syscall.S_IFCHR}, {"S_IFBLK", syscall.S_IFBLK}, {"S_IFIFO", syscall.S_IFIFO},
	{"S_IFLNK", syscall.S_IFLNK}, {"S_IFSOCK", syscall.S_IFSOCK},
	{"O_CREAT", syscall.O_CREAT}, {"O_EXCL", syscall.O_EXCL},
	{"UV_FS_O_FILEMAP", 0}, {"UV_FS_O_TEMPORARY", 0}, {"UV_FS_O_SHORT_LIVED", 0},
	{"UV_FS_O_SEQUENTIAL", 0}, {"UV_FS_O_RANDOM", 0},
	{"O_NOCTTY", syscall.O_NOCTTY}, {"O_TRUNC", syscall.O_TRUNC}, {"O_APPEND", syscall.O_APPEND},
	{"O_DIRECTORY", syscall.O_DIRECTORY}, {"O_NOATIME", oNOATIME}, {"O_NOFOLLOW", syscall.O_NOFOLLOW},
	{"O_SYNC", syscall.O_SYNC}, {"O_DSYNC", oDSYNC}, {"O_DIRECT", oDIRECT},
	{"O_NONBLOCK", syscall.O_NONBLOCK},
	{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
	{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
	{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
	{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
	{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1}, {"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
	{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
}
