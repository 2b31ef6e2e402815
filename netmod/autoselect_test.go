package netmod

import (
	"errors"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

// The defaults are Node 26's (on, 500 ms); the setter validates as
// validateInt32(value, 'value', 1) and raises values below 10 ms to 10 ms.
func TestAutoSelectFamilyDefaults(t *testing.T) {
	defer SetDefaultAutoSelectFamily(true)
	defer func() { _ = SetDefaultAutoSelectFamilyAttemptTimeout(defaultAttemptTimeout) }()
	assert.True(t, GetDefaultAutoSelectFamily())
	assert.Equal(t, 500*time.Millisecond, GetDefaultAutoSelectFamilyAttemptTimeout())
	SetDefaultAutoSelectFamily(false)
	assert.False(t, GetDefaultAutoSelectFamily())

	require.NoError(t, SetDefaultAutoSelectFamilyAttemptTimeout(time.Millisecond))
	assert.Equal(t, 10*time.Millisecond, GetDefaultAutoSelectFamilyAttemptTimeout())
	require.NoError(t, SetDefaultAutoSelectFamilyAttemptTimeout(2147483647*time.Millisecond))
	assert.Equal(t, 2147483647*time.Millisecond, GetDefaultAutoSelectFamilyAttemptTimeout())

	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{0, "It must be >= 1 && <= 2147483647. Received 0"},
		{-5 * time.Millisecond, "It must be >= 1 && <= 2147483647. Received -5"},
		{2500 * time.Microsecond, "It must be an integer. Received 2.5"},
		{(1 << 33) * time.Millisecond, "It must be >= 1 && <= 2147483647. Received 8_589_934_592"},
	} {
		err := SetDefaultAutoSelectFamilyAttemptTimeout(c.d)
		var e *nodeerr.Error
		require.True(t, errors.As(err, &e), "%v", c.d)
		assert.Equal(t, "ERR_OUT_OF_RANGE", e.Code)
		assert.Equal(t, nodeerr.NameRangeError, e.Name)
		assert.Equal(t, `The value of "value" is out of range. `+c.want, e.Message)
	}
	// A rejected value changes nothing.
	assert.Equal(t, 2147483647*time.Millisecond, GetDefaultAutoSelectFamilyAttemptTimeout())
}

func TestJSNumber(t *testing.T) {
	t.Parallel()
	for f, want := range map[float64]string{0: "0", 1.5: "1.5", -1: "-1", 4294967296: "4294967296",
		4294967297: "4_294_967_297", -1e12: "-1_000_000_000_000", 1e12 + 0.5: "1000000000000.5"} {
		assert.Equal(t, want, jsNumber(f), "%v", f)
	}
}

// dns.lookup's synchronous checks: hints first (as hints >>> 0), then the
// family.
func TestValidateDNSOptions(t *testing.T) {
	t.Parallel()
	assert.NoError(t, validateDNSOptions(0, 0))
	assert.NoError(t, validateDNSOptions(6, HintV4Mapped|HintAll|HintAddrConfig))
	assert.Equal(t, "The argument 'hints' is invalid. Received 4294967295", validateDNSOptions(9, -1).Error())
	assert.Equal(t, "The property 'options.family' must be one of: 0, 4, 6. Received 5", validateDNSOptions(5, 0).Error())
}

func TestV4Mapped(t *testing.T) {
	t.Parallel()
	in := []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")}
	assert.Equal(t, "[::1]", addrList(v4Mapped(in, false)))
	assert.Equal(t, "[::1 ::ffff:127.0.0.1]", addrList(v4Mapped(in, true)))
	assert.Equal(t, "[::ffff:127.0.0.1]", addrList(v4Mapped(in[:1], false)))
}

func addrList(as []netip.Addr) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
	}
	return "[" + strings.Join(s, " ") + "]"
}

// The default lookup resolves off the loop (localhost comes from the hosts
// file: no DNS query leaves the machine) and answers with every address
// when asked; resolver failures become Node's getaddrinfo errors.
func TestDNSLookup(t *testing.T) {
	loop := testutil.Loop(t)
	var got []string
	DNSLookup(loop)("localhost", LookupOptions{Family: 4, All: true}, func(err error, as []LookupAddress) {
		require.NoError(t, err)
		for _, a := range as {
			got = append(got, a.Address+"/"+strconv.Itoa(a.Family))
		}
	})
	testutil.Run(t, loop, 10*time.Second)
	assert.Contains(t, got, "127.0.0.1/4")

	failed := lookupError(&net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}, "nowhere.invalid")
	var e *nodeerr.Error
	require.True(t, errors.As(failed, &e), "%v", failed)
	assert.Equal(t, "ENOTFOUND", e.Code)
	assert.Equal(t, "getaddrinfo ENOTFOUND nowhere.invalid", e.Message)
	assert.Equal(t, "nowhere.invalid", e.Hostname)
	assert.Equal(t, "getaddrinfo", e.Syscall)
	timeout := lookupError(&net.DNSError{Err: "timeout", Name: "slow.test", IsTimeout: true}, "slow.test")
	assert.Equal(t, "getaddrinfo EAI_AGAIN slow.test", timeout.Error())
}

// unanswered returns the port of a listener on 127.0.0.1 whose accept queue
// is full, so that a SYN to it gets no answer, and a func to close it.
func unanswered(t *testing.T) (int, func()) {
	t.Helper()
	fd, err := sys.Socket(syscall.AF_INET, syscall.SOCK_STREAM)
	require.NoError(t, err)
	require.NoError(t, sys.Bind(fd, sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:0"))))
	require.NoError(t, sys.Listen(fd, 0))
	sa, err := sys.LocalAddr(fd)
	require.NoError(t, err)
	ap := sys.AddrPortOf(sa)
	fds := []int{fd}
	// Fill the queue: blocking connects that complete in the kernel.
	for i := 0; i < 2; i++ {
		c, err := sys.Socket(syscall.AF_INET, syscall.SOCK_STREAM)
		require.NoError(t, err)
		fds = append(fds, c)
		err = sys.Connect(c, sys.SockaddrOf(ap))
		require.True(t, err == nil || err == syscall.EINPROGRESS, "%v", err)
	}
	return int(ap.Port()), func() {
		for _, f := range fds {
			_ = sys.Close(f)
		}
	}
}

// Happy eyeballs end to end: an unanswered attempt times out, a refused one
// fails, the third connects; the events come in Node's order with Node's
// arguments, and the attempted addresses are recorded.
func TestAutoSelectFamilyAttempts(t *testing.T) {
	port, closeListener := unanswered(t)
	defer closeListener()
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.Destroy(nil) })
	var log []string
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.3", Port: port}, func() {
		lookup := func(host string, o LookupOptions, cb func(error, []LookupAddress)) {
			log = append(log, "lookup "+host+" all="+strconv.FormatBool(o.All)+" hints="+strconv.Itoa(o.Hints))
			cb(nil, []LookupAddress{{"127.0.0.1", 4}, {"::ffff:127.0.0.2", 6}, {"127.0.0.3", 4}})
		}
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "he.test", Port: port, Lookup: lookup,
			AutoSelectFamilyAttemptTimeout: 50 * time.Millisecond}, nil)
		require.NoError(t, err)
		c.On("connectionAttempt", func(a string, p, f int) { log = append(log, "attempt "+a+" "+strconv.Itoa(f)) })
		c.On("connectionAttemptTimeout", func(a string, p, f int) { log = append(log, "timeout "+a) })
		c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
			log = append(log, "failed "+a+" "+nodeerr.Code(e))
		})
		c.OnConnect(func() {
			log = append(log, "connect "+c.RemoteAddress())
			c.Destroy(nil)
			srv.Close(nil)
		})
	}))
	testutil.Run(t, loop, 10*time.Second)
	assert.Equal(t, []string{
		"lookup he.test all=true hints=" + strconv.Itoa(HintAddrConfig),
		// the first attempt started within Connect (a synchronous lookup),
		// before the listener was added
		"timeout 127.0.0.1",
		"attempt ::ffff:127.0.0.2 6",
		"failed ::ffff:127.0.0.2 ECONNREFUSED",
		"attempt 127.0.0.3 4",
		"connect 127.0.0.3",
	}, log)
}

// With several addresses and every attempt failing, the error is one
// AggregateError that unwraps to each attempt's error; a single address is
// connected as without autoSelectFamily (no attempted addresses).
func TestAutoSelectFamilyAggregate(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	probe := CreateServer(loop, ServerOptions{}, nil)
	var agg, single error
	var singleAttempted []string
	require.NoError(t, probe.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := probe.Address()
		port := a.Port
		probe.Close(func(error) {
			two := func(_ string, _ LookupOptions, cb func(error, []LookupAddress)) {
				cb(nil, []LookupAddress{{"127.0.0.1", 4}, {"127.0.0.2", 4}})
			}
			c, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "x.test", Port: port, Lookup: two}, nil)
			require.NoError(t, err)
			c.OnError(func(err error) { agg = err })
			one := func(_ string, _ LookupOptions, cb func(error, []LookupAddress)) {
				cb(nil, []LookupAddress{{"127.0.0.1", 4}})
			}
			d, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "x.test", Port: port, Lookup: one}, nil)
			require.NoError(t, err)
			d.OnError(func(err error) { single = err; singleAttempted = d.AutoSelectFamilyAttemptedAddresses() })
		})
	}))
	testutil.Run(t, loop, 10*time.Second)
	var e *nodeerr.Error
	require.True(t, errors.As(agg, &e))
	assert.Equal(t, nodeerr.NameAggregateError, e.Name)
	assert.Equal(t, "ECONNREFUSED", e.Code)
	assert.Equal(t, "", e.Message)
	require.Len(t, e.Errors, 2)
	assert.True(t, errors.Is(agg, syscall.ECONNREFUSED))
	assert.Equal(t, "127.0.0.2", e.Errors[1].(*nodeerr.Error).Address)
	assert.Equal(t, "ECONNREFUSED", nodeerr.Code(single))
	assert.Nil(t, singleAttempted)
}

// A socket destroyed during the lookup: the single form still reports
// 'lookup', the multiple form reports nothing (Node checks connecting
// before emitting there).
func TestLookupAfterDestroy(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var events []string
	for _, fam := range []int{0, 4} {
		lookup := func(_ string, _ LookupOptions, cb func(error, []LookupAddress)) {
			loop.NextTick(func() { cb(nil, []LookupAddress{{"127.0.0.1", 4}}) })
		}
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "x.test", Port: 9, Family: fam, Lookup: lookup}, nil)
		require.NoError(t, err)
		name := "family " + strconv.Itoa(fam)
		c.On("lookup", func(err error, a string, f int, h string) { events = append(events, name+" lookup "+a) })
		c.On("connectionAttempt", func(string, int, int) { events = append(events, name+" attempt") })
		c.Destroy(nil)
	}
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"family 4 lookup 127.0.0.1"}, events)
}
