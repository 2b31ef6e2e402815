package netmod

// A Socket is a duplex stream. This file ties its two halves together;
// inbound.go is the readable half, outbound.go the writable half,
// teardown.go what Destroy does to both, and piping.go Pipe.
//
// The design, in short:
//
//   - Inbound: a queue of chunks with a byte count, a flow mode (unset,
//     flowing, paused; readableFlowing's null, true, false) and an end
//     phase (open, EOF received, 'end' queued, 'end' emitted). The handle
//     hands each chunk it reads to deliver; the consumer takes chunks with
//     read, which is also how the stream asks the handle for more (pull).
//   - Outbound: one write in flight at the handle, the rest in a queue
//     (sent together with writev once the one in flight completes), a cork
//     count and a finish phase (open, ending, shutdown sent, finishing,
//     finished). Completions that the kernel reports synchronously run
//     their callbacks on the next tick, consecutive ones with the same
//     callback in one tick.
//   - Lifecycle: one destroyed flag, one error slot and what was emitted of
//     them, shared by both halves; Destroy closes the handle at once and
//     queues 'error' for the next tick.
//
// Which events wait for a nextTick, and in what order, follows what the
// reference Node prints for the conformance scenarios (test/conformance).
//
// The path of one echoed message, for a socket with a 'data' listener that
// writes each chunk back:
//
//	in:  the loop's poll phase calls socketIO.HandleIO → onIO → readBurst
//	     (socket_io.go: the read system call) → readResult → deliver
//	     (inbound.go) → emitData → the 'data' listener;
//	out: Write (socket.go) → write → dispatch (outbound.go) → sendWrite
//	     → writeToKernel (socket_io.go: the write system call) → writeDone,
//	     whose callback and 'drain' follow on the next tick; what the
//	     kernel did not take waits as a write request (reqWrite) for
//	     onIO → continueWrite → finishWriteReq → writeDone.
//
// The stream layer makes no system call: the handle layer below it
// (socket_io.go, connect.go) does.

// DefaultHighWaterMark is Node's default stream highWaterMark (64 KiB).
const DefaultHighWaterMark = 65536

// lifecycle is what both halves of a socket share about its end of life.
type lifecycle struct {
	// errored is the first error the stream failed with (Errored).
	errored error
	// destroyed: Destroy ran (undestroy clears it when a socket connects
	// again).
	destroyed bool
	// errorEmitted: 'error' was emitted for this life.
	errorEmitted bool
	// closeEmitted: the tick after Destroy ran; nothing more is emitted
	// by the stream ('close' itself comes from the handle).
	closeEmitted bool
}

// The callbacks the stream queues with NextTickArg (or QueuePendingArg):
// package-level functions of the socket, so that queueing one allocates
// nothing and a socket holds no prebound closures.
func tickTopUp(a any)         { a.(*Socket).topUp() }
func tickAnnounce(a any)      { a.(*Socket).announceNow() }
func tickResume(a any)        { a.(*Socket).resumeNow() }
func tickEnd(a any)           { a.(*Socket).emitEndNow() }
func tickEndWritable(a any)   { a.(*Socket).endAfterPeer() }
func tickWritesDone(a any)    { a.(*Socket).runInlineBatch() }
func tickHeapBatch(a any)     { b := a.(*doneBatch); b.s.runHeapBatch(b) }
func tickFinish(a any)        { a.(*Socket).finishNow() }
func tickFailQueued(a any)    { a.(*Socket).failQueued() }
func tickClosed(a any)        { a.(*Socket).markCloseEmitted() }
func tickCloseNoHandle(a any) { a.(*Socket).emitCloseNoHandle() }
func pendingFeed(a any)       { a.(*Socket).onFeed() }

// initStreams sets up both halves with their high-water marks, given as
// in SocketOptions (0: the default, negative: 0).
func (s *Socket) initStreams(readHWM, writeHWM int, allowHalfOpen bool) {
	s.r = readableState{hwm: markOf(readHWM), pushIsSync: true}
	s.w = writableState{hwm: markOf(writeHWM)}
	s.allowHalfOpen = allowHalfOpen
}

// markOf is the high-water mark an option asks for: 0 the default, a
// negative value 0.
func markOf(hwm int) int {
	switch {
	case hwm == 0:
		return DefaultHighWaterMark
	case hwm < 0:
		return 0
	}
	return hwm
}
