package netmod

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/testutil"
)

// TestWriteCallbacksShareTicks: writes the kernel takes at once call back
// on the next tick, consecutive ones with the same callback in one tick,
// so a tick queued between them runs after the whole run (the reference
// Node prints "cb1 cb1 tick cb2 cb2 cb1 tick2 end finish" for the same
// script).
func TestWriteCallbacksShareTicks(t *testing.T) {
	loop := testutil.Loop(t)
	var out []string
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		s.OnData(func([]byte) {})
		s.OnEnd(func() { s.End(nil, nil) })
		cb1 := func(error) { out = append(out, "cb1") }
		cb2 := func(error) { out = append(out, "cb2") }
		c.Write([]byte("a"), cb1)
		c.Write([]byte("b"), cb1)
		loop.NextTick(func() { out = append(out, "tick") })
		c.Write([]byte("c"), cb2)
		c.Write([]byte("d"), cb2)
		c.Write([]byte("e"), cb1)
		c.Write([]byte("f"), nil)
		c.Write([]byte("g"), nil)
		loop.NextTick(func() { out = append(out, "tick2") })
		c.Write([]byte("h"), nil)
		c.End(nil, func(err error) {
			assert.NoError(t, err)
			out = append(out, "end")
		})
		c.OnFinish(func() { out = append(out, "finish") })
	})
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, []string{"cb1", "cb1", "tick", "cb2", "cb2", "cb1", "tick2", "end", "finish"}, out)
}

// TestDestroyFailsQueuedWrites: Destroy fails the writes still queued (here
// corked) on the next tick, with the destroy's error, after which 'error'
// and then 'close' follow; the state getters see the end of life at once.
// End, by contrast, uncorks: its writes go out and only End's callback
// fails (the reference Node prints the same for both).
func TestDestroyFailsQueuedWrites(t *testing.T) {
	loop := testutil.Loop(t)
	var out []string
	boom := errStreamDestroyed("test")
	note := func(name string) func(error) {
		return func(err error) {
			if err == nil {
				out = append(out, name+" ok")
				return
			}
			out = append(out, name+" "+err.Error())
		}
	}
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		s.Pause()
		c.Cork()
		c.Write([]byte("queued 1"), note("w1"))
		c.Write([]byte("queued 2"), note("w2"))
		c.OnError(func(err error) { out = append(out, "error "+err.Error()) })
		c.OnClose(func(hadError bool) {
			out = append(out, "close")
			assert.True(t, hadError)
			s.Destroy(nil)
		})
		c.Destroy(boom)
		assert.True(t, c.Destroyed())
		assert.False(t, c.Writable())
		assert.False(t, c.Readable())
		assert.Equal(t, boom, c.Errored())
		assert.Equal(t, "closed", c.ReadyState())
		// a second Destroy changes nothing
		c.Destroy(errStreamDestroyed("again"))
		assert.Equal(t, boom, c.Errored())
	})
	testutil.Run(t, loop, 10*time.Second)
	msg := boom.Error()
	require.Equal(t, []string{"w1 " + msg, "w2 " + msg, "error " + msg, "close"}, out)

	loop = testutil.Loop(t)
	out = nil
	sockTPair(t, loop, ServerOptions{}, SocketOptions{}, func(c, s *Socket) {
		s.Pause()
		c.Cork()
		c.Write([]byte("queued 1"), note("w1"))
		c.Write([]byte("queued 2"), note("w2"))
		c.End(nil, note("end"))
		c.OnError(func(err error) { out = append(out, "error "+err.Error()) })
		c.OnClose(func(bool) { out = append(out, "close"); s.Destroy(nil) })
		c.Destroy(boom)
	})
	testutil.Run(t, loop, 10*time.Second)
	require.Equal(t, []string{"w1 ok", "w2 ok", "end " + msg, "error " + msg, "close"}, out)
}

// TestPauseResumeAfterDestroy: a destroyed socket neither pauses nor
// resumes (readableFlowing stays as it was, no event), as in Node.
func TestPauseResumeAfterDestroy(t *testing.T) {
	loop := testutil.Loop(t)
	s := NewSocket(loop, SocketOptions{})
	events := 0
	s.On("pause", func() { events++ })
	s.On("resume", func() { events++ })
	s.Destroy(nil)
	s.Pause()
	assert.Nil(t, s.ReadableFlowing())
	assert.False(t, s.IsPaused())
	s.Resume()
	assert.Nil(t, s.ReadableFlowing())
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 0, events)
}
