//go:build !windows

package netmod

// This file exists for systems without named pipes: a name that
// isWindowsPipeName recognises (only when tests turn the recognition on)
// fails with Node's ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, the way Node
// reports other failures for that call (Listen: an 'error' event on the
// next tick; Connect: 'error' after 'connectionAttempt').

import "github.com/nodenet/nodenet/events"

// windowsPipeListen fails a Listen on a named pipe the way a failed pipe
// listen fails: 'error' on the next tick, no 'listening', and address()
// returning the name.
func (srv *Server) windowsPipeListen(opts ListenOptions) error {
	path := opts.Path
	srv.pipeName = path
	ex := errWindowsPipe(path)
	srv.loop.NextTick(func() { events.Emit1[error](&srv.Emitter, "error", ex) })
	return nil
}

// windowsPipeConnect fails a Connect to a named pipe the way a failed
// pipe connect fails: from the pending queue, 'connectionAttemptFailed'
// then 'error' and 'close'.
func (s *Socket) windowsPipeConnect(path string) {
	ex := errWindowsPipe(path)
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
