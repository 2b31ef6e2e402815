//go:build linux || freebsd || netbsd || dragonfly

package sys_test

import (
	"net/netip"
	"testing"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/stretchr/testify/require"
)

// TestIOAllocs: the data path allocates nothing, writev included, on the
// systems where writev is a direct system call.
func TestIOAllocs(t *testing.T) {
	h := newHarness(t)
	c, s := h.pair(netip.MustParseAddrPort("127.0.0.1:0"))
	small := [][]byte{[]byte("a"), []byte("b"), []byte("c")}
	many := make([][]byte, 100)
	for i := range many {
		many[i] = []byte{'x'}
	}
	buf := make([]byte, 4096)
	check := func(name string, f func()) {
		require.Zero(t, testing.AllocsPerRun(50, f), name)
	}
	check("write+read", func() {
		sys.Write(c, small[0])
		sys.Read(s, buf)
	})
	check("writev small", func() {
		sys.Writev(c, small)
		sys.Read(s, buf)
	})
	if sys.RaceEnabled {
		return // sync.Pool drops items at random under the race detector
	}
	check("writev many", func() {
		sys.Writev(c, many)
		sys.Read(s, buf)
	})
}
