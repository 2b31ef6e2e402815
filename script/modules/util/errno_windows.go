package util

import (
	"syscall"

	"github.com/nodenet/nodenet/nodeerr"
)

// platformErrno is libuv's number of each error name on Windows, where
// its UV_E* codes are its own (ECONNREFUSED is -4078, not Linux's -111),
// as nodeerr reports them in err.errno. uvErrors holds Linux's numbers.
// Go's syscall gives the Unix names on Windows invented numbers from
// APPLICATION_ERROR up; nodeerr names each and gives libuv's number.
var platformErrno = func() map[string]int {
	m := map[string]int{}
	for e := syscall.Errno(syscall.APPLICATION_ERROR); e < syscall.APPLICATION_ERROR+256; e++ {
		if name := nodeerr.ErrnoName(e); name != "UNKNOWN" {
			if _, seen := m[name]; !seen {
				m[name] = nodeerr.Errno("", e, "", 0).ErrnoValue()
			}
		}
	}
	return m
}()
