package scripts

import (
	"regexp"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/test/conformance"
)

// notOnWindows lists the scenarios whose golden trace (Node on Linux) is
// not what Node prints on Windows, with the reason; each is skipped there.
// Every other scenario runs on Windows against the same golden file, with
// the error numbers Node prints there (conformance.ForPlatform). The net
// scenarios of the Go re-enactments' lists (conformance.NetNotOnWindows,
// NetNotOnWine) are added to these under "net/".
var notOnWindows = withNet(conformance.NetNotOnWindows, map[string]string{
	"net/ipc_abstract": "abstract socket names (a leading NUL) are Linux's; on Windows the name is no pipe name and listen fails",
	"net/ipc_drop":     "the script listens on a socket file in the temporary folder; on Windows an IPC path must be a pipe name (\\\\?\\pipe\\...), and listen fails with EACCES",

	// The JavaScript scenarios print values that are Linux's.
	"js/dns_lookup":                 "the trace prints Linux's getaddrinfo hint values (ADDRCONFIG 32, V4MAPPED 8, ALL 16); Windows' are 1024, 2048 and 256",
	"js/dns_errors":                 "lookupService of 127.0.0.1 expects /etc/hosts' name (localhost) and /etc/services' names; Windows answers its own files (and under wine the reverse lookup fails)",
	"js/dns_lookup_service":         "lookupService of 127.0.0.1 expects /etc/hosts' name (localhost) and /etc/services' names; Windows answers its own files (and under wine the reverse lookup fails)",
	"js/errors_fs":                  "the trace masks the temporary folder in JSON.stringify(err.info), where Windows' backslashes are escaped (C:\\\\...) and the mask does not apply",
	"js/errors_system":              "the trace prints util.getSystemErrorName of Linux's errno numbers (-111, -98...), which are no libuv numbers on Windows (Unknown system error)",
	"js/util_inherits_syserrors":    "the trace prints util.getSystemErrorName and getSystemErrorMessage of Linux's errno numbers, which are no libuv numbers on Windows",
	"js/util_misc":                  "the trace prints util.getSystemErrorName of Linux's errno numbers (-111, -98), which are no libuv numbers on Windows",
	"js/fs_args_errors":             "file: URLs without a drive letter are not absolute on Windows (ERR_INVALID_FILE_URL_PATH), and ERR_INVALID_FILE_URL_HOST names the platform (\"on linux\")",
	"js/fs_fd_order":                "the scenario makes both 'C' and 'c' in one folder: Windows' file names are case-insensitive",
	"js/fs_filehandle_modes":        "the trace prints permission bits (0o640, 0o600): Windows records only the read-only attribute (modes 0o666 and 0o444)",
	"js/fs_odd_arguments":           "the trace prints what Linux answers for permission bits (access with X_OK, chmod) and for odd flags and descriptors (EBADF, ENOENT), where Windows answers EACCES, EINVAL or nothing",
	"js/fs_promises_cover":          "the trace prints chmod's permission bits (Windows records only read-only) and uses symbolic links (wine's CreateSymbolicLinkW is a stub)",
	"js/fs_sync":                    "readdirSync's recursive listing joins names with the platform's separator (x\\f1 on Windows)",
	"js/module_basics":              "the trace splits __filename and require.resolve's result on '/'",
	"js/net_args_listen":            "the scenario listens on a socket file in the temporary folder; on Windows an IPC path must be a pipe name, and listen fails with EACCES",
	"js/net_overloads":              "the scenario listens on a socket file in the temporary folder; on Windows an IPC path must be a pipe name, and listen fails with EACCES",
	"js/net_write_error_bytes":      "a write to a connection its peer reset fails on Windows with WSAECONNRESET (ECONNRESET), where Linux reports EPIPE",
	"js/os_basic":                   "the trace prints os.platform(), os.EOL, os.devNull, os.machine() and os.userInfo(): Linux's values",
	"js/os_shape":                   "the trace prints os.constants (signals, errno, dlopen): Linux's values",
	"js/path_differential":          "the default path module is path.win32 on Windows; the trace is path.posix's",
	"js/path_posix":                 "the default path module is path.win32 on Windows; the trace is path.posix's",
	"js/path_posix_edges":           "path.posix.resolve starts from process.cwd(), a drive path (Z:\\...) on Windows",
	"js/path_win32_differential":    "path.win32.resolve uses the current drive and folder, which on Linux are none (the trace is Linux's)",
	"js/path_win32_edges":           "path.win32.resolve uses the current drive and folder, which on Linux are none (the trace is Linux's)",
	"js/url_basic":                  "url.fileURLToPath of file:///tmp/... fails on Windows: a path without a drive letter is not absolute there",
	"js/url_file_paths":             "url.pathToFileURL and fileURLToPath follow Windows' drive paths there (file:///Z:/...)",
	"js/url_pathtofileurl_win_root": "pathToFileURL of a path without a drive letter starts from the current drive on Windows (file:///Z:/a/)",
	"js/url_legacy":                 "url.fileURLToPath of file:///x/... fails on Windows: a path without a drive letter is not absolute there",
	"js/esm_builtins":               "the trace prints the default path module's join and sep: path.win32 on Windows",
	"js/esm_not_found":              "the trace masks the folder by new URL('.', import.meta.url).pathname, which is /C:/... on Windows, where the message has C:\\...",
})

// notOnWine lists the scenarios that meet a difference between wine and
// Windows; they run on Windows, not under wine.
var notOnWine = withNet(conformance.NetNotOnWine, map[string]string{
	"js/fs_links":       "wine's CreateSymbolicLinkW is a stub: it reports success and makes no link",
	"js/fs_stats_shape": "wine's CreateSymbolicLinkW is a stub: it reports success and makes no link (lstat of the link fails)",
})

// platformSkip skips scenario name where it cannot apply.
func platformSkip(t *testing.T, name string) {
	t.Helper()
	conformance.SkipWhere(t, name, notOnWindows, notOnWine)
}

// reDirPath is a path under a folder the scenarios mask (<DIR>, <dir>,
// <tmp>: the scenario's folder, a temporary one) in a stack trace or a
// message, with '\' separators, escaped ('\\') in an inspected string.
var reDirPath = regexp.MustCompile(`<(?:DIR|dir|tmp)>\\[^\s:)'"]*`)

// slashDirPaths writes the masked paths with '/': Node on Windows prints
// "C:\dir\file.js:1:2" in stacks and joins paths with '\', the golden
// files (recorded on Linux) have "<DIR>/file.js:1:2".
func slashDirPaths(s string) string {
	return reDirPath.ReplaceAllStringFunc(s, func(p string) string {
		return strings.ReplaceAll(strings.ReplaceAll(p, `\\`, "/"), `\`, "/")
	})
}

// checkPending: pending.txt is kept on Linux; on Windows a pending
// scenario is skipped without running (one that passes now and then under
// wine must not fail the run).
const checkPending = false

// withNet returns own with every entry of the Go re-enactments' list net
// added under "net/".
func withNet(net, own map[string]string) map[string]string {
	for name, why := range net {
		own["net/"+name] = why
	}
	return own
}
