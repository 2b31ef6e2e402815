package netmod

import (
	"strconv"

	"github.com/nodenet/nodenet/nodeerr"
)

// Node's errors that net.Socket and net.Server produce, with Node's classes,
// codes and message texts.

func errWriteAfterEnd() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_STREAM_WRITE_AFTER_END", "write after end")
}

func errStreamDestroyed(op string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_STREAM_DESTROYED", "Cannot call "+op+" after a stream was destroyed")
}

func errPushAfterEOF() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF")
}

func errMultipleCallback() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_MULTIPLE_CALLBACK", "Callback called multiple times")
}

func errSocketClosed() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SOCKET_CLOSED", "Socket is closed")
}

func errSocketClosedBeforeConnection() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SOCKET_CLOSED_BEFORE_CONNECTION", "Socket closed before the connection was established")
}

func errEndedByOtherParty() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "EPIPE", "This socket has been ended by the other party")
}

func errIPBlocked(addr string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_IP_BLOCKED", "IP("+addr+") is blocked by net.BlockList")
}

func errServerNotRunning() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SERVER_NOT_RUNNING", "Server is not running.")
}

func errServerAlreadyListen() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SERVER_ALREADY_LISTEN", "Listen method has been called more than once without closing.")
}

func errInvalidHandleType() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent")
}

// errBadPort is ERR_SOCKET_BAD_PORT: "Port should be >= 0 and < 65536. ...".
// errMissingConnectArgs is what net.connect({}) throws.
func errMissingConnectArgs() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_MISSING_ARGS",
		`The "options" or "port" or "path" argument must be specified`)
}

func errBadPort(name string, port int) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameRangeError, "ERR_SOCKET_BAD_PORT",
		name+" should be >= 0 and < 65536. Received type number ("+strconv.Itoa(port)+").")
}

func errInvalidIPAddress(addr string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_IP_ADDRESS", "Invalid IP address: "+addr)
}

// errAbstractChmod is the ERR_INVALID_ARG_VALUE Node throws for
// readableAll or writableAll with an abstract socket name (typo included).
func errAbstractChmod(opts ListenOptions) *nodeerr.Error {
	received := "{ path: " + nodeerr.InspectString(opts.Path)
	if opts.Backlog != 0 {
		received += ", backlog: " + strconv.Itoa(opts.Backlog)
	}
	if opts.ReadableAll {
		received += ", readableAll: true"
	}
	if opts.WritableAll {
		received += ", writableAll: true"
	}
	received += " }"
	return nodeerr.InvalidArgValue("options", received,
		"can not set readableAll or writableAllt to true when path is abstract unix socket")
}
