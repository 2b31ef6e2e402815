//go:build linux || freebsd || netbsd || dragonfly

// This file exists because x/sys/unix has no Writev on FreeBSD, NetBSD and
// DragonFly, and because its Writev (Linux) allocates the iovec array on
// the heap for more than 8 buffers: here writev(2) is called directly, with
// the iovecs on the stack for up to smallIovecs buffers and in a pooled
// array beyond.

package sys

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

const smallIovecs = 32

var iovecPool = sync.Pool{New: func() any { return new([IOVMax]unix.Iovec) }}

// writev writes up to IOVMax non-empty buffers of bufs.
func writev(fd int, bufs [][]byte) (int, error) {
	var small [smallIovecs]unix.Iovec
	var big *[IOVMax]unix.Iovec
	iov := small[:]
	if len(bufs) > smallIovecs {
		big = iovecPool.Get().(*[IOVMax]unix.Iovec)
		iov = big[:]
	}
	k := 0
	for _, b := range bufs {
		if len(b) == 0 {
			continue
		}
		if k == len(iov) {
			break
		}
		iov[k].Base = &b[0]
		iov[k].SetLen(len(b))
		k++
	}
	var n int
	var err error
	if k > 0 {
		if raceEnabled {
			raceReleaseMerge()
		}
		r, _, e := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(k))
		n = int(r)
		if e != 0 {
			n, err = 0, e
		}
		if raceEnabled {
			raceWritten(bufs, n)
		}
	}
	if big != nil {
		clear(big[:k]) // drop the references to the caller's buffers
		iovecPool.Put(big)
	}
	return n, err
}

// raceWritten tells the race detector that the kernel read the first n
// bytes of bufs.
func raceWritten(bufs [][]byte, n int) {
	for _, b := range bufs {
		if n <= 0 {
			return
		}
		m := min(len(b), n)
		raceReadRange(b[:m])
		n -= m
	}
}
