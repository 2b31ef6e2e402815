package os

import (
	"strings"

	"github.com/nodenet/nodenet/internal/sys"
)

// tempDir is os.tmpdir() on Windows: TEMP, else TMP, else the system
// folder's temp (SystemRoot or windir); a trailing backslash is dropped
// unless it follows a drive ("C:\").
func tempDir(env func(string) string) string {
	p := env("TEMP")
	if p == "" {
		p = env("TMP")
	}
	if p == "" {
		root := env("SystemRoot")
		if root == "" {
			root = env("windir")
		}
		if root == "" {
			root = "undefined" // what Node's concatenation gives with neither set
		}
		p = root + `\temp`
	}
	if len(p) > 1 && strings.HasSuffix(p, `\`) && !strings.HasSuffix(p, `:\`) {
		p = p[:len(p)-1]
	}
	return p
}

// loadAvg is [0, 0, 0]: Windows keeps no load average.
func loadAvg() [3]float64 { return [3]float64{} }

// uptime is the time since boot in whole seconds.
func uptime() (float64, error) { return float64(int64(sys.Uptime())), nil }

// memTotal is the physical memory in bytes.
func memTotal() float64 {
	total, _, _ := sys.Memory()
	return float64(total)
}

// memFree is the physical memory available, in bytes.
func memFree() float64 {
	_, avail, _ := sys.Memory()
	return float64(avail)
}

// cpuList lists the logical processors; Windows has no nice time.
func cpuList() []cpu {
	cs, err := sys.CPUs()
	if err != nil {
		return nil
	}
	out := make([]cpu, len(cs))
	for i, c := range cs {
		out[i] = cpu{model: c.Model, speed: c.Speed, user: c.User, sys: c.Sys, idle: c.Idle, irq: c.IRQ}
	}
	return out
}

// homeDir is os.homedir() on Windows: USERPROFILE, else the profile
// folder of the user the process runs as.
func homeDir(env func(string) string) (string, error) {
	if home := env("USERPROFILE"); home != "" {
		return home, nil
	}
	return sys.UserProfileDir()
}

// userEntry is the current user on Windows: uid and gid -1, no shell.
func userEntry() (passwd, error) {
	name, err := sys.UserName()
	if err != nil {
		return passwd{}, err
	}
	home, err := sys.UserProfileDir()
	if err != nil {
		return passwd{}, err
	}
	return passwd{uid: -1, gid: -1, username: name, homedir: home}, nil
}

// dlopenConstants is empty: Windows has no dlopen flags.
var dlopenConstants []namedInt

// signalConstants are os.constants.signals on Windows: the C runtime's
// signals and the few more Node knows there.
var signalConstants = []namedInt{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGABRT", 22}, {"SIGFPE", 8},
	{"SIGKILL", 9}, {"SIGSEGV", 11}, {"SIGTERM", 15}, {"SIGBREAK", 21}, {"SIGWINCH", 28},
}

// errnoConstants are os.constants.errno on Windows: the C runtime's
// error numbers (its POSIX names from 100 up), then Winsock's.
var errnoConstants = []namedInt{
	{"E2BIG", 7}, {"EACCES", 13}, {"EADDRINUSE", 100}, {"EADDRNOTAVAIL", 101},
	{"EAFNOSUPPORT", 102}, {"EAGAIN", 11}, {"EALREADY", 103}, {"EBADF", 9},
	{"EBADMSG", 104}, {"EBUSY", 16}, {"ECANCELED", 105}, {"ECHILD", 10},
	{"ECONNABORTED", 106}, {"ECONNREFUSED", 107}, {"ECONNRESET", 108}, {"EDEADLK", 36},
	{"EDESTADDRREQ", 109}, {"EDOM", 33}, {"EEXIST", 17}, {"EFAULT", 14},
	{"EFBIG", 27}, {"EHOSTUNREACH", 110}, {"EIDRM", 111}, {"EILSEQ", 42},
	{"EINPROGRESS", 112}, {"EINTR", 4}, {"EINVAL", 22}, {"EIO", 5}, {"EISCONN", 113},
	{"EISDIR", 21}, {"ELOOP", 114}, {"EMFILE", 24}, {"EMLINK", 31}, {"EMSGSIZE", 115},
	{"ENAMETOOLONG", 38}, {"ENETDOWN", 116}, {"ENETRESET", 117}, {"ENETUNREACH", 118},
	{"ENFILE", 23}, {"ENOBUFS", 119}, {"ENODATA", 120}, {"ENODEV", 19}, {"ENOENT", 2},
	{"ENOEXEC", 8}, {"ENOLCK", 39}, {"ENOLINK", 121}, {"ENOMEM", 12}, {"ENOMSG", 122},
	{"ENOPROTOOPT", 123}, {"ENOSPC", 28}, {"ENOSR", 124}, {"ENOSTR", 125}, {"ENOSYS", 40},
	{"ENOTCONN", 126}, {"ENOTDIR", 20}, {"ENOTEMPTY", 41}, {"ENOTSOCK", 128},
	{"ENOTSUP", 129}, {"ENOTTY", 25}, {"ENXIO", 6}, {"EOPNOTSUPP", 130}, {"EOVERFLOW", 132},
	{"EPERM", 1}, {"EPIPE", 32}, {"EPROTO", 134}, {"EPROTONOSUPPORT", 135},
	{"EPROTOTYPE", 136}, {"ERANGE", 34}, {"EROFS", 30}, {"ESPIPE", 29}, {"ESRCH", 3},
	{"ETIME", 137}, {"ETIMEDOUT", 138}, {"ETXTBSY", 139}, {"EWOULDBLOCK", 140}, {"EXDEV", 18},
	{"WSAEINTR", 10004}, {"WSAEBADF", 10009}, {"WSAEACCES", 10013}, {"WSAEFAULT", 10014},
	{"WSAEINVAL", 10022}, {"WSAEMFILE", 10024}, {"WSAEWOULDBLOCK", 10035},
	{"WSAEINPROGRESS", 10036}, {"WSAEALREADY", 10037}, {"WSAENOTSOCK", 10038},
	{"WSAEDESTADDRREQ", 10039}, {"WSAEMSGSIZE", 10040}, {"WSAEPROTOTYPE", 10041},
	{"WSAENOPROTOOPT", 10042}, {"WSAEPROTONOSUPPORT", 10043}, {"WSAESOCKTNOSUPPORT", 10044},
	{"WSAEOPNOTSUPP", 10045}, {"WSAEPFNOSUPPORT", 10046}, {"WSAEAFNOSUPPORT", 10047},
	{"WSAEADDRINUSE", 10048}, {"WSAEADDRNOTAVAIL", 10049}, {"WSAENETDOWN", 10050},
	{"WSAENETUNREACH", 10051}, {"WSAENETRESET", 10052}, {"WSAECONNABORTED", 10053},
	{"WSAECONNRESET", 10054}, {"WSAENOBUFS", 10055}, {"WSAEISCONN", 10056},
	{"WSAENOTCONN", 10057}, {"WSAESHUTDOWN", 10058}, {"WSAETOOMANYREFS", 10059},
	{"WSAETIMEDOUT", 10060}, {"WSAECONNREFUSED", 10061}, {"WSAELOOP", 10062},
	{"WSAENAMETOOLONG", 10063}, {"WSAEHOSTDOWN", 10064}, {"WSAEHOSTUNREACH", 10065},
	{"WSAENOTEMPTY", 10066}, {"WSAEPROCLIM", 10067}, {"WSAEUSERS", 10068},
	{"WSAEDQUOT", 10069}, {"WSAESTALE", 10070}, {"WSAEREMOTE", 10071},
	{"WSASYSNOTREADY", 10091}, {"WSAVERNOTSUPPORTED", 10092}, {"WSANOTINITIALISED", 10093},
	{"WSAEDISCON", 10101}, {"WSAENOMORE", 10102}, {"WSAECANCELLED", 10103},
	{"WSAEINVALIDPROCTABLE", 10104}, {"WSAEINVALIDPROVIDER", 10105},
	{"WSAEPROVIDERFAILEDINIT", 10106}, {"WSASYSCALLFAILURE", 10107},
	{"WSASERVICE_NOT_FOUND", 10108}, {"WSATYPE_NOT_FOUND", 10109}, {"WSA_E_NO_MORE", 10110},
	{"WSA_E_CANCELLED", 10111}, {"WSAEREFUSED", 10112},
}
