package netmod

import (
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// ConnectOptions are Node's socket.connect(options), for TCP or, with
// Path, for IPC (a Unix domain socket).
type ConnectOptions struct {
	// Path, when not empty, connects to the Unix domain socket of that
	// name (a leading NUL names Linux's abstract namespace) instead of
	// TCP: no lookup, and Port, Host, LocalAddress, LocalPort, Family and
	// Lookup are ignored.
	Path string
	// Port to connect to (required for TCP).
	Port int
	// Host to connect to; "localhost" when empty.
	Host string
	// LocalAddress and LocalPort bind the socket before connecting.
	LocalAddress string
	LocalPort    int
	// Family restricts the lookup: 0 (either), 4 or 6. The default lookup
	// rejects anything else with ERR_INVALID_ARG_VALUE (a custom Lookup
	// receives it as given); with 4 or 6 only one address is tried.
	Family int
	// Hints for the lookup: HintAddrConfig, HintV4Mapped, HintAll (0:
	// HintAddrConfig unless Family is 4 or 6). The default lookup rejects
	// other bits with ERR_INVALID_ARG_VALUE.
	Hints int
	// Lookup replaces dns.lookup (nil: DNSLookup). It is called on the
	// loop, within Connect, for a Host that is not an IP address.
	Lookup LookupFunc
	// AutoSelectFamily, when on, makes a connect to a host name try every
	// address the lookup returns (LookupOptions.All), alternating IPv6
	// and IPv4 from the family of the first one (RFC 8305 §5), one at a
	// time; each attempt but the last gets AutoSelectFamilyAttemptTimeout
	// before the next starts ('connectionAttemptTimeout'). Attempts that
	// fail emit 'connectionAttemptFailed'; when all fail the socket is
	// destroyed with one AggregateError holding every attempt's error.
	// nil means GetDefaultAutoSelectFamily(); it is off when Family is 4
	// or 6 or LocalAddress is set.
	AutoSelectFamily *bool
	// AutoSelectFamilyAttemptTimeout is the time each attempt gets (0:
	// GetDefaultAutoSelectFamilyAttemptTimeout()); a whole number of
	// milliseconds up to 2147483647 (else ERR_OUT_OF_RANGE), at least 10 ms.
	// (Node throws for an explicit 0; here 0 means the default.)
	AutoSelectFamilyAttemptTimeout time.Duration
	// Timeout sets the idle timeout (SetTimeout) before connecting.
	Timeout time.Duration
}

// Connect creates a socket with opts and connects it (Node's
// net.createConnection / net.connect); cb, if not nil, is a one-time
// 'connect' listener. Argument errors are returned synchronously, as Node
// throws them; connection errors arrive as 'error' events.
//
// Options with neither Port nor Path (the zero ConnectOptions, or a Host
// alone) are Node's net.connect({}): a TypeError ERR_MISSING_ARGS, 'The
// "options" or "port" or "path" argument must be specified', and no
// socket. Go cannot tell port 0 from no port, so Connect treats Port 0 as
// missing; (*Socket).Connect dials port 0, as net.connect({port: 0}) does.
func Connect(loop *eventloop.Loop, sockOpts SocketOptions, opts ConnectOptions, cb func()) (*Socket, error) {
	if opts.Port == 0 && opts.Path == "" {
		return nil, errMissingConnectArgs()
	}
	s := NewSocket(loop, sockOpts)
	if err := s.Connect(opts, cb); err != nil {
		return nil, err
	}
	return s, nil
}

// Connect starts connecting the socket (Node's socket.connect(options[,
// cb])); cb, if not nil, is a one-time 'connect' listener. Argument errors
// are returned (Node throws them) before anything else happens; connection
// errors arrive as 'error' events. A destroyed socket can connect again.
//
// With opts.Path the socket connects to a Unix domain socket as Node does
// for a path: within this call it emits 'connectionAttempt' (path, 0, 0 —
// Node's port and family are undefined) and starts connect(2); a failure
// (connect ENOENT /path, ECONNREFUSED for a socket file nobody listens on)
// is reported on a later loop iteration through 'connectionAttemptFailed'
// and 'error', except for an invalid name (EINVAL, too long), which
// destroys the socket at once, as libuv fails it synchronously.
func (s *Socket) Connect(opts ConnectOptions, cb func()) error {
	pipe := opts.Path != ""
	if s.bound() != nil {
		var err error
		if pipe, err = s.boundConnect(opts, cb); err != nil {
			return err
		}
	}
	host := opts.Host
	if host == "" {
		host = "localhost"
	}
	autoSelect, timeout := GetDefaultAutoSelectFamily(), GetDefaultAutoSelectFamilyAttemptTimeout()
	if !pipe {
		var err error
		if autoSelect, timeout, err = validateConnectOptions(opts, host); err != nil {
			return err
		}
	}
	if opts.Timeout > 0 {
		_ = s.SetTimeout(opts.Timeout, nil)
	}
	if cb != nil {
		s.Emitter.Once("connect", cb)
	}
	s.setFlag(fEndedByPeer, false)
	if s.Destroyed() {
		s.state = stateNoHandle
		if s.addrs != nil {
			s.addrs.peername = addrCache{}
		}
		s.resetSockname()
	}
	if !s.hasHandle() {
		// new TCP(); initSocketHandle (the socket has it from here: see
		// stateConnecting below)
		s.handle = eventloop.Handle{}
		s.handle.Init(s.loop)
		s.bytesRead, s.bytesWritten = 0, 0
		s.setFlag(fUVShut, false)
		s.uvWritable, s.reading = false, false
		s.undestroy()
		s.resetSockname()
		s.pipe = pipe
	}
	s.unrefTimer()
	s.state = stateConnecting
	if pipe {
		s.internalConnectPipe(opts.Path)
		return nil
	}
	// If host is an IP, skip performing a lookup.
	if fam := blocklist.IsIP(host); fam != 0 {
		if s.bound() != nil {
			// An adopted BoundSocket connects within this call.
			s.internalConnect(host, opts.Port, fam, opts.LocalAddress, opts.LocalPort)
			return nil
		}
		s.loop.NextTick(func() {
			if s.isConnecting() && !s.abortPending() {
				s.internalConnect(host, opts.Port, fam, opts.LocalAddress, opts.LocalPort)
			}
		})
		return nil
	}
	if s.bound() != nil {
		autoSelect = false // Node connects an adopted handle to one address
	}
	s.lookupAndConnect(opts, host, autoSelect, timeout)
	return nil
}

// validateConnectOptions is the argument checking of lookupAndConnect (and,
// for the default lookup, of dns.lookup), in Node's order. It returns the
// effective autoSelectFamily and attempt timeout.
func validateConnectOptions(opts ConnectOptions, host string) (bool, time.Duration, error) {
	if strings.IndexByte(host, 0) >= 0 {
		return false, 0, nodeerr.InvalidArgValue("options.host", nodeerr.InspectString(host), "must be a string without null bytes")
	}
	if opts.LocalAddress != "" && blocklist.IsIP(opts.LocalAddress) == 0 {
		return false, 0, errInvalidIPAddress(opts.LocalAddress)
	}
	if opts.LocalPort < 0 || opts.LocalPort > 65535 {
		return false, 0, errBadPort("options.localPort", opts.LocalPort)
	}
	if opts.Port < 0 || opts.Port > 65535 {
		return false, 0, errBadPort("Port", opts.Port)
	}
	autoSelect := GetDefaultAutoSelectFamily()
	if opts.AutoSelectFamily != nil {
		autoSelect = *opts.AutoSelectFamily
	}
	timeout := GetDefaultAutoSelectFamilyAttemptTimeout()
	if opts.AutoSelectFamilyAttemptTimeout != 0 {
		var err error
		if timeout, err = validateAttemptTimeout("options.autoSelectFamilyAttemptTimeout", opts.AutoSelectFamilyAttemptTimeout); err != nil {
			return false, 0, err
		}
	}
	if opts.Lookup == nil && blocklist.IsIP(host) == 0 {
		if err := validateDNSOptions(opts.Family, opts.Hints); err != nil {
			return false, 0, err
		}
	}
	return autoSelect, timeout, nil
}

// emitLookup emits 'lookup' (err, address, family, host).
func emitLookup(s *Socket, err error, addr string, family int, host string) {
	events.Emit4(&s.Emitter, "lookup", err, addr, family, host)
}

// internalConnect is net.js's internalConnect: bind if asked, emit
// 'connectionAttempt', check the block list, then connect(2). address is
// the text the lookup gave; addressType says how libuv parses it (an
// address of the other family fails with EINVAL).
func (s *Socket) internalConnect(address string, port, addressType int, localAddress string, localPort int) {
	if localAddress != "" || localPort != 0 {
		if localAddress == "" {
			localAddress = defaultLocalAddress(addressType)
		}
		if err := s.bindLocal(localAddress, localPort, addressType); err != 0 {
			s.Destroy(nodeerr.Errno("bind", err, localAddress, localPort))
			return
		}
	}
	events.Emit3(&s.Emitter, "connectionAttempt", address, port, addressType)
	if s.blockList() != nil && s.blockList().Check(address, blockFamily(addressType)) {
		s.Destroy(errIPBlocked(address))
		return
	}
	s.connState().setReq(address, port, addressType, localAddress, localPort)
	if err := s.connectTCP(address, port, addressType); err != 0 {
		ex := nodeerr.Errno("connect", err, address, port)
		ex.Message += " - Local (" + s.socknameDetails() + ")"
		s.Destroy(ex)
	}
}

// defaultLocalAddress is DEFAULT_IPV4_ADDR or DEFAULT_IPV6_ADDR.
func defaultLocalAddress(addressType int) string {
	if addressType == 6 {
		return "::"
	}
	return "0.0.0.0"
}

// parseAddr parses address as uv_ip4_addr (addressType 4) or uv_ip6_addr
// (6) do: a dotted quad, or an IPv6 address (IPv4-mapped ones included).
func parseAddr(address string, addressType int) (netip.Addr, bool) {
	ip, err := netip.ParseAddr(address)
	if err != nil || (addressType == 6) != ip.Is6() {
		return netip.Addr{}, false
	}
	return ip, true
}

// bindLocal is handle.bind / handle.bind6 and checkBindError: bind to
// localAddress:localPort, creating the descriptor of addressType's family.
func (s *Socket) bindLocal(localAddress string, localPort, addressType int) syscall.Errno {
	s.family = uint8(addressType)
	lip, ok := parseAddr(localAddress, addressType)
	if !ok {
		return syscall.EINVAL
	}
	err := s.newFD(domainOf(addressType))
	if err == nil {
		// uv__tcp_bind sets SO_REUSEADDR before bind(2).
		_ = sys.SetReuseAddr(s.fd, true)
		err = sys.Bind(s.fd, sys.SockaddrOf(netip.AddrPortFrom(lip, uint16(localPort))))
	}
	if err == nil && localPort > 0 {
		if sa, e := sys.LocalAddr(s.fd); e == nil && int(sys.AddrPortOf(sa).Port()) != localPort {
			err = syscall.EADDRINUSE
		}
	}
	if err != nil {
		return errnoOf(err)
	}
	return 0
}

// connectTCP is handle.connect / handle.connect6 (uv_tcp_connect): it
// returns the error libuv returns synchronously; otherwise the connect
// completes through afterConnect, an early refusal from the pending queue
// (libuv's delayed_error).
func (s *Socket) connectTCP(address string, port, addressType int) syscall.Errno {
	s.family = uint8(addressType)
	ip, ok := parseAddr(address, addressType)
	if !ok {
		return syscall.EINVAL
	}
	err := s.newFD(domainOf(addressType))
	if err == nil {
		err = connectRetry(s.fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(port))))
	}
	switch {
	case err == nil || err == syscall.EINPROGRESS:
		s.beginReq(reqConnect)
		s.updateInterest() // write readiness completes the connect
	case err == syscall.ECONNREFUSED:
		s.beginReq(reqConnect)
		s.updateInterest()
		watch := s.watch.Token()
		s.loop.QueuePending(func() {
			if s.inFlight(reqConnect) && s.fd >= 0 && s.watch.Watching() && s.watch.Token() == watch {
				s.endReq(reqConnect)
				s.updateInterest()
				s.afterConnect(syscall.ECONNREFUSED)
			}
		})
	default:
		return errnoOf(err)
	}
	return 0
}

// socknameDetails is the "address:port" Node puts after "- Local (" in a
// synchronous connect error: getsockname's answer, "undefined:undefined"
// when there is none.
func (s *Socket) socknameDetails() string {
	if ap, ok := s.getsockname(); ok {
		return ap.Addr().String() + ":" + strconv.Itoa(int(ap.Port()))
	}
	return "undefined:undefined"
}

// blockFamily is the family Node names when it checks the block list
// (`ipv${addressType}`).
func blockFamily(addressType int) blocklist.Family {
	if addressType == 6 {
		return blocklist.IPv6
	}
	return blocklist.IPv4
}

func domainOf(addressType int) int {
	if addressType == 6 {
		return syscall.AF_INET6
	}
	return syscall.AF_INET
}

// internalConnectPipe is internalConnect for a path (a PipeConnectWrap):
// 'connectionAttempt' with no port or family, then libuv's
// uv_pipe_connect2, which reports a failed connect(2) from the pending
// queue (delayed_error) and a connection through writability.
func (s *Socket) internalConnectPipe(path string) {
	s.family = 0
	events.Emit3(&s.Emitter, "connectionAttempt", path, 0, 0)
	if !s.isConnecting() {
		return
	}
	if isWindowsPipePath(path) {
		s.windowsPipeConnect(path)
		return
	}
	c := s.connState()
	c.setReq(path, 0, 0, "", 0)
	sa, err := sys.UnixSockaddr(path)
	if err == nil {
		err = s.newFD(sys.AF_UNIX)
	}
	if err != nil {
		// A Pipe has no getsockname: the details are "undefined:undefined".
		ex := nodeerr.Errno("connect", errnoOf(err), path, 0)
		ex.Message += " - Local (undefined:undefined)"
		s.Destroy(ex)
		return
	}
	err = connectRetry(s.fd, sa)
	s.beginReq(reqConnect)
	s.updateInterest()
	if err == nil || err == syscall.EINPROGRESS {
		return // write readiness completes the connect
	}
	errno := errnoOf(err)
	s.loop.QueuePending(func() {
		if s.inFlight(reqConnect) && s.fd >= 0 {
			s.endReq(reqConnect)
			s.updateInterest()
			s.afterConnect(errno)
		}
	})
}

// newFD creates the socket's descriptor if it has none yet (libuv's
// maybe_new_socket).
func (s *Socket) newFD(domain int) error {
	if s.fd >= 0 {
		return nil
	}
	fd, err := sys.Socket(domain, syscall.SOCK_STREAM)
	if err != nil {
		return err
	}
	if err := s.loop.WatchInto(&s.watch, fd, (*socketIO)(s)); err != nil {
		_ = sys.Close(fd)
		return syscall.EBADF
	}
	s.fd = fd
	s.uvWritable = true
	return nil
}

// finishConnect is libuv's uv__stream_connect: the connecting descriptor
// became writable.
func (s *Socket) finishConnect() {
	err := sys.SocketError(s.fd)
	var errno syscall.Errno
	if err != nil {
		errno = errnoOf(err)
	}
	if errno == syscall.EINPROGRESS {
		return
	}
	s.endReq(reqConnect)
	s.updateInterest()
	s.afterConnect(errno)
}

// afterConnect is net.js's afterConnect, the completion of a connect
// request; a request of a connect that tries several addresses completes
// through afterConnectMultiple instead.
func (s *Socket) afterConnect(status syscall.Errno) {
	if c := s.conn; c != nil && c.multi != nil {
		ctx, current := c.multi, c.attempt
		c.multi = nil
		s.afterConnectMultiple(ctx, current, status)
		return
	}
	if s.Destroyed() || s.abortPending() {
		return
	}
	s.state = stateOpen
	s.resetSockname()
	if status == 0 {
		s.unrefTimer()
		if s.flag(fNoDelay) && !s.pipe {
			_ = sys.SetNoDelay(s.fd, true)
		}
		if s.flag(fKeepAlive) && !s.pipe {
			iv, count := s.keepAliveProbes()
			_ = sys.SetKeepAlive(s.fd, true, s.keepAliveDelay(), iv, count)
		}
		if tos := s.tos(); tos != nil && !s.pipe {
			if err := sys.SetTOS(s.fd, s.domain(), *tos); err != nil && errnoOf(err) != syscall.EBADF {
				events.Emit1[error](&s.Emitter, "error", nodeerr.Errno("setTypeOfService", errnoOf(err), "", 0))
			}
		}
		events.Emit0(&s.Emitter, "connect")
		events.Emit0(&s.Emitter, "ready")
		if !s.IsPaused() {
			s.read(0)
		}
		return
	}
	c := s.connState()
	ex := c.connectionError(status)
	events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", c.addr, c.port, c.addrType, ex)
	s.Destroy(ex)
}

func (s *Socket) domain() int {
	if s.family == 6 {
		return syscall.AF_INET6
	}
	return syscall.AF_INET
}

// connectRetry is connect(2) repeated while it is interrupted (EINTR), as
// libuv does; an EALREADY after an interrupted call means the interrupted
// connect goes on, and is reported as EINPROGRESS.
func connectRetry(fd int, sa sys.Sockaddr) error {
	err := sys.Connect(fd, sa)
	for interrupted := false; ; interrupted = true {
		switch {
		case err == syscall.EINTR:
			err = sys.Connect(fd, sa)
		case err == syscall.EALREADY && interrupted:
			return syscall.EINPROGRESS
		default:
			return err
		}
	}
}
