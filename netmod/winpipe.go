package netmod

// This file recognises Windows named pipe names (\\?\pipe\name and
// \\.\pipe\name), which Node on Windows listens on and connects to instead
// of Unix domain sockets. On Windows, Listen and Connect run them as named
// pipes (winpipe_windows.go); NewBoundSocket refuses them with Node's
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (a bound pipe handle has no meaning
// for a named pipe). Every other path goes the same way on Windows, where
// Node takes any path as a pipe name and fails where it is not one
// (winpipe_windows.go). Elsewhere, as in Node on Linux or macOS, the name
// is just a relative file name; tests turn the recognition on there to
// check the refusal (winpipe_other.go).

import (
	"runtime"
	"strings"

	"github.com/nodenet/nodenet/nodeerr"
)

// windowsPipeNames is whether names of Windows named pipes are recognised
// (on Windows); tests turn it on elsewhere.
var windowsPipeNames = runtime.GOOS == "windows"

// isWindowsPipeName reports whether path names a Windows named pipe, on a
// system where such names are recognised.
func isWindowsPipeName(path string) bool {
	if !windowsPipeNames || len(path) < 9 {
		return false
	}
	p := path[:9]
	return (p[:4] == `\\?\` || p[:4] == `\\.\`) && strings.EqualFold(p[4:], `pipe\`)
}

// isWindowsPipePath reports whether path is run by the named pipe code
// (windowsPipeListen, windowsPipeConnect, errWindowsPipe) rather than as a
// Unix domain socket: every path on Windows, a pipe name elsewhere when
// tests turn the recognition on.
func isWindowsPipePath(path string) bool {
	return runtime.GOOS == "windows" || isWindowsPipeName(path)
}

// errWindowsPipe is the error for a Windows named pipe: Node's
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, naming the path.
func errWindowsPipe(path string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
		"The feature Windows named pipe "+path+
			" is unavailable on the current platform, which is being used to run Node.js")
}
