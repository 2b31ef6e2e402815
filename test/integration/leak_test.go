package integration

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

const (
	leakCycles = 10000
	leakBatch  = 100
	leakTTL    = 5 * time.Minute
)

// cycleStats counts what the connect/close cycles went through.
type cycleStats struct {
	clientsClosed  int
	serverAccepted int
	serverClosed   int
	clientErrors   map[string]int
	serverErrors   map[string]int
}

// TestConnectCloseLeaks runs 10 000 connect/close cycles against a netmod
// server, 100 connections at a time, mixing the ways a connection can end
// on either side (end, destroy, reset, before or after data). Afterwards the
// process has the same number of open descriptors as before, no goroutine
// is left over, and the loop closes without reporting a leaked handle,
// watcher, timer or request.
func TestConnectCloseLeaks(t *testing.T) {
	// A short warm-up first, so that whatever the runtime opens once (and
	// keeps) is already open when the descriptors are counted.
	initial := openFDs(t)
	runCycles(t, leakBatch, leakBatch)
	before := openFDs(t)
	t.Logf("open descriptors: %d at start, %d after the warm-up", initial, before)

	start := time.Now()
	st := runCycles(t, leakCycles, leakBatch)
	elapsed := time.Since(start)
	t.Logf("%d cycles in %v (%.0f connections/s); server accepted %d, closed %d; client errors %v; server errors %v",
		leakCycles, elapsed.Round(time.Millisecond), leakCycles/elapsed.Seconds(),
		st.serverAccepted, st.serverClosed, st.clientErrors, st.serverErrors)

	assert.Equal(t, leakCycles, st.clientsClosed, "every client closed")
	assert.Equal(t, st.serverAccepted, st.serverClosed, "every accepted socket closed")
	assert.Equal(t, before, openFDs(t), "descriptors leaked")
	goleak.VerifyNone(t)
}

// runCycles connects n clients, batch at a time, to a server on a fresh
// loop, and checks that the loop ends clean.
func runCycles(t *testing.T, n, batch int) *cycleStats {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	st := &cycleStats{clientErrors: map[string]int{}, serverErrors: map[string]int{}}

	server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		mode := st.serverAccepted % 4
		st.serverAccepted++
		s.OnError(func(err error) { st.serverErrors[nodeerr.Code(err)]++ })
		s.OnClose(func(bool) { st.serverClosed++ })
		switch mode {
		case 0: // echo, end after the client's end
			s.OnData(func(d []byte) { s.Write(d, nil) })
			s.OnEnd(func() { s.End(nil, nil) })
		case 1: // destroy on the first data
			s.OnData(func([]byte) { s.Destroy(nil) })
		case 2: // end at once (the server sends the first FIN)
			s.Resume()
			s.End([]byte("bye"), nil)
		case 3: // reset on the first data or at the client's end
			s.OnData(func([]byte) { s.ResetAndDestroy() })
			s.OnEnd(func() { s.ResetAndDestroy() })
		}
	})
	server.On("error", func(err error) { t.Errorf("server error: %v", err) })

	var port, started int
	var startBatch func()
	clientClosed := func() {
		st.clientsClosed++
		switch {
		case st.clientsClosed == n:
			server.Close(nil)
		case st.clientsClosed%batch == 0:
			startBatch()
		}
	}
	dial := func(mode int) {
		c, err := netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
		if err != nil {
			t.Errorf("connect: %v", err)
			clientClosed()
			return
		}
		c.OnError(func(err error) { st.clientErrors[nodeerr.Code(err)]++ })
		c.OnClose(func(bool) { clientClosed() })
		c.Resume()
		switch mode {
		case 0: // request, read the answer, end
			c.OnConnect(func() { c.Write([]byte("ping"), nil) })
			c.OnData(func([]byte) { c.End(nil, nil) })
		case 1: // destroy right after connecting
			c.OnConnect(func() { c.Destroy(nil) })
		case 2: // reset right after connecting
			c.OnConnect(func() { c.ResetAndDestroy() })
		case 3: // end without sending anything
			c.OnConnect(func() { c.End(nil, nil) })
		case 4: // send and end at once
			c.OnConnect(func() { c.End([]byte("ping"), nil) })
		}
	}
	startBatch = func() {
		for i := 0; i < batch && started < n; i++ {
			dial(started % 5)
			started++
		}
	}
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := server.Address()
		port = a.Port
		startBatch()
	}))

	watchdog := time.AfterFunc(leakTTL, loop.Stop)
	require.NoError(t, loop.Run())
	require.True(t, watchdog.Stop(), "the cycles did not finish within %v (%d of %d clients closed)", leakTTL, st.clientsClosed, n)
	assert.Equal(t, 0, server.Connections())
	assert.False(t, server.Listening())
	stats := loop.CurrentStats()
	assert.Zero(t, stats.OpenHandles, "open handles")
	assert.Zero(t, stats.Requests, "requests in flight")
	assert.Zero(t, stats.Timers, "timers")
	require.NoError(t, loop.Close(), "the loop reports leaked resources")
	return st
}
