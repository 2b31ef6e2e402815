package netmod

import (
	"math"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// Connecting to a host name as Node 26 does: the lookup (the system resolver
// or the lookup option), then, with autoSelectFamily, RFC 8305 §5 ("happy
// eyeballs") over every address it returned. The functions below are
// lookupAndConnect, lookupAndConnectMultiple, internalConnectMultiple,
// afterConnectMultiple and internalConnectMultipleTimeout of Node's
// lib/net.js, one for one.

// defaultAttemptTimeout is Node 26's default for
// --network-family-autoselection-attempt-timeout.
const defaultAttemptTimeout = 500 * time.Millisecond

// The process-wide defaults (Node's autoSelectFamilyDefault and
// autoSelectFamilyAttemptTimeoutDefault). Their zero values mean Node's
// defaults: on, 500 ms.
var (
	autoSelectFamilyOff         atomic.Bool
	autoSelectFamilyTimeoutNano atomic.Int64
)

// GetDefaultAutoSelectFamily returns the default of
// ConnectOptions.AutoSelectFamily (Node's
// net.getDefaultAutoSelectFamily; true unless changed). Safe from any
// goroutine.
func GetDefaultAutoSelectFamily() bool { return !autoSelectFamilyOff.Load() }

// SetDefaultAutoSelectFamily sets the default of
// ConnectOptions.AutoSelectFamily for connects started afterwards (Node's
// net.setDefaultAutoSelectFamily). Safe from any goroutine.
func SetDefaultAutoSelectFamily(value bool) { autoSelectFamilyOff.Store(!value) }

// GetDefaultAutoSelectFamilyAttemptTimeout returns the default of
// ConnectOptions.AutoSelectFamilyAttemptTimeout (Node's
// net.getDefaultAutoSelectFamilyAttemptTimeout: 500 ms in Node 26 unless
// changed). Safe from any goroutine.
func GetDefaultAutoSelectFamilyAttemptTimeout() time.Duration {
	if d := autoSelectFamilyTimeoutNano.Load(); d > 0 {
		return time.Duration(d)
	}
	return defaultAttemptTimeout
}

// SetDefaultAutoSelectFamilyAttemptTimeout sets the default attempt timeout
// (Node's net.setDefaultAutoSelectFamilyAttemptTimeout). The value must be
// a whole number of milliseconds from 1 to 2147483647, else it returns
// Node's ERR_OUT_OF_RANGE and changes nothing; below 10 ms it counts as
// 10 ms. Safe from any goroutine.
func SetDefaultAutoSelectFamilyAttemptTimeout(value time.Duration) error {
	d, err := validateAttemptTimeout("value", value)
	if err != nil {
		return err
	}
	autoSelectFamilyTimeoutNano.Store(int64(d))
	return nil
}

// validateAttemptTimeout is validateInt32(value, name, 1) on milliseconds,
// then Node's minimum of 10 ms.
func validateAttemptTimeout(name string, d time.Duration) (time.Duration, error) {
	if d%time.Millisecond != 0 {
		return 0, nodeerr.OutOfRange(name, "an integer", jsNumber(float64(d)/float64(time.Millisecond)))
	}
	ms := int64(d / time.Millisecond)
	if ms < 1 || ms > math.MaxInt32 {
		return 0, nodeerr.OutOfRange(name, ">= 1 && <= 2147483647", jsNumber(float64(ms)))
	}
	if ms < 10 {
		d = 10 * time.Millisecond
	}
	return d, nil
}

// jsNumber formats a number as Node's ERR_OUT_OF_RANGE prints it (integers
// beyond 2**32 with underscores).
func jsNumber(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if f != math.Trunc(f) || math.Abs(f) <= 1<<32 {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// ---- the lookup -------------------------------------------------------------

// LookupAddress is one answer of a lookup (an element of what dns.lookup
// returns with all: true): an address and its family, 4 or 6. Node checks
// both: an answer whose Address is not an IP address or whose Family is
// not 4 or 6 is skipped (or, if it is the only kind there is, fails the
// connect with ERR_INVALID_IP_ADDRESS or ERR_INVALID_ADDRESS_FAMILY).
type LookupAddress struct {
	Address string
	Family  int
}

// LookupOptions are the options a lookup receives (the dnsopts of Node's
// lookupAndConnect): Family is ConnectOptions.Family (0 when not given),
// Hints the hints (HintAddrConfig when neither hints nor a family 4 or 6
// were given, except on Windows), and All is set when the connect wants
// every address (autoSelectFamily).
type LookupOptions struct {
	Family int
	Hints  int
	All    bool
}

// LookupFunc is Node's lookup option, a function shaped like dns.lookup.
// Connect calls it on the loop, within the call, with the host name; it
// answers by calling cb once, on the loop, now or later: err, or the
// addresses. With opts.All false Node's callback takes one address: the
// first element of addrs is used (none is Node's undefined). A lookup that
// blocks must not run on the loop: see OffloadLookup.
type LookupFunc func(host string, opts LookupOptions, cb func(err error, addrs []LookupAddress))

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

// lookupAndConnect is net.js's lookupAndConnect from the point where host
// is known to be a name (ConnectOptions were validated by Connect).
func (s *Socket) lookupAndConnect(opts ConnectOptions, host string, autoSelect bool, timeout time.Duration) {
	lookup := opts.Lookup
	if lookup == nil {
		lookup = DNSLookup(s.loop)
	}
	dnsopts := LookupOptions{Family: opts.Family, Hints: opts.Hints}
	if !isWindows && dnsopts.Family != 4 && dnsopts.Family != 6 && dnsopts.Hints == 0 {
		dnsopts.Hints = HintAddrConfig
	}
	port := opts.Port
	if dnsopts.Family != 4 && dnsopts.Family != 6 && opts.LocalAddress == "" && autoSelect {
		dnsopts.All = true
		lookup(host, dnsopts, func(err error, addrs []LookupAddress) {
			s.lookupAndConnectMultiple(opts, host, port, timeout, err, addrs)
		})
		return
	}
	lookup(host, dnsopts, func(err error, addrs []LookupAddress) {
		ip, family, undefined := "", 0, true
		if len(addrs) > 0 {
			ip, family, undefined = addrs[0].Address, addrs[0].Family, false
		}
		if s.abortPending() {
			// In Node the abort destroyed the socket before the lookup
			// ended: 'lookup' comes after its 'error' and 'close'.
			_ = s.loop.Post(func() { emitLookup(s, err, ip, family, host) })
			return
		}
		emitLookup(s, err, ip, family, host)
		// It's possible we were destroyed while looking this up.
		if !s.isConnecting() {
			return
		}
		switch {
		case err != nil:
			s.loop.NextTick(func() { s.Destroy(err) })
		case undefined || blocklist.IsIP(ip) == 0:
			e := errInvalidIPAddress(orUndefinedStr(ip, undefined))
			s.loop.NextTick(func() { s.Destroy(e) })
		case family != 4 && family != 6:
			e := errInvalidAddressFamily(family, opts.Host, opts.Port)
			s.loop.NextTick(func() { s.Destroy(e) })
		default:
			s.unrefTimer()
			s.internalConnect(ip, port, family, opts.LocalAddress, opts.LocalPort)
		}
	})
}

// lookupAndConnectMultiple is the callback of net.js's
// lookupAndConnectMultiple: keep the valid addresses (once each), order
// them alternating families starting with the family of the first one, and
// try them one after the other.
func (s *Socket) lookupAndConnectMultiple(opts ConnectOptions, host string, port int, timeout time.Duration, err error, addrs []LookupAddress) {
	// It's possible we were destroyed while looking this up.
	if !s.isConnecting() || s.abortPending() {
		return
	}
	if err != nil {
		emitLookup(s, err, "", 0, host)
		s.loop.NextTick(func() { s.Destroy(err) })
		return
	}
	// valid[0] holds the preferred family (that of the first valid address).
	var valid [2][]LookupAddress
	first := 0
	for _, a := range addrs {
		emitLookup(s, nil, a.Address, a.Family, host)
		if !s.isConnecting() {
			return
		}
		if blocklist.IsIP(a.Address) == 0 || (a.Family != 4 && a.Family != 6) {
			continue
		}
		if first == 0 {
			first = a.Family
		}
		g := 0
		if a.Family != first {
			g = 1
		}
		if !containsAddress(valid[g], a.Address) {
			valid[g] = append(valid[g], a)
		}
	}
	if len(valid[0]) == 0 {
		// When no AAAA or A records are available, fail on the first one.
		// (Node throws a TypeError from the callback when there are no
		// addresses at all; this reports the missing address instead.)
		var e error
		switch {
		case len(addrs) == 0:
			e = errInvalidIPAddress("undefined")
		case blocklist.IsIP(addrs[0].Address) == 0:
			e = errInvalidIPAddress(addrs[0].Address)
		default:
			e = errInvalidAddressFamily(addrs[0].Family, opts.Host, opts.Port)
		}
		s.loop.NextTick(func() { s.Destroy(e) })
		return
	}
	toAttempt := make([]LookupAddress, 0, len(valid[0])+len(valid[1]))
	for i := 0; i < max(len(valid[0]), len(valid[1])); i++ {
		if i < len(valid[0]) {
			toAttempt = append(toAttempt, valid[0][i])
		}
		if i < len(valid[1]) {
			toAttempt = append(toAttempt, valid[1][i])
		}
	}
	if len(toAttempt) == 1 {
		s.unrefTimer()
		s.internalConnect(toAttempt[0].Address, port, toAttempt[0].Family, opts.LocalAddress, opts.LocalPort)
		return
	}
	s.connState().attempted = []string{}
	ctx := &autoSelectContext{addresses: toAttempt, port: port, localPort: opts.LocalPort, timeout: timeout}
	s.unrefTimer()
	s.internalConnectMultiple(ctx, false)
}

func containsAddress(as []LookupAddress, ip string) bool {
	for _, a := range as {
		if a.Address == ip {
			return true
		}
	}
	return false
}

func orUndefinedStr(s string, undefined bool) string {
	if undefined {
		return "undefined"
	}
	return s
}

// autoSelectContext is the context object of Node's
// lookupAndConnectMultiple.
type autoSelectContext struct {
	addresses []LookupAddress
	current   int
	port      int
	localPort int
	timeout   time.Duration
	timer     *eventloop.Timer
	errors    []error
}

func (ctx *autoSelectContext) clearTimeout() {
	if ctx.timer != nil {
		ctx.timer.Close()
		ctx.timer = nil
	}
}

// internalConnectMultiple is net.js's internalConnectMultiple: start the
// next attempt, or fail with every attempt's error once none is left.
func (s *Socket) internalConnectMultiple(ctx *autoSelectContext, canceled bool) {
	ctx.clearTimeout()
	// All connections have been tried without success, destroy with error.
	if canceled || ctx.current == len(ctx.addresses) {
		if len(ctx.errors) == 0 {
			s.Destroy(errSocketConnectionTimeout())
			return
		}
		s.Destroy(nodeerr.Aggregate("", ctx.errors))
		return
	}
	current := ctx.current
	ctx.current++
	if current > 0 {
		s.reinitializeHandle()
	}
	port, localPort := ctx.port, ctx.localPort
	address, addressType := ctx.addresses[current].Address, ctx.addresses[current].Family
	localAddress := ""
	if localPort != 0 {
		localAddress = defaultLocalAddress(addressType)
		if err := s.bindLocal(localAddress, localPort, addressType); err != 0 {
			ctx.errors = append(ctx.errors, nodeerr.Errno("bind", err, localAddress, localPort))
			s.internalConnectMultiple(ctx, false)
			return
		}
	}
	if s.blockList() != nil && s.blockList().Check(address, blockFamily(addressType)) {
		ex := errIPBlocked(address)
		ctx.errors = append(ctx.errors, ex)
		events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", address, port, addressType, ex)
		s.internalConnectMultiple(ctx, false)
		return
	}
	events.Emit3(&s.Emitter, "connectionAttempt", address, port, addressType)
	c := s.connState()
	c.setReq(address, port, addressType, localAddress, localPort)
	c.multi, c.attempt = ctx, current
	c.attempted = append(c.attempted, address+":"+strconv.Itoa(port))
	if err := s.connectTCP(address, port, addressType); err != 0 {
		c.multi = nil
		ex := nodeerr.Errno("connect", err, address, port)
		ex.Message += " - Local (" + s.socknameDetails() + ")"
		ctx.errors = append(ctx.errors, ex)
		events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", address, port, addressType, ex)
		s.internalConnectMultiple(ctx, false)
		return
	}
	if current < len(ctx.addresses)-1 {
		req := *c
		ctx.timer = s.loop.SetTimeout(func() { s.internalConnectMultipleTimeout(ctx, &req) }, ctx.timeout)
	}
}

// afterConnectMultiple is the completion of one attempt (net.js's
// afterConnectMultiple): on failure record the error and try the next
// address; on success finish the connect as afterConnect does.
func (s *Socket) afterConnectMultiple(ctx *autoSelectContext, current int, status syscall.Errno) {
	// Make sure another connection is not spawned.
	ctx.clearTimeout()
	// A connection that completed after its attempt timed out is ignored
	// (the attempt's descriptor is closed when it times out, so this does
	// not happen here; kept for the shape of Node's function).
	if status == 0 && current != ctx.current-1 {
		return
	}
	if status != 0 {
		ex := s.conn.connectionError(status)
		ctx.errors = append(ctx.errors, ex)
		events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", s.conn.addr, s.conn.port, s.conn.addrType, ex)
		// Try the next address, unless we were aborted.
		if s.isConnecting() {
			s.internalConnectMultiple(ctx, status == syscall.ECANCELED)
		}
		return
	}
	s.afterConnect(0)
}

// internalConnectMultipleTimeout is net.js's internalConnectMultipleTimeout:
// the attempt described by req took longer than the attempt timeout.
func (s *Socket) internalConnectMultipleTimeout(ctx *autoSelectContext, req *connectState) {
	ctx.timer = nil
	events.Emit3(&s.Emitter, "connectionAttemptTimeout", req.addr, req.port, req.addrType)
	// req.oncomplete = undefined; handle.close()
	if c := s.conn; c != nil && c.multi == ctx && c.attempt == req.attempt {
		c.multi = nil
		s.closeFD()
	}
	ctx.errors = append(ctx.errors, req.connectionError(syscall.ETIMEDOUT))
	// Try the next address, unless we were aborted.
	if s.isConnecting() {
		s.internalConnectMultiple(ctx, false)
	}
}

// reinitializeHandle is Socket.prototype[kReinitializeHandle] with a new
// TCP handle: the attempt's descriptor is closed (its connect request, if
// any, is dropped without a callback) and the socket starts afresh, ref'd
// as a new handle is.
func (s *Socket) reinitializeHandle() {
	s.closeFD()
	s.bytesRead, s.bytesWritten = 0, 0
	s.setFlag(fUVShut, false)
	s.uvWritable, s.reading = false, false
	s.undestroy()
	s.resetSockname()
	s.handle.Ref()
}

// closeFD closes the descriptor and its watcher, dropping a connect request
// in flight without completing it.
func (s *Socket) closeFD() {
	if s.inFlight(reqConnect) {
		s.endReq(reqConnect)
	}
	_ = s.watch.Close()
	if s.fd >= 0 {
		_ = sys.Close(s.fd)
		s.fd = -1
	}
	s.handle.Stop() // reading ends with the descriptor
}

// ---- errors -------------------------------------------------------------

// setReq records the connect request's fields (Node's TCPConnectWrap).
func (c *connectState) setReq(address string, port, addressType int, localAddress string, localPort int) {
	c.addr, c.port, c.addrType = address, port, addressType
	c.local, c.localPort = localAddress, localPort
	c.multi = nil
}

// connectionError is net.js's createConnectionError: the connect error of
// the request, with the local end when both its address and port are set.
func (c *connectState) connectionError(status syscall.Errno) *nodeerr.Error {
	ex := nodeerr.Errno("connect", status, c.addr, c.port)
	if c.local != "" && c.localPort != 0 {
		ex.Message += " - Local (" + c.local + ":" + strconv.Itoa(c.localPort) + ")"
		ex.LocalAddress, ex.LocalPort = c.local, c.localPort
	}
	return ex
}

// errInvalidAddressFamily is ERR_INVALID_ADDRESS_FAMILY with the host and
// port of the connect options (Node's options.host, undefined when not
// given).
func errInvalidAddressFamily(family int, host string, port int) *nodeerr.Error {
	h := host
	if h == "" {
		h = "undefined"
	}
	e := nodeerr.New(nodeerr.NameRangeError, "ERR_INVALID_ADDRESS_FAMILY",
		"Invalid address family: "+strconv.Itoa(family)+" "+h+":"+strconv.Itoa(port))
	e.Host, e.Port = host, port
	return e
}

func errSocketConnectionTimeout() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_SOCKET_CONNECTION_TIMEOUT", "Socket connection timeout")
}
