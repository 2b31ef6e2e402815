//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sys_test

import (
	"net/netip"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/poller"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// waitLimit bounds every wait for readiness, so a broken test fails
// instead of hanging; passing tests never get near it.
const waitLimit = 10 * time.Second

type harness struct {
	t   *testing.T
	p   *poller.Poller
	fds map[int]bool // descriptors to close at the end
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	p, err := poller.New()
	require.NoError(t, err)
	h := &harness{t: t, p: p, fds: map[int]bool{}}
	t.Cleanup(func() {
		for fd := range h.fds {
			sys.Close(fd)
		}
		require.NoError(t, p.Close())
	})
	return h
}

// own closes fd at the end of the test unless the test closes it first
// with h.close.
func (h *harness) own(fd int) int {
	h.fds[fd] = true
	return fd
}

func (h *harness) close(fd int) error {
	delete(h.fds, fd)
	return sys.Close(fd)
}

// wait blocks until fd is ready for in.
func (h *harness) wait(fd int, in poller.Interest) {
	h.t.Helper()
	require.NoError(h.t, h.p.Add(fd, in, uint64(fd)))
	defer func() { require.NoError(h.t, h.p.Remove(fd)) }()
	events := make([]poller.Event, 4)
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		n, err := h.p.Wait(events, time.Until(deadline))
		require.NoError(h.t, err)
		for _, ev := range events[:n] {
			if ev.FD == fd {
				return
			}
		}
	}
	h.t.Fatalf("fd %d not ready within %v", fd, waitLimit)
}

// listen binds a listening socket to sa and returns it.
func (h *harness) listen(family int, sa sys.Sockaddr) int {
	h.t.Helper()
	fd, err := sys.Socket(family, sys.SOCK_STREAM)
	require.NoError(h.t, err)
	h.own(fd)
	if family != sys.AF_UNIX {
		require.NoError(h.t, sys.SetReuseAddr(fd, true))
	}
	require.NoError(h.t, sys.Bind(fd, sa))
	require.NoError(h.t, sys.Listen(fd, 128))
	return fd
}

// listenTCP listens on ap (port 0 picks one) and returns the socket and
// the address it got.
func (h *harness) listenTCP(ap netip.AddrPort) (int, netip.AddrPort) {
	h.t.Helper()
	fd := h.listen(sys.FamilyOf(ap.Addr()), sys.SockaddrOf(ap))
	sa, err := sys.LocalAddr(fd)
	require.NoError(h.t, err)
	return fd, sys.AddrPortOf(sa)
}

// dial connects a new socket of family to sa the non-blocking way.
func (h *harness) dial(family int, sa sys.Sockaddr) int {
	h.t.Helper()
	fd, err := sys.Socket(family, sys.SOCK_STREAM)
	require.NoError(h.t, err)
	h.own(fd)
	err = sys.Connect(fd, sa)
	if err == unix.EINPROGRESS {
		h.wait(fd, poller.Write)
		err = sys.SocketError(fd)
	}
	require.NoError(h.t, err)
	return fd
}

// accept takes the next connection on lfd, waiting for one.
func (h *harness) accept(lfd int) (int, sys.Sockaddr) {
	h.t.Helper()
	for {
		fd, sa, err := sys.Accept(lfd)
		if err == unix.EAGAIN {
			h.wait(lfd, poller.Read)
			continue
		}
		require.NoError(h.t, err)
		h.own(fd)
		return fd, sa
	}
}

// pair returns a connected client and server socket over ap.
func (h *harness) pair(ap netip.AddrPort) (client, server int) {
	h.t.Helper()
	lfd, bound := h.listenTCP(ap)
	client = h.dial(sys.FamilyOf(bound.Addr()), sys.SockaddrOf(bound))
	server, _ = h.accept(lfd)
	return client, server
}

// read reads one chunk, waiting for it; it returns what Read returned.
func (h *harness) read(fd int, buf []byte) (int, error) {
	h.t.Helper()
	for {
		n, err := sys.Read(fd, buf)
		if err == unix.EAGAIN {
			h.wait(fd, poller.Read)
			continue
		}
		return n, err
	}
}

// readN reads exactly n bytes.
func (h *harness) readN(fd, n int) []byte {
	h.t.Helper()
	out := make([]byte, 0, n)
	buf := make([]byte, 64<<10)
	for len(out) < n {
		k, err := h.read(fd, buf[:min(len(buf), n-len(out))])
		require.NoError(h.t, err)
		require.NotZero(h.t, k, "EOF after %d of %d bytes", len(out), n)
		out = append(out, buf[:k]...)
	}
	return out
}

// writeAll writes p, waiting for room.
func (h *harness) writeAll(fd int, p []byte) {
	h.t.Helper()
	for len(p) > 0 {
		n, err := sys.Write(fd, p)
		if err == unix.EAGAIN {
			h.wait(fd, poller.Write)
			continue
		}
		require.NoError(h.t, err)
		p = p[n:]
	}
}

// ipv6 reports whether [::1] can be bound.
func ipv6(t *testing.T) bool {
	fd, err := sys.Socket(sys.AF_INET6, sys.SOCK_STREAM)
	if err != nil {
		return false
	}
	defer sys.Close(fd)
	return sys.Bind(fd, sys.SockaddrOf(netip.MustParseAddrPort("[::1]:0"))) == nil
}

// shortDir returns a directory in which a socket name fits sun_path:
// t.TempDir() when short enough (it is not on macOS), else one under /tmp.
func shortDir(t *testing.T, room int) string {
	dir := t.TempDir()
	if len(dir)+room <= sys.MaxPathLen {
		return dir
	}
	dir, err := os.MkdirTemp("/tmp", "sys")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	require.LessOrEqual(t, len(dir)+room, sys.MaxPathLen)
	return filepath.Clean(dir)
}
