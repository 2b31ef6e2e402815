// This file exists so that callers name Windows socket addresses and
// constants with the same names as on Unix: aliases of the
// golang.org/x/sys/windows types, and Winsock's values.

package sys

import "golang.org/x/sys/windows"

// Socket address types. The concrete values are always pointers
// (*SockaddrInet4, *SockaddrInet6, *SockaddrUnix).
type (
	Sockaddr      = windows.Sockaddr
	SockaddrInet4 = windows.SockaddrInet4
	SockaddrInet6 = windows.SockaddrInet6
	SockaddrUnix  = windows.SockaddrUnix
)

// Address families, socket types and shutdown directions (Winsock's
// values; SD_RECEIVE, SD_SEND and SD_BOTH are 0, 1 and 2 as on Unix).
const (
	AF_UNIX     = windows.AF_UNIX
	AF_INET     = windows.AF_INET
	AF_INET6    = windows.AF_INET6
	SOCK_STREAM = windows.SOCK_STREAM
	SHUT_RD     = windows.SHUT_RD
	SHUT_WR     = windows.SHUT_WR
	SHUT_RDWR   = windows.SHUT_RDWR
)

// Supported reports whether this system has a socket backend here.
const Supported = true

// MaxPathLen is the longest AF_UNIX path Windows takes (sun_path less its
// NUL). netmod does not use AF_UNIX on Windows: Node's IPC there is named
// pipes.
const MaxPathLen = 107

const abstractNamespace = false
