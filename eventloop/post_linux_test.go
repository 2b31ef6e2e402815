//go:build linux

package eventloop

import "golang.org/x/sys/unix"

// threadID is the calling OS thread's id: with WithLockOSThread the loop
// runs every callback on the thread Run locked itself to.
func threadID() int { return unix.Gettid() }
