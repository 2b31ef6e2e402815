// This file checks the poller's emulated sources (the named pipes of
// internal/sys) with a fake source: readiness reported level-triggered
// and kept to the interest, completion packets handed to their owner, and
// Remove.

package poller

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/windows"
)

type fakeSource struct {
	port              windows.Handle
	key               uintptr
	r, w, hup, failed bool
	completed         []int
	attached          int
}

func (f *fakeSource) Attach(port windows.Handle, key uintptr) error {
	f.port, f.key = port, key
	f.attached++
	return nil
}

func (f *fakeSource) Complete(op *Op, n uint32, err error) {
	f.completed = append(f.completed, op.Kind)
	f.r = true // the "read" filled a buffer
}

func (f *fakeSource) Ready() (bool, bool, bool, bool) { return f.r, f.w, f.hup, f.failed }

func TestEmulatedSource(t *testing.T) {
	p := newPoller(t)
	const fd = 1<<20 | 1
	src := &fakeSource{}
	Emulate(fd, src)
	defer Forget(fd)
	require.NoError(t, p.Add(fd, Read, 7))
	require.Equal(t, 1, src.attached)
	events := make([]Event, 4)

	n, err := p.Wait(events, 0)
	require.NoError(t, err)
	require.Zero(t, n, "not ready yet")

	// A completion packet reaches its owner, which becomes readable.
	op := &Op{Owner: src, Kind: 42}
	require.NoError(t, windows.PostQueuedCompletionStatus(src.port, 3, src.key, &op.Overlapped))
	n, err = p.Wait(events, -1)
	require.NoError(t, err)
	require.Equal(t, []int{42}, src.completed)
	require.Equal(t, 1, n)
	require.Equal(t, Event{Token: 7, FD: fd, Readable: true}, events[0])

	// Level-triggered: still readable, reported again without blocking.
	n, err = p.Wait(events, -1)
	require.NoError(t, err)
	require.Equal(t, 1, n)

	// Writability only under Write interest.
	src.r, src.w = false, true
	n, _ = p.Wait(events, 0)
	require.Zero(t, n)
	require.NoError(t, p.Modify(fd, Read|Write, 8))
	n, _ = p.Wait(events, 0)
	require.Equal(t, 1, n)
	require.Equal(t, Event{Token: 8, FD: fd, Writable: true}, events[0])

	// Removed: nothing more; a second Add attaches again.
	require.NoError(t, p.Remove(fd))
	n, _ = p.Wait(events, 0)
	require.Zero(t, n)
	require.ErrorIs(t, p.Remove(fd), syscall.ENOENT)
}
