package eventloop

import (
	"testing"

	"github.com/stretchr/testify/require"
)

type closerValue struct{ closed int }

func (c *closerValue) Close() error { c.closed++; return nil }

type localKey struct{ name string }

// TestLocalCloseAndCache: a value is made once per key, the last key asked for is
// served again, and Close closes the values that have a Close method.
func TestLocalCloseAndCache(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	made := 0
	c := &closerValue{}
	mk := func() any { made++; return c }
	plain := func() any { return new(int) }
	k1, k2 := localKey{"a"}, localKey{"b"}
	require.Same(t, c, l.Local(k1, mk))
	require.Same(t, c, l.Local(k1, mk))
	p := l.Local(k2, plain)
	require.Same(t, c, l.Local(k1, mk))
	require.Same(t, p, l.Local(k2, plain))
	require.Equal(t, 1, made)
	require.NoError(t, l.Close())
	require.Equal(t, 1, c.closed)
}
