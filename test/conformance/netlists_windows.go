package conformance

// NetNotOnWindows lists the test/conformance/net scenarios whose golden trace (Node on Linux) is
// not what Node prints on Windows, with the reason; each is skipped there.
// Every other scenario runs on Windows against the same golden file (with
// the error numbers Node prints on Windows, see Check). The Go
// re-enactments and the script host both skip them there.
var NetNotOnWindows = map[string]string{
	"autoselect_order":                "Node on Windows asks getaddrinfo for no ADDRCONFIG hint (the trace prints hints 32)",
	"lookup_options":                  "the trace prints Linux's hint values (ADDRCONFIG 32, V4MAPPED|ALL 24); Windows' are 0x400, 0x800 and 0x100, and Node adds no ADDRCONFIG there",
	"bound_args":                      "reusePort binds on Linux; Windows has no SO_REUSEPORT and libuv refuses it (ENOTSUP); a path is a named pipe name there",
	"bound_eaddrinuse":                "two BoundSockets share a port through Unix's SO_REUSEADDR; Windows' SO_REUSEADDR means port stealing, which libuv does not set there",
	"fd_socket":                       "{fd} is a C runtime descriptor in Node on Windows, not a socket handle; the scenario opens files, directories and closed descriptors by number",
	"fd_listen":                       "{fd} is a C runtime descriptor in Node on Windows, not a socket handle",
	"end_close_order":                 "the order of the 'end' events is the order in which epoll's ready list reports the sockets; Windows reports completions in its own order",
	"server_accept_burst":             "whether a client's data or the next accept comes first in an iteration is the order of epoll's ready list; Windows' differs",
	"reuseport_share":                 "Windows has no SO_REUSEPORT: libuv refuses reusePort there (listen ENOTSUP)",
	"server_blocklist_lookup_answers": "Node on Windows asks getaddrinfo for no ADDRCONFIG hint (the trace prints hints 32)",
	"server_blocklist_numeric_hosts":  "which host forms are numbers is the system resolver's: Windows' getaddrinfo (and wine's) reads \"[127.0.0.1]\" as 127.0.0.1 where glibc's refuses it",
	"server_listen_flags":             "the scenario listens with reusePort, which fails with ENOTSUP on Windows",
	"reuseport_conflict":              "the scenario listens with reusePort, which fails with ENOTSUP on Windows",
	// Node's IPC on Windows is named pipes: a pipe is no file, and its
	// name is no socket path.
	"ipc_echo":              "the trace prints fs.existsSync of the socket file while the server listens; a named pipe is no file (and asking for its attributes can take a waiting instance)",
	"ipc_eaddrinuse":        "the trace prints fs.existsSync of the live socket file, and a 200-character path fails as too long for sun_path (EINVAL) where a pipe name may be 256",
	"ipc_enoent":            "a stale socket file (a hard link to a closed server's) refuses connections, and a 200-character path is too long for sun_path; a named pipe is no file and ends with its server",
	"ipc_chmod":             "the trace checks the socket file's permission bits; on a named pipe readableAll and writableAll set its access list instead (netmod's TestPipeReadableWritableAll)",
	"ipc_socket_file":       "socket files' modes, stale socket files and symlinks to them: a named pipe is no file",
	"signal_listen_aborted": "the trace prints fs.existsSync of the socket file of a listening pipe server; a named pipe is no file",
	"bound_pipe":            "a BoundSocket on a path: Node on Windows has none (ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)",
}

// NetNotOnWine lists the test/conformance/net scenarios that meet a difference between wine and
// Windows; they run on Windows, not under wine.
var NetNotOnWine = map[string]string{
	"socket_reset": "under wine a recv after the peer's RST returns 0 (end of stream); Windows returns WSAECONNRESET, which netmod reports as Node does (read ECONNRESET). Go's own net package sees the same end of stream under wine",
}
