package netmod

// This file is the Go form of the parts of Node's stream machinery
// (lib/internal/streams/readable.js, writable.js and destroy.js) that a
// net.Socket uses. The order in which Node emits 'data', 'end', 'drain',
// 'finish', 'error' and 'close', and which of them wait for a nextTick, comes
// from these state machines, so they are reproduced function for function,
// with Node's names, rather than approximated: readable.go is the readable
// side, writable.go the writable side and destroy.go what both share when
// the socket is destroyed. This file holds what ties them together.
//
// The path of one echoed message, for a socket with a 'data' listener that
// writes each chunk back:
//
//	in:  the loop's poll phase (eventloop/io.go) calls socketIO.HandleIO
//	     → onIO → uvRead (socket_io.go: the read system call, the chunk
//	     cut by readBuffer.chunk) → onStreamRead → push → addChunk →
//	     emitData (readable.go) → the 'data' listener;
//	out: Write (socket.go) → write → writeOrBuffer (writable.go) →
//	     writeGeneric → streamWrite (socket_io.go: the write system call)
//	     → onwrite (writable.go), whose callbacks and 'drain' follow on
//	     the next tick; what the kernel did not take waits as a write
//	     request (reqWrite) for onIO → uvWrite → finishWriteReq → onwrite.
//
// The stream layer (readable.go, writable.go, destroy.go) makes no system
// call: the handle layer below it (socket_io.go, connect.go) does.

// DefaultHighWaterMark is Node's default stream highWaterMark (64 KiB).
const DefaultHighWaterMark = 65536

// The callbacks the stream queues with NextTickArg (or QueuePendingArg):
// package-level functions of the socket, so that queueing one allocates
// nothing and a socket holds no prebound closures.
func tickMaybeReadMore(a any)     { a.(*Socket).maybeReadMoreNow() }
func tickEmitReadable(a any)      { a.(*Socket).emitReadableNow() }
func tickResume(a any)            { a.(*Socket).resumeNT() }
func tickEndReadable(a any)       { a.(*Socket).endReadableNT() }
func tickEndWritable(a any)       { a.(*Socket).endWritableNT() }
func tickAfterWriteNoCb(a any)    { a.(*Socket).afterWrite(1, nil) }
func tickAfterWriteInfo(a any)    { a.(*Socket).afterWriteTick() }
func tickFinish(a any)            { a.(*Socket).finish() }
func tickFinishMaybe(a any)       { a.(*Socket).finishIfNeeded() }
func tickErrorBuffer(a any)       { a.(*Socket).errorBuffer() }
func tickEmitClose(a any)         { a.(*Socket).emitCloseNT() }
func tickEmitCloseNoHandle(a any) { a.(*Socket).emitCloseNoHandle() }
func pendingFeed(a any)           { a.(*Socket).onFeed() }

func (s *Socket) initStreams(hwm int, allowHalfOpen bool) {
	if hwm <= 0 {
		hwm = DefaultHighWaterMark
	}
	s.r = readableState{hwm: hwm, readable: true, sync: true}
	s.w = writableState{hwm: hwm, allNoop: true, writable: true, sync: true}
	s.allowHalfOpen = allowHalfOpen
}
