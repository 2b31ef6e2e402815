package netmod

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// TestRequestBookkeeping: a socket counts each of its requests with the
// loop once, and a begin twice or an end without a begin panics instead of
// leaving the loop's count wrong.
func TestRequestBookkeeping(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	s := newSocket(loop, SocketOptions{})
	s.beginReq(reqConnect)
	s.beginReq(reqWrite)
	require.Equal(t, 2, loop.CurrentStats().Requests)
	require.True(t, s.inFlight(reqConnect|reqWrite))
	require.False(t, s.inFlight(reqShutdown))
	require.PanicsWithValue(t, "netmod: a request begun twice", func() { s.beginReq(reqWrite) })
	s.endReq(reqWrite)
	s.endReq(reqConnect)
	require.Equal(t, 0, loop.CurrentStats().Requests)
	require.PanicsWithValue(t, "netmod: a request ended that was not in flight", func() { s.endReq(reqShutdown) })
	require.Equal(t, 0, loop.CurrentStats().Requests)
}
