package netmod

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

func candText(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text + "/" + strconv.Itoa(c.family)
	}
	return out
}

// The usable answers are the IP addresses with a family of 4 or 6, each
// address once; they are tried alternating families from the first one's,
// the longer family's rest last.
func TestDialCandidates(t *testing.T) {
	t.Parallel()
	got := interleave(usable([]LookupAddress{
		{"10.0.0.1", 4}, {"::1", 6}, {"10.0.0.1", 4}, {"bogus", 4}, {"10.0.0.2", 4},
		{"10.0.0.3", 5}, {"::2", 6}, {"10.0.0.4", 4}, {"10.0.0.5", 4},
	}))
	assert.Equal(t, []string{"10.0.0.1/4", "::1/6", "10.0.0.2/4", "::2/6", "10.0.0.4/4", "10.0.0.5/4"}, candText(got))
	got = interleave(usable([]LookupAddress{{"::1", 6}, {"::2", 6}, {"10.0.0.1", 4}}))
	assert.Equal(t, []string{"::1/6", "10.0.0.1/4", "::2/6"}, candText(got))
	assert.Empty(t, usable([]LookupAddress{{"", 0}, {"x", 4}}))
}

// A lookup that answers after its socket was destroyed and connected again
// is stale: it is reported (the one-address form always is), and the new
// connect goes on as if it had never answered.
func TestDialStaleLookup(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var events []string
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) { s.Destroy(nil) })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		port := srvTPort(srv)
		var late func(error, []LookupAddress)
		slow := func(_ string, _ LookupOptions, cb func(error, []LookupAddress)) { late = cb }
		c := NewSocket(loop, SocketOptions{})
		c.On("connectionAttempt", func(a string, p, f int) { events = append(events, "attempt "+a) })
		c.On("lookup", func(err error, a string, f int, h string) { events = append(events, "lookup "+a+" "+h) })
		c.OnConnect(func() {
			events = append(events, "connect")
			// The first lookup answers now, long after its connect ended.
			late(nil, []LookupAddress{{"127.0.0.9", 4}})
			c.Destroy(nil)
			srv.Close(nil)
		})
		require.NoError(t, c.Connect(ConnectOptions{Host: "first.test", Port: port, Family: 4, Lookup: slow}, nil))
		c.Destroy(nil)
		c.Once("close", func(bool) {
			require.NoError(t, c.Connect(ConnectOptions{Host: "127.0.0.1", Port: port}, nil))
		})
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"attempt 127.0.0.1", "connect", "lookup 127.0.0.9 first.test"}, events)
}

// An attempt given up for the attempt timeout fails with ETIMEDOUT in the
// AggregateError; the timer of the last attempt is never armed.
func TestDialAttemptTimerOnlyBeforeLast(t *testing.T) {
	port, closeListener := unanswered(t)
	defer closeListener()
	loop := testutil.Loop(t)
	two := func(_ string, _ LookupOptions, cb func(error, []LookupAddress)) {
		cb(nil, []LookupAddress{{"127.0.0.1", 4}, {"::ffff:127.0.0.1", 6}})
	}
	c, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "x.test", Port: port, Lookup: two,
		AutoSelectFamilyAttemptTimeout: 20 * time.Millisecond}, nil)
	require.NoError(t, err)
	d := c.conn.dial
	require.NotNil(t, d.timer, "the first of two attempts has a timer")
	var timeouts []string
	c.On("connectionAttemptTimeout", func(a string, p, f int) {
		timeouts = append(timeouts, a)
		loop.NextTick(func() {
			assert.Nil(t, d.timer, "the last attempt has none")
			c.Destroy(nil)
		})
	})
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"127.0.0.1"}, timeouts)
	assert.Equal(t, []string{"127.0.0.1:" + strconv.Itoa(port), "::ffff:127.0.0.1:" + strconv.Itoa(port)},
		c.AutoSelectFamilyAttemptedAddresses())
}

// A local address of the other family than the destination's fails the
// bind with EINVAL, as Node reports it (the kernel says EAFNOSUPPORT).
func TestDialLocalAddressOtherFamily(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var got error
	attempts := 0
	c, err := Connect(loop, SocketOptions{}, ConnectOptions{Host: "127.0.0.1", Port: 9, LocalAddress: "::1"}, nil)
	require.NoError(t, err)
	c.On("connectionAttempt", func(string, int, int) { attempts++ })
	c.OnError(func(err error) { got = err })
	testutil.Run(t, loop, 5*time.Second)
	e := sockTNodeErr(t, got)
	assert.Equal(t, "EINVAL", e.Code)
	assert.Equal(t, "bind EINVAL ::1", e.Message)
	assert.Equal(t, "bind", e.Syscall)
	assert.Zero(t, attempts, "a failed bind comes before the attempt")
}
