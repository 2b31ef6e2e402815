package netmod

// The dialer: one per Connect, carrying it from the host to a connection.
//
//	resolving ──► attempting ──► connected
//	                 │  ▲
//	                 ▼  │ (next candidate)
//	               failed
//
// resolving: the lookup of a host name is out (or, for an IP address, the
// next tick is awaited, so that listeners added after Connect see the
// attempt). attempting: one candidate address is being connected to; the
// socket's descriptor belongs to that attempt and its connect request is
// the socket's reqConnect. With several candidates (autoSelectFamily) an
// attempt that fails, or outlives the attempt timeout, gives way to the
// next candidate on a fresh descriptor; when none is left the socket is
// destroyed with every attempt's error in one AggregateError. A single
// candidate's failure destroys the socket with that error.
//
// Every asynchronous step reports to the dialer it started from; the
// dialer acts only while it is still its socket's (a new Connect replaces
// it) and the socket is still connecting (Destroy ends that), so a late
// answer or timer of an abandoned connect changes nothing.

import (
	"net/netip"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// dialPhase is where a connect is.
type dialPhase uint8

const (
	dialResolving  dialPhase = iota // waiting for the lookup or the next tick
	dialAttempting                  // a candidate is being connected to
	dialConnected                   // done: the socket is open
	dialFailed                      // done: the socket is (being) destroyed
)

// candidate is an address to connect to, as the lookup gave it.
type candidate struct {
	text   string // the address, as given (events and errors show it so)
	family int    // 4 or 6, as given
}

// dialer carries one connect; see the top of this file.
type dialer struct {
	s     *Socket
	phase dialPhase

	port int
	host string // the Host option as given ("" when absent), for errors
	name string // the name resolved ("localhost" for no Host)
	path string // the IPC path, for a path connect

	// the local end to bind to before connecting (TCP)
	local     string
	localPort int

	// the candidates when trying several, and the index of the next one
	cands   []candidate
	next    int
	multi   bool
	timeout time.Duration // each attempt's share when multi
	errs    []error       // the error of each attempt that failed, in order

	// the attempt under way
	cur      candidate
	curLocal string // the local address it was bound to ("" when not bound)
	seq      uint32 // counts attempts: a report for an older one is stale
	timer    *eventloop.Timer
}

// current reports whether d is still its socket's connect.
func (d *dialer) current() bool { return d.s.conn != nil && d.s.conn.dial == d }

// live reports whether d may still act: it is current, not done, and the
// socket is still connecting.
func (d *dialer) live() bool {
	return d.phase <= dialAttempting && d.current() && d.s.isConnecting()
}

// failSoon destroys the socket with err on the next tick, as the errors
// found after a lookup are reported.
func (d *dialer) failSoon(err error) {
	d.phase = dialFailed
	d.s.loop.NextTick(func() {
		if d.current() {
			d.s.Destroy(err)
		}
	})
}

// ---- resolving ----------------------------------------------------------

// start begins a TCP connect by its plan. sync says the socket adopted a
// bound descriptor: an IP address is then connected to at once, and only
// one address is ever tried (there is one descriptor).
func (d *dialer) start(lookup LookupFunc, p dialPlan, sync bool) {
	s := d.s
	d.name = p.host
	d.timeout = p.timeout
	if p.literal != 0 {
		d.cur = candidate{text: p.host, family: p.literal}
		if sync {
			d.attemptOnly(d.cur)
			return
		}
		s.loop.NextTickArg(tickDialLiteral, d)
		return
	}
	if lookup == nil {
		lookup = DNSLookup(s.loop)
	}
	answered := false
	lookup(p.host, p.lookup, func(err error, addrs []LookupAddress) {
		if answered {
			return // a lookup answers once
		}
		answered = true
		if p.lookup.All {
			d.onAnswers(err, addrs)
		} else {
			d.onAnswer(err, addrs)
		}
	})
}

// tickDialLiteral connects a dialer to its IP address (d.cur) on the tick
// after Connect, unless the connect is over by then.
func tickDialLiteral(a any) {
	if d := a.(*dialer); d.live() && !d.s.abortPending() {
		d.attemptOnly(d.cur)
	}
}

// onAnswer takes the answer of a lookup asked for one address. 'lookup'
// reports it even when the connect is over by then (as Node does), with
// what the lookup gave; only then is it checked.
func (d *dialer) onAnswer(err error, addrs []LookupAddress) {
	s := d.s
	s.abortPending()
	var a LookupAddress
	if err == nil && len(addrs) > 0 {
		a = addrs[0]
	}
	events.Emit4(&s.Emitter, "lookup", err, a.Address, a.Family, d.name)
	if !d.live() {
		return
	}
	if err != nil {
		d.failSoon(err)
		return
	}
	if err := d.answerError(a); err != nil {
		d.failSoon(err)
		return
	}
	s.unrefTimer()
	d.attemptOnly(candidate{text: a.Address, family: a.Family})
}

// onAnswers takes the answer of a lookup asked for every address: each
// is reported by 'lookup', then the usable ones are tried.
func (d *dialer) onAnswers(err error, addrs []LookupAddress) {
	s := d.s
	if s.abortPending() || !d.live() {
		return
	}
	if err != nil {
		events.Emit4(&s.Emitter, "lookup", err, "", 0, d.name)
		d.failSoon(err)
		return
	}
	for _, a := range addrs {
		events.Emit4[error](&s.Emitter, "lookup", nil, a.Address, a.Family, d.name)
	}
	if !d.live() {
		return
	}
	cands := interleave(usable(addrs))
	switch len(cands) {
	case 0:
		var first LookupAddress
		if len(addrs) > 0 {
			first = addrs[0]
		}
		d.failSoon(d.answerError(first))
	case 1:
		s.unrefTimer()
		d.attemptOnly(cands[0])
	default:
		d.multi = true
		d.cands = cands
		s.conn.attempted = make([]string, 0, len(cands))
		s.unrefTimer()
		d.attemptNext()
	}
}

// answerError is the error for an answer that cannot be connected to: an
// address that is not an IP address, or a family other than 4 and 6.
func (d *dialer) answerError(a LookupAddress) error {
	if blocklist.IsIP(a.Address) == 0 {
		return errInvalidIPAddress(orUndefined(a.Address))
	}
	if a.Family != 4 && a.Family != 6 {
		e := nodeerr.Coded("ERR_INVALID_ADDRESS_FAMILY", itoa(a.Family), orUndefined(d.host), itoa(d.port))
		e.Host, e.Port = d.host, d.port
		return e
	}
	return nil
}

// orUndefined is s, or "undefined" (how JavaScript shows a missing value)
// when s is empty.
func orUndefined(s string) string {
	if s == "" {
		return "undefined"
	}
	return s
}

// usable is the answers that can be tried — an IP address and a family
// of 4 or 6 — each address once.
func usable(addrs []LookupAddress) []candidate {
	out := make([]candidate, 0, len(addrs))
	seen := make(map[string]bool, len(addrs))
	for _, a := range addrs {
		if blocklist.IsIP(a.Address) == 0 || (a.Family != 4 && a.Family != 6) || seen[a.Address] {
			continue
		}
		seen[a.Address] = true
		out = append(out, candidate{text: a.Address, family: a.Family})
	}
	return out
}

// interleave orders the candidates for trying one at a time: alternating
// families, starting with the family of the first (RFC 8305 §4), each
// family keeping its own order; the rest of the longer family comes last.
func interleave(cs []candidate) []candidate {
	if len(cs) < 2 {
		return cs
	}
	var same, other []candidate
	for _, c := range cs {
		if c.family == cs[0].family {
			same = append(same, c)
		} else {
			other = append(other, c)
		}
	}
	out := make([]candidate, 0, len(cs))
	for i := 0; i < len(same) || i < len(other); i++ {
		if i < len(same) {
			out = append(out, same[i])
		}
		if i < len(other) {
			out = append(out, other[i])
		}
	}
	return out
}

// ---- attempting ---------------------------------------------------------

// attemptOnly connects to the one candidate there is: a local bind first,
// then 'connectionAttempt', the BlockList, and connect(2). Any failure
// destroys the socket; only one reported later says
// 'connectionAttemptFailed' first.
func (d *dialer) attemptOnly(c candidate) {
	s := d.s
	d.phase = dialAttempting
	d.cur, d.curLocal = c, ""
	if d.local != "" || d.localPort != 0 {
		if err := d.bindLocal(c); err != nil {
			d.phase = dialFailed
			s.Destroy(err)
			return
		}
	}
	events.Emit3(&s.Emitter, "connectionAttempt", c.text, d.port, c.family)
	if !d.live() {
		return
	}
	if d.blocked(c) {
		d.phase = dialFailed
		s.Destroy(errIPBlocked(c.text))
		return
	}
	if errno := d.connectTo(c); errno != 0 {
		d.phase = dialFailed
		s.Destroy(d.immediateError(errno))
	}
}

// attemptNext tries the next candidates of several until one is under
// way; failures before connect(2) is under way (a bind, the BlockList, a
// refusal by connect(2) itself) move straight on to the next. When none is
// left, the socket is destroyed with the AggregateError of them all.
func (d *dialer) attemptNext() {
	s := d.s
	for d.next < len(d.cands) {
		c := d.cands[d.next]
		d.next++
		d.phase = dialAttempting
		d.cur, d.curLocal = c, ""
		if d.localPort != 0 {
			if err := d.bindLocal(c); err != nil {
				d.errs = append(d.errs, err)
				d.dropAttempt()
				continue
			}
		}
		if d.blocked(c) {
			if !d.attemptFailed(c, errIPBlocked(c.text)) {
				return
			}
			continue
		}
		events.Emit3(&s.Emitter, "connectionAttempt", c.text, d.port, c.family)
		if !d.live() {
			return
		}
		s.conn.attempted = append(s.conn.attempted, c.text+":"+itoa(d.port))
		if errno := d.connectTo(c); errno != 0 {
			if !d.attemptFailed(c, d.immediateError(errno)) {
				return
			}
			continue
		}
		if d.next < len(d.cands) {
			seq := d.seq
			d.timer = s.loop.SetTimeout(func() { d.attemptTimedOut(seq) }, d.timeout).Unref()
		}
		return
	}
	d.phase = dialFailed
	s.Destroy(nodeerr.Aggregate("", d.errs))
}

// attemptTimedOut gives up the attempt seq when the attempt timeout
// passed before it ended: its error is ETIMEDOUT, and the next candidate
// is tried.
func (d *dialer) attemptTimedOut(seq uint32) {
	d.timer = nil
	s := d.s
	if !d.live() || d.seq != seq || !s.inFlight(reqConnect) {
		return
	}
	c := d.cur
	d.errs = append(d.errs, nodeerr.Errno("connect", syscall.ETIMEDOUT, c.text, d.port))
	d.dropAttempt()
	events.Emit3(&s.Emitter, "connectionAttemptTimeout", c.text, d.port, c.family)
	if d.live() {
		d.attemptNext()
	}
}

// stopTimer cancels the attempt timer, if any.
func (d *dialer) stopTimer() {
	if d.timer != nil {
		d.timer.Close()
		d.timer = nil
	}
}

// attemptFailed records the failure ex of the attempt on c, abandons it
// and tells the socket ('connectionAttemptFailed'). It reports whether the
// dialer is still the socket's live one (a listener may have ended it).
func (d *dialer) attemptFailed(c candidate, ex error) bool {
	d.errs = append(d.errs, ex)
	d.dropAttempt()
	events.Emit4[string, int, int, error](&d.s.Emitter, "connectionAttemptFailed", c.text, d.port, c.family, ex)
	return d.live()
}

// dropAttempt abandons the attempt under way: its connect request ends
// unreported and its descriptor is closed (the socket keeps its handle).
func (d *dialer) dropAttempt() {
	s := d.s
	d.stopTimer()
	if s.inFlight(reqConnect) {
		s.endReq(reqConnect)
	}
	if s.fd >= 0 {
		_ = s.watch.Close()
		_ = sys.Close(s.fd)
		s.fd = -1
	}
}

// blocked reports whether the socket's BlockList refuses c.
func (d *dialer) blocked(c candidate) bool {
	bl := d.s.blockList()
	if bl == nil {
		return false
	}
	fam := blocklist.IPv4
	if c.family == 6 {
		fam = blocklist.IPv6
	}
	return bl.Check(c.text, fam)
}

// openFD gives the socket a new descriptor of the family, watched by the
// loop.
func (d *dialer) openFD(family int) syscall.Errno {
	s := d.s
	domain := sys.AF_INET
	switch {
	case family == 0:
		domain = sys.AF_UNIX
	case family == 6:
		domain = sys.AF_INET6
	}
	fd, err := sys.Socket(domain, sys.SOCK_STREAM)
	if err != nil {
		return errnoOf(err)
	}
	if err := s.loop.WatchInto(&s.watch, fd, (*socketIO)(s)); err != nil {
		_ = sys.Close(fd)
		return watchErrno(err)
	}
	s.fd = fd
	return 0
}

// bindLocal binds a new descriptor for c to the local address and port
// (the unspecified address of c's family when only a port was given), as
// a listening socket is bound: SO_REUSEADDR first. The error is from
// "bind", naming the local end.
func (d *dialer) bindLocal(c candidate) error {
	s := d.s
	addr := d.local
	if addr == "" {
		addr = "0.0.0.0"
		if c.family == 6 {
			addr = "::"
		}
	}
	if s.fd < 0 {
		if errno := d.openFD(c.family); errno != 0 {
			return nodeerr.Errno("bind", errno, addr, d.localPort)
		}
	}
	ip, _ := netip.ParseAddr(addr)
	err := sys.SetReuseAddr(s.fd, true)
	if err == nil {
		err = sys.Bind(s.fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(d.localPort))))
	}
	if err == syscall.EAFNOSUPPORT {
		err = syscall.EINVAL // an address of the other family, as Node reports it
	}
	if err != nil {
		return nodeerr.Errno("bind", errnoOf(err), addr, d.localPort)
	}
	d.curLocal = addr
	return nil
}

// maxConnectRetries bounds the retries of a connect(2) interrupted by a
// signal.
const maxConnectRetries = 16

// connectFD is connect(2), made again when a signal interrupted it
// before it started.
func connectFD(fd int, sa sys.Sockaddr) error {
	err := sys.Connect(fd, sa)
	for i := 0; err == syscall.EINTR && i < maxConnectRetries; i++ {
		err = sys.Connect(fd, sa)
	}
	return err
}

// connectTo starts connect(2) to c on the socket's descriptor (a new one
// if it has none). It returns the errno of a failure found at once;
// otherwise the connect request is in flight and ends in finishConnect —
// or, for a refusal the kernel gave at once, from the pending queue, as a
// connect that failed later would. An address that is not of the family
// given with it is EINVAL, before any descriptor is made.
func (d *dialer) connectTo(c candidate) syscall.Errno {
	s := d.s
	ip, err := netip.ParseAddr(c.text)
	if err != nil || ip.Is4() != (c.family == 4) {
		return syscall.EINVAL
	}
	if s.fd < 0 {
		if errno := d.openFD(c.family); errno != 0 {
			return errno
		}
	}
	s.family = uint8(c.family)
	return d.startRequest(connectFD(s.fd, sys.SockaddrOf(netip.AddrPortFrom(ip, uint16(d.port)))), true)
}

// startRequest makes the connect request of an attempt whose connect(2)
// returned err. For TCP every error but a refusal fails at once; a
// refusal, and any failure of a path, is reported from the pending queue.
func (d *dialer) startRequest(err error, tcp bool) syscall.Errno {
	s := d.s
	d.seq++
	switch {
	case err == nil || err == syscall.EINPROGRESS:
		s.beginReq(reqConnect)
		s.updateInterest()
		return 0
	case tcp && err != syscall.ECONNREFUSED:
		return errnoOf(err)
	}
	// A failure known now, reported as if it came later. The descriptor is
	// not watched for it: its SO_ERROR is spent.
	errno := errnoOf(err)
	seq := d.seq
	s.beginReq(reqConnect)
	s.loop.QueuePending(func() {
		if d.current() && d.seq == seq && s.inFlight(reqConnect) {
			s.endReq(reqConnect)
			s.connectDone(errno)
		}
	})
	return 0
}

// ---- the end of an attempt ---------------------------------------------

// finishConnect ends the connect request in flight once the descriptor
// reports writable or an error: SO_ERROR tells how connect(2) ended.
func (s *Socket) finishConnect() {
	var errno syscall.Errno
	if err := sys.SocketError(s.fd); err != nil {
		errno = errnoOf(err)
	}
	if errno == syscall.EINPROGRESS || errno == syscall.EALREADY {
		return // not over yet
	}
	s.endReq(reqConnect)
	s.updateInterest()
	s.connectDone(errno)
}

// connectDone takes the end of the socket's connect request: errno 0 for
// a connection, else the failure (ECANCELED when the handle was closed
// under it).
func (s *Socket) connectDone(errno syscall.Errno) {
	if s.conn == nil || s.conn.dial == nil {
		return
	}
	d := s.conn.dial
	if d.phase != dialAttempting {
		return
	}
	d.stopTimer()
	if errno == 0 {
		if !s.abortPending() && d.live() {
			d.connected()
		}
		return
	}
	ex := d.laterError(errno)
	c := d.cur
	if !d.multi {
		// A connect the socket's destruction cancelled has nothing to say.
		if !s.Destroyed() {
			d.phase = dialFailed
			events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", c.text, d.port, c.family, ex)
			s.Destroy(ex)
		}
		return
	}
	events.Emit4[string, int, int, error](&s.Emitter, "connectionAttemptFailed", c.text, d.port, c.family, ex)
	if !d.live() {
		d.phase = dialFailed
		return
	}
	d.errs = append(d.errs, ex)
	d.dropAttempt()
	d.attemptNext()
}

// connected opens the socket on the attempt's descriptor: the options
// that wait for a connection are applied, then 'connect' and 'ready', and
// reading starts unless the socket is paused.
func (d *dialer) connected() {
	s := d.s
	d.phase = dialConnected
	s.state = stateOpen
	s.writeSideOpen = true
	s.resetSockname()
	if !s.pipe && s.fd >= 0 {
		if s.flag(fNoDelay) {
			_ = sys.SetNoDelay(s.fd, true)
		}
		if s.flag(fKeepAlive) {
			iv, n := s.keepAliveProbes()
			_ = sys.SetKeepAlive(s.fd, true, s.keepAliveDelay(), iv, n)
		}
		if t := s.tos(); t != nil {
			_ = sys.SetTOS(s.fd, s.domain(), *t)
		}
	}
	s.unrefTimer()
	events.Emit0(&s.Emitter, "connect")
	events.Emit0(&s.Emitter, "ready")
	if s.state == stateOpen && !s.IsPaused() {
		s.read(0)
	}
}

// target is the address and port the attempt under way connects to, as
// errors name them (a path has no port).
func (d *dialer) target() (string, int) {
	if d.path != "" {
		return d.path, 0
	}
	return d.cur.text, d.port
}

// immediateError is the error of a connect(2) that failed at once: it
// names the local end as the descriptor has it ("undefined:undefined"
// when it has none, or for a path).
func (d *dialer) immediateError(errno syscall.Errno) *nodeerr.Error {
	addr, port := d.target()
	ex := nodeerr.Errno("connect", errno, addr, port)
	local := "undefined:undefined"
	if s := d.s; d.path == "" && s.fd >= 0 {
		if sa, err := sys.LocalAddr(s.fd); err == nil {
			ap := sys.AddrPortOf(sa)
			local = ap.Addr().String() + ":" + itoa(int(ap.Port()))
		}
	}
	ex.Message += " - Local (" + local + ")"
	return ex
}

// laterError is the error of a connect request that failed: it names the
// local end only when the attempt was bound to a known address and port.
func (d *dialer) laterError(errno syscall.Errno) *nodeerr.Error {
	addr, port := d.target()
	ex := nodeerr.Errno("connect", errno, addr, port)
	if d.curLocal != "" && d.localPort != 0 {
		ex.Message += " - Local (" + d.curLocal + ":" + itoa(d.localPort) + ")"
		ex.LocalAddress, ex.LocalPort = d.curLocal, d.localPort
	}
	return ex
}

// ---- paths --------------------------------------------------------------

// dialPath connects to a Unix domain socket (or, where they exist, a
// Windows named pipe): 'connectionAttempt' at once, then connect(2). A
// name the system cannot take fails at once; every other failure comes
// from the pending queue.
func (d *dialer) dialPath(path string) {
	s := d.s
	d.path = path
	d.phase = dialAttempting
	d.cur = candidate{text: path}
	events.Emit3(&s.Emitter, "connectionAttempt", path, 0, 0)
	if !d.live() {
		return
	}
	if isWindowsPipePath(path) {
		s.windowsPipeConnect(path)
		return
	}
	sa, err := sys.UnixSockaddr(path)
	if err == nil && s.fd < 0 {
		if errno := d.openFD(0); errno != 0 {
			err = errno
		}
	}
	if err != nil {
		d.phase = dialFailed
		s.Destroy(d.immediateError(errnoOf(err)))
		return
	}
	d.startRequest(connectFD(s.fd, sa), false)
}
