package netmod

// Starting a connect: the options, their checks, and the setup of the
// socket before the dialer (dialer.go) takes over.
//
// Every check that can refuse a connect runs before the socket changes, so
// a refused Connect leaves the socket as it was. Then the socket gets a
// fresh handle if it has none (a destroyed socket is revived first), is
// marked connecting, and a new dialer is made for this connect. The dialer
// is what the asynchronous steps (the lookup's answer, the next tick of an
// IP host, the completion of connect(2), the attempt timer) report to; a
// step that finds another dialer in its socket knows its connect is over.

import (
	"strings"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
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
	if opts.Path == "" && opts.Port == 0 {
		return nil, errMissingConnectArgs()
	}
	if opts.Path == "" {
		// Refuse bad options before a socket exists.
		if _, err := checkTCPOptions(&opts); err != nil {
			return nil, err
		}
	}
	var s *Socket
	if sockOpts.Handle != nil {
		var err error
		if s, err = OpenSocket(loop, sockOpts); err != nil {
			return nil, err
		}
	} else {
		s = newSocket(loop, sockOpts)
	}
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
	// A socket that adopted a BoundSocket connects from it: a pipe or TCP
	// by the handle's kind, with its own argument errors.
	fromBound := false
	pipe := opts.Path != ""
	if s.bound() != nil {
		var err error
		if pipe, err = s.boundConnect(opts, cb); err != nil {
			return err
		}
		fromBound = s.hasHandle() && !s.Destroyed()
	}
	var plan dialPlan
	if !pipe {
		var err error
		if plan, err = checkTCPOptions(&opts); err != nil {
			return err
		}
	}
	s.beginConnect(pipe, cb)
	if opts.Timeout > 0 {
		_ = s.SetTimeout(opts.Timeout, nil)
	}
	d := &dialer{s: s, port: opts.Port, host: opts.Host}
	s.connState().dial = d
	switch {
	case pipe:
		d.dialPath(opts.Path)
	case fromBound:
		// One descriptor: one address, and no lookup wait for a literal.
		plan.auto, plan.lookup.All = false, false
		d.start(opts.Lookup, plan, true)
	default:
		d.local, d.localPort = opts.LocalAddress, opts.LocalPort
		d.start(opts.Lookup, plan, false)
	}
	return nil
}

// dialPlan is what checkTCPOptions worked out for a TCP connect: the host
// to resolve (or the literal address to use) and whether, and how, to try
// several addresses.
type dialPlan struct {
	host    string        // opts.Host, or "localhost"
	literal int           // blocklist.IsIP(host): 4 or 6 for an IP address, else 0
	auto    bool          // try every address the lookup gives
	timeout time.Duration // the attempt timeout when auto
	lookup  LookupOptions // what the lookup is asked
}

// checkTCPOptions refuses, as Node throws them, the TCP options it would
// not connect with, and otherwise plans the connect.
func checkTCPOptions(opts *ConnectOptions) (dialPlan, error) {
	var p dialPlan
	if opts.Port < 0 || opts.Port > 65535 {
		return p, errBadPort("Port", opts.Port)
	}
	if opts.LocalAddress != "" && blocklist.IsIP(opts.LocalAddress) == 0 {
		return p, errInvalidIPAddress(opts.LocalAddress)
	}
	if strings.IndexByte(opts.Host, 0) >= 0 {
		return p, nodeerr.InvalidArgValue("options.host", nodeerr.InspectString(opts.Host),
			"must be a string without null bytes")
	}
	p.timeout = GetDefaultAutoSelectFamilyAttemptTimeout()
	if opts.AutoSelectFamilyAttemptTimeout != 0 {
		d, err := checkAttemptTimeout("options.autoSelectFamilyAttemptTimeout", opts.AutoSelectFamilyAttemptTimeout)
		if err != nil {
			return p, err
		}
		p.timeout = d
	}
	p.host = opts.Host
	if p.host == "" {
		p.host = "localhost"
	}
	p.literal = blocklist.IsIP(p.host)
	if p.literal != 0 {
		return p, nil
	}
	if opts.Lookup == nil {
		// dns.lookup's own checks, thrown from within connect in Node.
		if err := validateDNSOptions(opts.Family, opts.Hints); err != nil {
			return p, err
		}
	}
	oneFamily := opts.Family == 4 || opts.Family == 6
	auto := GetDefaultAutoSelectFamily()
	if opts.AutoSelectFamily != nil {
		auto = *opts.AutoSelectFamily
	}
	p.auto = auto && !oneFamily && opts.LocalAddress == ""
	p.lookup = LookupOptions{Family: opts.Family, Hints: opts.Hints, All: p.auto}
	if p.lookup.Hints == 0 && !oneFamily && !isWindows {
		p.lookup.Hints = HintAddrConfig
	}
	return p, nil
}

// beginConnect readies the socket for a new connect: a destroyed socket is
// revived, a socket without a handle gets one, cb becomes a 'connect'
// listener, and the socket is connecting.
func (s *Socket) beginConnect(pipe bool, cb func()) {
	// A write after the peer's FIN ended the last connection failed; a new
	// connection writes normally again.
	s.setFlag(fEndedByPeer, false)
	if s.Destroyed() {
		s.undestroy()
		s.addrs = nil
	}
	if !s.hasHandle() {
		s.handle = eventloop.Handle{}
		s.handle.Init(s.loop)
		s.pipe = pipe
		s.family = 0
		s.reading, s.writeSideOpen = false, false
		s.setFlag(fShutDown, false)
		s.bytesRead, s.bytesWritten = 0, 0
	}
	if cb != nil {
		s.Emitter.Once("connect", cb)
	}
	s.unrefTimer()
	s.state = stateConnecting
}

// domain is the address family of the socket's descriptor, for the
// socket options that depend on it.
func (s *Socket) domain() int {
	switch {
	case s.pipe:
		return sys.AF_UNIX
	case s.family == 6:
		return sys.AF_INET6
	}
	return sys.AF_INET
}

// AutoSelectFamilyAttemptedAddresses is Node's
// socket.autoSelectFamilyAttemptedAddresses: "address:port" for each
// connection attempt of the last connect that tried several addresses, in
// order; nil (Node's undefined) when no connect did.
func (s *Socket) AutoSelectFamilyAttemptedAddresses() []string {
	if s.conn == nil {
		return nil
	}
	return s.conn.attempted
}
