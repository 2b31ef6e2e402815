package netmod

import (
	"context"
	"net/netip"
	"syscall"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// AddressInfo is what Node's address() returns for an IP socket.
type AddressInfo struct {
	Address string
	// Family is "IPv4" or "IPv6".
	Family string
	Port   int
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

func eventloopHandle() eventloop.Handle { return eventloop.Handle{} }

// SetNoDelay turns Nagle's algorithm off (true, the default argument in
// Node) or on. Before connecting it is remembered and applied on connect.
func (s *Socket) SetNoDelay(noDelay bool) *Socket {
	if s.fd < 0 || s.connecting {
		s.noDelay = noDelay
		return s
	}
	if noDelay != s.noDelay || noDelay {
		s.noDelay = noDelay
		_ = sys.SetNoDelay(s.fd, noDelay)
	}
	return s
}

// KeepAliveOptions is the options-object form of SetKeepAlive.
type KeepAliveOptions struct {
	Enable       bool
	InitialDelay time.Duration
	// Interval between probes and Count of probes (0: the system's).
	Interval time.Duration
	Count    int
}

// SetKeepAlive enables or disables TCP keep-alive; initialDelay is whole
// seconds as in Node (0 keeps the system default).
func (s *Socket) SetKeepAlive(enable bool, initialDelay time.Duration) *Socket {
	return s.SetKeepAliveOptions(KeepAliveOptions{Enable: enable, InitialDelay: initialDelay})
}

// SetKeepAliveOptions is SetKeepAlive with interval and probe count.
func (s *Socket) SetKeepAliveOptions(o KeepAliveOptions) *Socket {
	d := o.InitialDelay.Truncate(time.Second)
	if d < 0 {
		d = 0
	}
	if s.fd < 0 || s.connecting {
		s.keepAlive = o.Enable
		s.keepAliveDelay = d
		return s
	}
	s.keepAlive = o.Enable
	s.keepAliveDelay = d
	_ = sys.SetKeepAlive(s.fd, o.Enable, d, o.Interval, o.Count)
	return s
}

// SetTypeOfService sets the IP TOS / IPv6 traffic class (0-255). Before
// connecting it is applied on connect.
func (s *Socket) SetTypeOfService(tos int) error {
	if tos < 0 || tos > 255 {
		return nodeerr.OutOfRange("tos", ">= 0 && <= 255", itoa(tos))
	}
	if s.fd < 0 || s.connecting {
		t := tos
		s.tos = &t
		return nil
	}
	if err := sys.SetTOS(s.fd, s.domain(), tos); err != nil {
		return nodeerr.Errno("setTypeOfService", errnoOf(err), "", 0)
	}
	t := tos
	s.tos = &t
	return nil
}

// GetTypeOfService returns the TOS byte (the pending value before connect).
func (s *Socket) GetTypeOfService() (int, error) {
	if s.fd < 0 || s.connecting {
		if s.tos != nil {
			return *s.tos, nil
		}
		return 0, nil
	}
	v, err := sys.GetTOS(s.fd, s.domain())
	if err != nil {
		return 0, nodeerr.Errno("getTypeOfService", errnoOf(err), "", 0)
	}
	return v, nil
}

// Ref makes the socket keep the loop alive (the default).
func (s *Socket) Ref() *Socket {
	s.handle.Ref()
	return s
}

// Unref lets the loop end while the socket is open.
func (s *Socket) Unref() *Socket {
	s.handle.Unref()
	return s
}

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
	for _, c := range r.buffer {
		out = append(out, d.write(c)...)
	}
	if r.ended {
		out = append(out, d.end()...)
	}
	r.buffer = r.buffer[:0]
	r.length = len(out)
	if len(out) > 0 {
		r.buffer = append(r.buffer, out)
	}
	return nil
}

// Address returns the bound address (Node's socket.address()); ok is false
// when the socket has no descriptor.
func (s *Socket) Address() (AddressInfo, bool) {
	ap, ok := s.sockname()
	if !ok {
		return AddressInfo{}, false
	}
	return addressInfo(ap), true
}

func (s *Socket) sockname() (netip.AddrPort, bool) {
	if s.fd < 0 {
		return netip.AddrPort{}, false
	}
	if !s.haveLocal {
		sa, err := sys.LocalAddr(s.fd)
		if err != nil {
			return netip.AddrPort{}, false
		}
		s.local = sys.AddrPortOf(sa)
		s.haveLocal = true
	}
	return s.local, true
}

func (s *Socket) peername() (netip.AddrPort, bool) {
	if s.fd < 0 || s.connecting {
		return s.remote, s.haveRemote
	}
	if !s.haveRemote {
		sa, err := sys.PeerAddr(s.fd)
		if err != nil {
			return netip.AddrPort{}, false
		}
		s.remote = sys.AddrPortOf(sa)
		s.haveRemote = true
	}
	return s.remote, true
}

// RemoteAddress is the peer's address, "" when unknown (Node's undefined).
func (s *Socket) RemoteAddress() string {
	if ap, ok := s.peername(); ok {
		return ap.Addr().String()
	}
	return ""
}

// RemotePort is the peer's port, 0 when unknown.
func (s *Socket) RemotePort() int {
	if ap, ok := s.peername(); ok {
		return int(ap.Port())
	}
	return 0
}

// RemoteFamily is "IPv4" or "IPv6", "" when unknown.
func (s *Socket) RemoteFamily() string {
	if ap, ok := s.peername(); ok {
		return addressInfo(ap).Family
	}
	return ""
}

// LocalAddress is the local address, "" when unknown.
func (s *Socket) LocalAddress() string {
	if ap, ok := s.sockname(); ok {
		return ap.Addr().String()
	}
	return ""
}

// LocalPort is the local port, 0 when unknown.
func (s *Socket) LocalPort() int {
	if ap, ok := s.sockname(); ok {
		return int(ap.Port())
	}
	return 0
}

// LocalFamily is "IPv4" or "IPv6", "" when unknown.
func (s *Socket) LocalFamily() string {
	if ap, ok := s.sockname(); ok {
		return addressInfo(ap).Family
	}
	return ""
}

func (s *Socket) watchSignal(ctx context.Context) {
	if ctx.Err() != nil {
		s.loop.NextTick(func() { s.Destroy(nodeerr.Abort(context.Cause(ctx))) })
		return
	}
	stop := context.AfterFunc(ctx, func() {
		_ = s.loop.Post(func() { s.Destroy(nodeerr.Abort(context.Cause(ctx))) })
	})
	s.Emitter.Once("close", func(bool) { stop() })
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

var _ = syscall.AF_INET
