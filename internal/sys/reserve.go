//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

// This file exists for netmod's EMFILE handling (libuv's "reserve
// descriptor" trick): a server keeps one spare descriptor open so that it
// can still accept, and close, the connections that are pending when the
// process runs out of descriptors.

package sys

import "golang.org/x/sys/unix"

// OpenReserve opens a spare descriptor, as libuv's loop->emfile_fd:
// /dev/null read-only, or "/" where /dev/null cannot be opened, with
// close-on-exec. Close it with Close.
func OpenReserve() (int, error) {
	fd, err := openCloexec("/dev/null")
	if err != nil {
		fd, err = openCloexec("/")
	}
	return fd, err
}

func openCloexec(path string) (int, error) {
	for {
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != unix.EINTR {
			return fd, err
		}
	}
}
