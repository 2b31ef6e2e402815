// This file runs Windows named pipes (\\?\pipe\name, \\.\pipe\name) as
// Node's IPC on Windows: Server.Listen on such a name creates the pipe and
// keeps pending instances for clients (4, or NODE_PENDING_PIPE_INSTANCES
// as Node reads it), ReadableAll and WritableAll open the pipe to every
// user, and Socket.Connect opens it, waiting for a free instance when all
// are busy. The pipe itself (overlapped I/O shown to the loop as
// readiness) is internal/sys's pipe_windows.go; above it, a pipe
// descriptor is watched, read, written, shut down and closed as a Unix
// domain socket is, so the stream's event order is the same.
//
// Node on Windows takes every path as a pipe name, so other paths fail
// as they do there: Listen with listen EACCES (libuv's answer when
// CreateNamedPipe refuses the name), Connect with connect ENOENT (the
// answer for a pipe that does not exist), each the way a named pipe's
// failure comes; no path becomes a Unix domain socket.

package netmod

import (
	"os"
	"strconv"
	"syscall"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// pendingPipeInstances is the number of instances a pipe server keeps
// waiting for clients: Node's default, or NODE_PENDING_PIPE_INSTANCES.
func pendingPipeInstances() int {
	if n, err := strconv.Atoi(os.Getenv("NODE_PENDING_PIPE_INSTANCES")); err == nil && n > 0 {
		return n
	}
	return 4
}

// windowsPipeListen is listenPath on Windows: a path that is not a pipe
// name fails with EACCES and a name in use with EADDRINUSE, both from
// "listen" on the next tick; ReadableAll and WritableAll then set the
// pipe's access (uv_pipe_chmod), whose failure closes the server's handle
// and is returned.
func (srv *Server) windowsPipeListen(opts ListenOptions) error {
	path := opts.Path
	srv.pipeName = path
	if !isWindowsPipeName(path) {
		srv.failListen(syscall.EACCES, path, -1)
		return nil
	}
	fd, err := sys.PipeListen(path, pendingPipeInstances())
	if err != nil {
		srv.failListen(errnoOf(err), path, -1)
		return nil
	}
	if errno := srv.serve(fd); errno != 0 {
		srv.failListen(errno, path, -1)
		return nil
	}
	srv.pipe = true
	if opts.ReadableAll || opts.WritableAll {
		if err := sys.PipeChmod(fd, opts.ReadableAll, opts.WritableAll); err != nil {
			srv.stopListening()
			return nodeerr.Errno("uv_pipe_chmod", errnoOf(err), "", 0)
		}
	}
	return nil
}

// windowsPipeConnect is the path connect on Windows (dialPath): a missing pipe,
// or a path that is not a pipe name, fails from the pending queue
// (connect ENOENT and the path); a connection completes through
// writability, at once or once an instance is free.
func (s *Socket) windowsPipeConnect(path string) {
	if s.fd < 0 {
		fd := sys.PipeSocket()
		if err := s.loop.WatchInto(&s.watch, fd, (*socketIO)(s)); err != nil {
			_ = sys.Close(fd)
			ex := nodeerr.Errno("connect", syscall.EBADF, path, 0)
			ex.Message += " - Local (undefined:undefined)"
			s.Destroy(ex)
			return
		}
		s.fd = fd
		s.writeSideOpen = true
	}
	err := error(syscall.ENOENT) // not a pipe name: no such pipe
	if isWindowsPipeName(path) {
		err = sys.PipeConnect(s.fd, path)
	}
	s.beginReq(reqConnect)
	s.updateInterest()
	if err == nil || err == syscall.EINPROGRESS {
		return
	}
	errno := errnoOf(err)
	s.loop.QueuePending(func() {
		if s.inFlight(reqConnect) && s.fd >= 0 {
			s.endReq(reqConnect)
			s.updateInterest()
			s.connectDone(errno)
		}
	})
}
