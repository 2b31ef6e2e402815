package netmod

import (
	"testing"
	"time"

	"github.com/nodenet/nodenet/internal/testutil"
)

// TestSocketHighWaterMarks checks the marks SocketOptions give each half:
// HighWaterMark for both, else ReadableHighWaterMark and
// WritableHighWaterMark each; 0 the default and a negative value a mark
// of 0.
func TestSocketHighWaterMarks(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	for _, c := range []struct {
		opts        SocketOptions
		read, write int
	}{
		{SocketOptions{}, DefaultHighWaterMark, DefaultHighWaterMark},
		{SocketOptions{HighWaterMark: 5}, 5, 5},
		{SocketOptions{HighWaterMark: -1}, 0, 0},
		{SocketOptions{HighWaterMark: 4, ReadableHighWaterMark: 9, WritableHighWaterMark: 7}, 4, 4},
		{SocketOptions{ReadableHighWaterMark: 3, WritableHighWaterMark: 5}, 3, 5},
		{SocketOptions{ReadableHighWaterMark: -1}, 0, DefaultHighWaterMark},
		{SocketOptions{WritableHighWaterMark: -1}, DefaultHighWaterMark, 0},
	} {
		s := NewSocket(loop, c.opts)
		if r, w := s.ReadableHighWaterMark(), s.WritableHighWaterMark(); r != c.read || w != c.write {
			t.Errorf("%+v: marks %d, %d; want %d, %d", c.opts, r, w, c.read, c.write)
		}
		s.Destroy(nil)
	}
	testutil.Run(t, loop, 5*time.Second)
}
