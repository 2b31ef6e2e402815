package netmod

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

// TestSignalDeadlineRunsAsALoopTimer: a context's deadline aborts in the
// timers phase, in order with the loop's other timers, even when the loop
// was held up past it: 'listening' (a tick) and the connect attempt come
// first, then a 10 ms timer armed before the deadlines, then the two
// aborts. Node prints the same for AbortSignal.timeout(20) with the script
// busy for 40 ms after listen and after connect.
func TestSignalDeadlineRunsAsALoopTimer(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var tr testutil.Trace
	// holdUp blocks the loop until ctx's deadline has passed, as a busy
	// script would.
	holdUp := func(ctx context.Context) { <-ctx.Done() }

	loop.SetTimeout(tr.Fn("timer 10"), 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("close", tr.Fn("server close"))
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1", Signal: ctx}, tr.Fn("listening")))

	srv2 := CreateServer(loop, ServerOptions{}, nil)
	require.NoError(t, srv2.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		cctx, ccancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		t.Cleanup(ccancel)
		c, err := Connect(loop, SocketOptions{Signal: cctx}, ConnectOptions{Host: "127.0.0.1", Port: srvTPort(srv2)}, nil)
		require.NoError(t, err)
		c.On("connectionAttempt", func(string, int, int) { tr.Add("attempt") })
		c.OnConnect(tr.Fn("connect"))
		c.OnError(func(err error) {
			var dom *nodeerr.DOMException
			require.ErrorAs(t, err, &dom)
			tr.Add("error %s %s %v", nodeerr.Code(err), dom.Name, errors.Is(err, context.DeadlineExceeded))
		})
		c.OnClose(func(bool) {
			tr.Add("client close")
			srv2.Close(nil)
		})
		holdUp(cctx)
	}))
	holdUp(ctx)
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, "listening\nattempt\ntimer 10\nserver close\nerror ABORT_ERR TimeoutError true\nclient close", tr.String())
}

// TestSignalInFlightCancellationLands: a socket that closes while its
// signal's cancellation is on its way to the loop (context.AfterFunc's
// function has started: stop reports false) keeps the loop alive until the
// cancellation has landed, so that Run does not return with it queued
// (Close would then find a queued callback) or leave it behind.
func TestSignalInFlightCancellationLands(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := NewSocket(loop, SocketOptions{Signal: ctx})
	w := &s.conn.signal.abortWatch
	stop := w.stop
	w.stop = func() bool { stop(); return false } // as if it had started
	requests := -1
	s.OnClose(func(bool) {
		requests = loop.CurrentStats().Requests
		go func() { _ = loop.Post(w.posted) }() // the cancellation, late
	})
	loop.NextTick(func() { s.Destroy(nil) })
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, 1, requests, "requests in flight while the cancellation is on its way")
	require.True(t, w.landed)
	require.Zero(t, loop.CurrentStats().Requests)
}

// TestAbortControllerDeliversInsideAbort: Abort on the loop destroys a
// watching socket and closes a watching server inside the call, as Node's
// AbortController.abort() does; a socket watching a context derived from
// the controller's is aborted too, with the controller's cause.
func TestAbortControllerDeliversInsideAbort(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var tr testutil.Trace
	ctl := NewAbortController(loop, nil)
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("close", tr.Fn("server close"))
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1", Signal: ctl.Context()}, func() {
		child, cancel := context.WithCancel(ctl.Context())
		t.Cleanup(cancel)
		c, err := Connect(loop, SocketOptions{Signal: child}, ConnectOptions{Host: "127.0.0.1", Port: srvTPort(srv)}, func() {
			tr.Add("connect")
			ctl.Abort(errors.New("stop"))
			tr.Add("after abort: listening %v", srv.Listening())
			ctl.Abort(errors.New("again")) // nothing more
		})
		require.NoError(t, err)
		c.OnError(func(err error) { tr.Add("error %s, cause %v", nodeerr.Code(err), nodeErrCause(err)) })
		c.OnClose(func(bool) { tr.Add("client close") })
	}))
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, "connect\nafter abort: listening false\nerror ABORT_ERR, cause stop\nclient close\nserver close", tr.String())
}

// nodeErrCause is the Cause of a *nodeerr.Error.
func nodeErrCause(err error) error {
	var e *nodeerr.Error
	if errors.As(err, &e) {
		return e.Cause
	}
	return nil
}

// TestSignalFarDeadline: a deadline beyond the longest loop timer arms the
// longest one (no TimeoutOverflowWarning, which would make it 1 ms).
func TestSignalFarDeadline(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	loop.SetWarningHandler(func(name, message string) { t.Errorf("warning %s: %s", name, message) })
	ctx, cancel := context.WithTimeout(context.Background(), 60*24*time.Hour)
	defer cancel()
	s := NewSocket(loop, SocketOptions{Signal: ctx})
	require.Equal(t, eventloop.TimeoutMax, s.conn.signal.timer.Delay())
	s.Destroy(nil)
	testutil.Run(t, loop, 10*time.Second)
	require.Nil(t, s.conn.signal.timer)
}
