// Package netmod is Node.js's node:net on nodenet's event loop: net.Server
// and net.Socket for TCP and for IPC (Unix domain sockets, with
// ListenOptions.Path and ConnectOptions.Path; Linux's abstract namespace
// with a leading NUL), with Node's events, their order, their arguments
// and Node's error codes and messages.
//
// As in Node, IPC sockets have no addresses (RemoteAddress and the like
// are empty, Address reports nothing), an IPC server's Address is the
// path (AddressInfo.Path), its socket file is removed when it closes, and
// its 'drop' carries no data (an empty DropInfo).
//
// A BoundSocket (NewBoundSocket) is Node 26's net.BoundSocket: a TCP or
// Unix socket bound at once, which one server (ListenOptions.Handle) or one
// socket (SocketOptions.Handle, then Connect from the bound address) adopts.
// An existing descriptor becomes a server or a socket the same way, as an
// FD (Node's {fd}). On Windows, TCP runs on the same code (the poller
// emulates readiness there), and Windows named pipe names (\\?\pipe\...,
// \\.\pipe\...) are Node's IPC: Listen and Connect run named pipes,
// shown to the stream as readiness too (pending instances, readableAll and
// writableAll as access for every user; a pipe has no half-close, so end()
// closes it once the peer has been quiet for 50 ms, as libuv does; a
// BoundSocket on a pipe name is ERR_FEATURE_UNAVAILABLE_ON_PLATFORM).
// Other paths fail there as in Node, which takes every path as a pipe
// name: listen EACCES, connect ENOENT, and a BoundSocket is
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM; elsewhere pipe names are file
// names, as in Node.
//
// A Socket is Node's duplex stream, built as small state machines of our
// own (see stream.go): the readable half a chunk queue with a flow mode and
// an end phase, the writable half one write in flight, a queue, a cork
// count and a finish phase, and one lifecycle step for Destroy. 'data',
// 'end', 'finish', 'drain', 'error' and 'close' come in the order Node
// emits them, including which of them wait for a nextTick, as measured
// against the reference Node by the conformance scenarios. Reads go
// into one buffer per loop and are copied out in exact-size chunks (or, with
// the OnRead option, stay in the caller's buffer); writes are tried at once
// and only the remainder is queued, with write readiness asked for only
// while something is queued.
//
// Connecting to a host name is Node 26's: the lookup (ConnectOptions.Lookup,
// a dns.lookup-shaped function called on the loop; DNSLookup by default),
// a 'lookup' event per answer, then, with autoSelectFamily (on by default,
// see SetDefaultAutoSelectFamily), one attempt per address, alternating
// families (RFC 8305 §5), each but the last bounded by the attempt timeout
// (500 ms by default), and one AggregateError when all fail. Deviations:
// DNSLookup uses Go's resolver, which has no AI_ADDRCONFIG; an explicit
// AutoSelectFamilyAttemptTimeout of 0 means the default (Node throws); a
// lookup answering no address at all with all set fails the connect with
// ERR_INVALID_IP_ADDRESS (Node throws a TypeError from its callback).
//
// Everything runs on the loop goroutine: create servers and sockets before
// Run or from loop callbacks. To use every core, ListenGroup runs several
// loops, each on its own thread with its own listener on one port
// (SO_REUSEPORT): Node's cluster model without processes.
//
// Node's AbortSignal options are contexts (SocketOptions.Signal,
// ListenOptions.Signal); see signal.go for how a context's cause maps to
// the AbortError's cause. When the process runs out of descriptors a
// server rejects the pending connections with a reserve descriptor, as
// libuv does (see Server.RejectedConnections).
//
// Events and their Go listener types:
//
//	Server: "listening" func(), "connection" func(*Socket), "error" func(error),
//	        "close" func(), "drop" func(DropInfo)
//	Socket: "lookup" func(err error, address string, family int, host string),
//	        "connectionAttempt" func(address string, port, family int),
//	        "connectionAttemptFailed" func(address string, port, family int, err error),
//	        "connectionAttemptTimeout" func(address string, port, family int),
//	        "connect" func(), "ready" func(), "data" func([]byte) (func(string) after
//	        SetEncoding), "end" func(), "finish" func(), "drain" func(),
//	        "timeout" func(), "error" func(error), "close" func(hadError bool),
//	        and the stream events "pause", "resume", "readable", "prefinish"
//	        func(), "pipe" func(src *Socket), "unpipe" func(src *Socket, info *UnpipeInfo)
//
// Every event has a typed registration method, On followed by the event's
// name (Socket.OnData, Socket.OnConnectionAttemptFailed, Server.OnDrop,
// ...; Socket.OnDataString for text): a listener of the wrong type does not
// compile, where On(name, listener) accepts any listener and fails at emit.
//
// A listener may take fewer parameters than the event has (func() fits any
// event). Argument errors that Node throws are returned as errors; I/O errors
// arrive as 'error' events, as in Node.
package netmod
