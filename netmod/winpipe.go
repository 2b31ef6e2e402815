package netmod

// This file recognises Windows named pipe names (\\?\pipe\name and
// \\.\pipe\name), which Node on Windows listens on and connects to instead
// of Unix domain sockets. nodenet has no Windows backend yet: on Windows
// such a name fails with Node's ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, the
// way Node reports other failures for that call (Listen: an 'error' event
// on the next tick; Connect: 'error' after 'connectionAttempt';
// NewBoundSocket: returned). Elsewhere, as in Node on Linux or macOS, the
// name is just a relative file name.

import (
	"runtime"
	"strings"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/nodeerr"
)

// windowsPipeNames is whether names of Windows named pipes are refused
// (on Windows); tests turn it on elsewhere.
var windowsPipeNames = runtime.GOOS == "windows"

// isWindowsPipeName reports whether path names a Windows named pipe, on a
// system where such names are refused.
func isWindowsPipeName(path string) bool {
	if !windowsPipeNames || len(path) < 9 {
		return false
	}
	p := path[:9]
	return (p[:4] == `\\?\` || p[:4] == `\\.\`) && strings.EqualFold(p[4:], `pipe\`)
}

// errWindowsPipe is the error for a Windows named pipe: Node's
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, naming the path.
func errWindowsPipe(path string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
		"The feature Windows named pipe "+path+
			" is unavailable on the current platform, which is being used to run Node.js")
}

// windowsPipeListen fails a Listen on a named pipe the way a failed pipe
// listen fails: 'error' on the next tick, no 'listening', and address()
// returning the name.
func (srv *Server) windowsPipeListen(path string) {
	srv.pipeName = path
	ex := errWindowsPipe(path)
	srv.loop.NextTick(func() { events.Emit1[error](&srv.Emitter, "error", ex) })
}

// windowsPipeConnect fails a Connect to a named pipe the way a failed
// pipe connect fails: from the pending queue, 'connectionAttemptFailed'
// then 'error' and 'close'.
func (s *Socket) windowsPipeConnect(path string) {
	ex := errWindowsPipe(path)
	c := s.connState()
	c.addr, c.port = path, 0
	s.beginReq(reqConnect)
	s.loop.QueuePending(func() {
		if !s.inFlight(reqConnect) || s.Destroyed() {
			return // closeHandle ends the request
		}
		s.endReq(reqConnect)
		s.state = stateOpen // connecting no more, until Destroy
		events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", path, 0, 0, ex)
		s.Destroy(ex)
	})
}
