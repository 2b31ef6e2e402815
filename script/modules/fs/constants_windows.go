package fs

// fsConstantTable is fs.constants as Node on Windows has it, in its
// order: of the open flags only the C runtime's (and libuv's
// UV_FS_O_FILEMAP), of the file types S_IFMT, S_IFREG, S_IFDIR, S_IFCHR
// and S_IFLNK, and of the modes S_IRUSR and S_IWUSR (Node's documentation
// of fs.constants lists these as the ones available on Windows).
var fsConstantTable = []fsConstant{
	{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
	{"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2},
	{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
	{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
	{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
	{"S_IFMT", 0o170000}, {"S_IFREG", 0o100000}, {"S_IFDIR", 0o40000},
	{"S_IFCHR", 0o20000}, {"S_IFLNK", 0o120000},
	{"O_CREAT", 0x100}, {"O_EXCL", 0x400},
	{"UV_FS_O_FILEMAP", 0x20000000}, {"UV_FS_O_TEMPORARY", 0x40}, {"UV_FS_O_SHORT_LIVED", 0x1000},
	{"UV_FS_O_SEQUENTIAL", 0x20}, {"UV_FS_O_RANDOM", 0x10},
	{"O_TRUNC", 0x200}, {"O_APPEND", 0x8},
	{"S_IRUSR", 0o400}, {"S_IWUSR", 0o200},
	{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
	{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1}, {"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
	{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
}
