//go:build linux || freebsd || netbsd || openbsd || dragonfly

// This file exists because these systems take SOCK_NONBLOCK|SOCK_CLOEXEC
// in socket(2)'s type, so a new socket is never visible to a concurrent
// fork+exec without close-on-exec, and one call does what sys_cloexec.go
// needs three for.

package sys

import "golang.org/x/sys/unix"

func sysSocket(domain, typ, proto int) (int, error) {
	return socketFunc(domain, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
}
