// Package sys is nodenet's system-call layer: thin wrappers over the
// socket, accept, connect, read and write calls and the socket options that
// netmod needs, for Linux, Darwin and the BSDs, and on Winsock for Windows
// (*_windows.go: sockets are handles passed as ints, Winsock's errors are
// mapped to syscall's names); and the file, system and
// process calls of script's fs, os and process bindings, so that the
// JavaScript host makes none of its own.
//
// The contract every function keeps:
//
//   - Descriptors it creates (Socket, Accept) are non-blocking and
//     close-on-exec, atomically where the kernel allows it.
//   - Errors are the raw errno (a syscall.Errno; unix.Errno is the same
//     type), never wrapped: callers compare with == or errors.Is, and netmod
//     turns them into Node-style errors itself. EINTR is retried where that is
//     safe (Accept, Read, Write, Writev); Connect reports it as EINPROGRESS.
//   - On error the byte count of Read, Write and Writev is 0, never -1.
//   - Nothing allocates on the I/O paths (Read, Write, Writev with up to
//     IOVMax buffers on Linux and the BSDs other than OpenBSD). Functions
//     that return a Sockaddr allocate it.
//   - Descriptors belong to one loop goroutine; the package keeps no
//     per-descriptor state, so it needs no locks of its own.
//
// IP addresses cross the API as netip.AddrPort (SockaddrOf, AddrPortOf).
// IPv4-mapped IPv6 addresses are kept exactly as the kernel reports them
// (::ffff:127.0.0.1 on a dual-stack socket): deciding how to show them is
// netmod's job.
//
// The same identifiers exist on every GOOS, so that netmod builds
// everywhere: on systems without a socket backend here (Windows, for one)
// the types are stand-ins and every call fails with ENOSYS, for which
// errors.Is(err, errors.ErrUnsupported) holds.
//
// Files, by concept:
//
//	types_posix.go       Sockaddr aliases of x/sys/unix types; constants
//	types_other.go       the stand-ins for systems without a backend
//	hooks.go             the raw system calls, in package variables (test seams)
//	faults.go            InjectFault: errno injection for tests of higher layers
//	socket.go            Socket, Accept, Bind, Listen, Connect, Shutdown, Close
//	sock_cloexec.go      socket(SOCK_NONBLOCK|SOCK_CLOEXEC) in one call
//	sys_cloexec.go       socket + fcntl under ForkLock (Darwin)
//	accept_linux.go      accept4 by direct system call
//	accept4.go           accept4 through x/sys (FreeBSD, DragonFly)
//	accept_fcntl.go      accept + fcntl (Darwin, NetBSD, OpenBSD)
//	sockname_linux.go    LocalAddr, PeerAddr; raw address conversion, Node-style Unix names
//	sockname_bsd.go      LocalAddr, PeerAddr through x/sys
//	io.go                Read, Write, Writev
//	writev_syscall.go    writev by direct system call, iovecs on the stack or pooled
//	writev_libc.go       writev through libc (Darwin, OpenBSD)
//	race.go, norace.go   race detector annotations for the direct system calls
//	sockaddr.go          netip.AddrPort <-> Sockaddr, zones, Unix names (portable)
//	unixpath_*.go        MaxPathLen and the abstract namespace, per system
//	sockopt.go           socket options that mean the same everywhere; SetKeepAlive
//	sockopt_reuseport*.go  SO_REUSEPORT, SO_REUSEPORT_LB, or ENOTSUP
//	keepalive*.go        keepalive defaults and rounding; timer options per system
//	sys_other.go         the failing stubs
//	fs_linux.go          Stat, Fstat, OpenFile, ReadFile, WriteFile, Mkdir, ... (script's fs binding)
//	os_linux.go          Uname, Getpriority, Setpriority (script's os binding)
//	rusage_*.go          ProcessCPU: getrusage, or zeros off Unix
package sys
