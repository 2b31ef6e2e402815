//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package sys

// OpenReserve is the Unix call of the same name; here it fails with ENOSYS.
func OpenReserve() (int, error) { return -1, errUnsupported }
