//go:build !linux && !windows

package os

import (
	"runtime"
	"syscall"

	"github.com/nodenet/nodenet/script/internal/host"
)

// osUname reports the system by its Go name where uname is not wired up.
func osUname() (sysname, version, release, machine string, ok bool) {
	names := map[string]string{"darwin": "Darwin", "freebsd": "FreeBSD"}
	name, known := names[runtime.GOOS]
	if !known {
		name = runtime.GOOS
	}
	return name, "", "", host.Arch(), true
}

// osGetPriority is not available on this system yet.
func osGetPriority(int) (int, error) { return 0, syscall.ENOSYS }

// osSetPriority is not available on this system yet.
func osSetPriority(int, int) error { return syscall.ENOSYS }

// dlopenConstants are os.constants.dlopen: dlopen(3)'s flags as most
// systems other than Linux number them.
var dlopenConstants = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 8}, {"RTLD_LOCAL", 4},
}

// errnoConstants are os.constants.errno; not filled in on this system yet.
var errnoConstants []namedInt
