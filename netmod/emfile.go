package netmod

import (
	"syscall"

	"github.com/nodenet/nodenet/internal/sys"
)

// Running out of descriptors while accepting (EMFILE, ENFILE).
//
// The listening socket is level-triggered: while connections are pending
// and accept(2) fails, the loop would be woken again at once and spin. So,
// as libuv does (its reserve descriptor), every listening server keeps one spare
// descriptor open (/dev/null; libuv keeps one per loop). When accept fails
// with EMFILE or ENFILE the server closes the spare, accepts and closes at
// once every pending connection (their clients see the connection end:
// end of stream, or a reset if they had sent data), then opens the spare
// again. Nothing is emitted, as in Node, whose server emits no 'error' in
// this case either, and the loop sleeps until the next client arrives;
// once descriptors are free again, accept succeeds and connections are
// served as usual.
//
// When there is no spare (it could not be opened, or another thread took
// the descriptor it freed), the failure is emitted as 'error' ("accept
// EMFILE") and accepting pauses for the growing back-off of onConnection;
// each resume tries to open the spare again.

// emfileBudget bounds the connections one trick accepts and closes, so that
// a flood of clients cannot hold the loop; the listening socket stays
// readable and the rest follow in the next iteration.
const emfileBudget = 1024

// openReserve opens the server's spare descriptor if it has none.
func (srv *Server) openReserve() {
	if srv.reserveFD >= 0 {
		return
	}
	if fd, err := sys.OpenReserve(); err == nil {
		srv.reserveFD = fd
	}
}

// closeReserve closes the spare descriptor (when the server closes).
func (srv *Server) closeReserve() {
	if srv.reserveFD >= 0 {
		_ = sys.Close(srv.reserveFD)
		srv.reserveFD = -1
	}
}

// emfileTrick rejects the pending connections after accept failed with
// EMFILE or ENFILE. It returns true when it drained them (accept then
// reports EAGAIN), false when there is no spare descriptor or accept still
// fails: the caller then reports the failure.
func (srv *Server) emfileTrick() bool {
	if srv.reserveFD < 0 {
		return false
	}
	srv.closeReserve()
	var err error
	for range emfileBudget {
		var nfd int
		nfd, _, err = sys.Accept(srv.fd)
		if err == nil {
			_ = sys.Close(nfd)
			srv.rejected++
			continue
		}
		if err != syscall.ECONNABORTED {
			break
		}
	}
	srv.openReserve()
	return err == nil || err == syscall.EAGAIN
}

// RejectedConnections is the number of connections the server accepted
// and closed at once because the process had run out of descriptors
// (see above). Node does not count them; this is for monitoring.
func (srv *Server) RejectedConnections() int { return srv.rejected }
