package netmod

import (
	"net/netip"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// AddressInfo is what Node's address() returns for an IP socket.
type AddressInfo struct {
	Address string
	// Family is "IPv4" or "IPv6".
	Family string
	Port   int
	// Path is set, and nothing else, for an IPC server (one that listened
	// on ListenOptions.Path), where Node's server.address() returns the
	// path string instead of an object.
	Path string
}

func addressInfo(ap netip.AddrPort) AddressInfo {
	a := ap.Addr()
	fam := "IPv4"
	if a.Is6() {
		fam = "IPv6"
	}
	return AddressInfo{Address: a.String(), Family: fam, Port: int(ap.Port())}
}

func nodeErrAlreadyFinished() *nodeerr.Error {
	return nodeerr.New(nodeerr.NameError, "ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished")
}

// SetNoDelay turns Nagle's algorithm off (true, the value Node assumes
// when the argument is omitted) or on (Node's socket.setNoDelay). Before
// the socket has a descriptor the choice is remembered and applied once
// connected.
func (s *Socket) SetNoDelay(noDelay bool) *Socket {
	if !s.hasHandle() {
		s.setFlag(fNoDelay, noDelay)
		return s
	}
	if s.pipe {
		return s // a Pipe handle has no setNoDelay
	}
	if noDelay != s.flag(fNoDelay) {
		s.setFlag(fNoDelay, noDelay)
		if s.fd >= 0 {
			_ = sys.SetNoDelay(s.fd, noDelay)
		}
	}
	return s
}

// KeepAliveOptions is the options-object form of SetKeepAlive.
type KeepAliveOptions struct {
	// Enable turns keep-alive on or off.
	Enable bool
	// InitialDelay before the first probe (whole seconds, as Node; 0: the
	// system's).
	InitialDelay time.Duration
	// Interval between probes and Count of probes (0: the system's).
	Interval time.Duration
	Count    int
}

// SetKeepAlive enables or disables TCP keep-alive (Node's
// socket.setKeepAlive(enable, initialDelay)); initialDelay is truncated to
// whole seconds as in Node (0 keeps the system default).
func (s *Socket) SetKeepAlive(enable bool, initialDelay time.Duration) *Socket {
	return s.SetKeepAliveOptions(KeepAliveOptions{Enable: enable, InitialDelay: initialDelay})
}

// SetKeepAliveOptions is SetKeepAlive with the interval and the probe
// count (Node's socket.setKeepAlive(options)).
func (s *Socket) SetKeepAliveOptions(o KeepAliveOptions) *Socket {
	d := max(o.InitialDelay.Truncate(time.Second), 0)
	iv := max(o.Interval.Truncate(time.Second), 0)
	if !s.hasHandle() {
		s.setKeepAliveState(o.Enable, d, iv, o.Count)
		return s
	}
	if s.pipe {
		return s // a Pipe handle has no setKeepAlive
	}
	if piv, pc := s.keepAliveProbes(); o.Enable != s.flag(fKeepAlive) || (o.Enable && (keepAliveSeconds(d) != s.keepAliveSecs() || iv != piv || o.Count != pc)) {
		s.setKeepAliveState(o.Enable, d, iv, o.Count)
		if s.fd >= 0 {
			_ = sys.SetKeepAlive(s.fd, o.Enable, d, iv, o.Count)
		}
	}
	return s
}

// SetTypeOfService sets the IP TOS / IPv6 traffic class (Node's
// socket.setTypeOfService). A value outside 0-255 is ERR_OUT_OF_RANGE; a
// failing setsockopt (for instance while connecting, before the socket has
// a descriptor: EBADF) is a system error, as Node throws them. Without a
// handle the value is remembered and applied once connected; on an IPC
// socket it is only remembered.
func (s *Socket) SetTypeOfService(tos int) error {
	if tos < 0 || tos > 255 {
		return nodeerr.OutOfRange("tos", ">= 0 && <= 255", itoa(tos))
	}
	if !s.hasHandle() || s.pipe {
		// A Pipe handle has no setTypeOfService: the value is only kept.
		t := tos
		s.extra().tos = &t
		return nil
	}
	if p := s.tos(); p == nil || *p != tos {
		t := tos
		s.extra().tos = &t
		if s.fd < 0 {
			return nodeerr.Errno("setTypeOfService", syscall.EBADF, "", 0)
		}
		if err := sys.SetTOS(s.fd, s.domain(), tos); err != nil {
			return nodeerr.Errno("setTypeOfService", errnoOf(err), "", 0)
		}
	}
	return nil
}

// GetTypeOfService returns the TOS byte (Node's socket.getTypeOfService):
// the remembered value (or 0) without a handle or on an IPC socket, else
// what the socket has;
// EBADF while connecting, before the socket has a descriptor.
func (s *Socket) GetTypeOfService() (int, error) {
	if !s.hasHandle() || s.pipe {
		if p := s.tos(); p != nil {
			return *p, nil
		}
		return 0, nil
	}
	if s.fd < 0 {
		return 0, nodeerr.Errno("getTypeOfService", syscall.EBADF, "", 0)
	}
	v, err := sys.GetTOS(s.fd, s.domain())
	if err != nil {
		return 0, nodeerr.Errno("getTypeOfService", errnoOf(err), "", 0)
	}
	return v, nil
}

// Ref makes the socket keep the loop alive (the default). Without a
// handle it waits for 'connect', as Node does.
func (s *Socket) Ref() *Socket {
	if !s.hasHandle() {
		s.Emitter.Once("connect", s.refNow)
		return s
	}
	s.handle.Ref()
	return s
}

func (s *Socket) refNow() { s.Ref() }

// Unref lets the loop end while the socket is open. Without a handle it
// waits for 'connect', as Node does.
func (s *Socket) Unref() *Socket {
	if !s.hasHandle() {
		s.Emitter.Once("connect", s.unrefNow)
		return s
	}
	s.handle.Unref()
	return s
}

func (s *Socket) unrefNow() { s.Unref() }

// HasRef reports whether the socket keeps the loop alive.
func (s *Socket) HasRef() bool { return s.handle.HasRef() }

// SetEncoding makes 'data' deliver strings decoded with encoding ("utf8",
// "utf-8", "latin1"/"binary", "ascii", "hex", "base64", "base64url",
// "ucs2"/"utf16le"), as readable.setEncoding. 'data' listeners must then
// take a string.
func (s *Socket) SetEncoding(encoding string) error {
	d, err := newDecoder(encoding)
	if err != nil {
		return err
	}
	r := &s.r
	r.decoder = d
	// Re-decode what is already buffered.
	var out []byte
	for _, c := range r.chunks[r.head:] {
		out = append(out, d.write(c)...)
	}
	if r.ended() {
		out = append(out, d.end()...)
	}
	clear(r.chunks)
	r.chunks, r.head, r.length = r.chunks[:0], 0, 0
	if len(out) > 0 {
		r.add(out)
	}
	return nil
}

// Address returns the bound address (Node's socket.address()); ok is false
// when Node returns {} (no handle, or no descriptor yet).
func (s *Socket) Address() (AddressInfo, bool) {
	if b := s.bound(); b != nil && b.path != "" {
		return AddressInfo{Address: b.path}, true
	}
	ap, ok := s.getsockname()
	if !ok {
		return AddressInfo{}, false
	}
	return addressInfo(ap), true
}

// getsockname is the socket's local address (cached until the socket
// connects or closes; a failure is cached too).
func (s *Socket) getsockname() (netip.AddrPort, bool) {
	if !s.hasHandle() || s.pipe {
		return netip.AddrPort{}, false
	}
	c := &s.caches().sockname
	if !c.set {
		c.set = true
		if s.fd >= 0 {
			if sa, err := sys.LocalAddr(s.fd); err == nil {
				c.ap, c.ok = sys.AddrPortOf(sa), true
			}
		}
	}
	return c.ap, c.ok
}

// getpeername is the socket's peer address: the peer's address is
// cached once read, and stays readable after the socket is destroyed.
func (s *Socket) getpeername() (netip.AddrPort, bool) {
	if s.pipe {
		// A Pipe handle has no getpeername: Node reports undefined.
		return netip.AddrPort{}, false
	}
	if !s.hasHandle() || s.isConnecting() || s.fd < 0 {
		if s.addrs == nil {
			return netip.AddrPort{}, false
		}
		return s.addrs.peername.ap, s.addrs.peername.ok
	}
	c := &s.caches().peername
	if !c.ok {
		sa, err := sys.PeerAddr(s.fd)
		if err != nil {
			return netip.AddrPort{}, false
		}
		c.ap, c.ok, c.set = sys.AddrPortOf(sa), true, true
	}
	return c.ap, true
}

// RemoteAddress is the peer's address, "" when unknown (Node's undefined).
func (s *Socket) RemoteAddress() string {
	if ap, ok := s.getpeername(); ok {
		return ap.Addr().String()
	}
	return ""
}

// RemotePort is the peer's port, 0 when unknown.
func (s *Socket) RemotePort() int {
	if ap, ok := s.getpeername(); ok {
		return int(ap.Port())
	}
	return 0
}

// RemoteFamily is "IPv4" or "IPv6", "" when unknown.
func (s *Socket) RemoteFamily() string {
	if ap, ok := s.getpeername(); ok {
		return addressInfo(ap).Family
	}
	return ""
}

// LocalAddress is the local address, "" when unknown; for a socket that
// adopted a BoundSocket bound to a path, that path.
func (s *Socket) LocalAddress() string {
	if b := s.bound(); b != nil && b.path != "" {
		return b.path
	}
	if ap, ok := s.getsockname(); ok {
		return ap.Addr().String()
	}
	return ""
}

// LocalPort is the local port, 0 when unknown.
func (s *Socket) LocalPort() int {
	if ap, ok := s.getsockname(); ok {
		return int(ap.Port())
	}
	return 0
}

// LocalFamily is "IPv4" or "IPv6", "" when unknown.
func (s *Socket) LocalFamily() string {
	if ap, ok := s.getsockname(); ok {
		return addressInfo(ap).Family
	}
	return ""
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// keepAliveProbes returns the keep-alive interval and probe count asked
// for (0: the system's).
func (s *Socket) keepAliveProbes() (time.Duration, int) {
	if s.x == nil {
		return 0, 0
	}
	return s.x.keepAliveInterval, s.x.keepAliveCount
}

// setKeepAliveState records the keep-alive settings to apply once
// connected: on or off, the initial delay, the interval and probe count.
func (s *Socket) setKeepAliveState(enable bool, delay, interval time.Duration, count int) {
	s.setFlag(fKeepAlive, enable)
	s.setKeepAliveSecs(keepAliveSeconds(delay))
	if interval != 0 || count != 0 || s.x != nil {
		x := s.extra()
		x.keepAliveInterval, x.keepAliveCount = interval, count
	}
}
