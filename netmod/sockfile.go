package netmod

import (
	"os"
	"syscall"

	"github.com/nodenet/nodenet/internal/sys"
)

// sockFile is the socket file a path listener created: its path and the
// identity (device and inode) the file had right after bind. libuv unlinks
// the bound path when the handle closes, whatever is there by then; here
// close (and chmod for ReadableAll/WritableAll) act only while the path
// still names that socket file, so a file another process put at the path
// since (after removing or renaming ours) is left alone. Between the check
// and the unlink a window remains that only a directory the attacker cannot
// write closes. The zero value names no file (abstract names, adopted
// descriptors).
type sockFile struct {
	path string
	id   os.FileInfo
}

// newSockFile records the socket file just bound at path; an abstract
// name, or a path that is no socket by now, gives the zero sockFile.
func newSockFile(path string) sockFile {
	if path == "" || path[0] == 0 {
		return sockFile{}
	}
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&os.ModeSocket == 0 {
		return sockFile{}
	}
	return sockFile{path: path, id: fi}
}

// ours reports whether the path still names the socket file bind created.
func (f sockFile) ours() bool {
	if f.id == nil {
		return false
	}
	fi, err := os.Lstat(f.path)
	return err == nil && fi.Mode()&os.ModeSocket != 0 && os.SameFile(f.id, fi)
}

// remove unlinks the socket file if the path still names it, and forgets
// it either way.
func (f *sockFile) remove() {
	if f.ours() {
		_ = sys.Unlink(f.path)
	}
	*f = sockFile{}
}

// chmod applies readableAll and writableAll as Node 26 does: the file's mode becomes
// exactly r--r--r-- (readable), -w--w--w- (writable) or both, the bits the
// umask left are not kept. ENOENT when the path no longer names the socket
// file.
func (f sockFile) chmod(readable, writable bool) error {
	if !f.ours() {
		return syscall.ENOENT
	}
	var mode uint32
	if readable {
		mode |= 0o444
	}
	if writable {
		mode |= 0o222
	}
	return sys.Chmod(f.path, mode)
}
