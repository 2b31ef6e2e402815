package net_test

// The Go re-enactments of the bound_* and fd_* scenarios: net.BoundSocket
// (netmod.NewBoundSocket), adopted by a server (ListenOptions.Handle) or a
// client (SocketOptions.Handle), and servers and sockets over existing
// descriptors (netmod.FD).

import (
	"strings"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// showThrow prints a thrown error as the scenarios do.
func showThrow(tr *trace, tag string, err error) {
	e := nodeErr(err)
	tr.log(tag, "throws", e.Name, e.Code, e.Message)
}

func TestBoundArgs(t *testing.T) {
	run(t, "bound_args", func(loop *eventloop.Loop, tr *trace) {
		try := func(tag string, opts netmod.BoundSocketOptions) {
			b, err := netmod.NewBoundSocket(opts)
			if err != nil {
				showThrow(tr, tag, err)
				return
			}
			a := must(b.Address())
			fd := must(b.FD())
			tr.log(tag, "bound", a.Address, a.Family, "number", a.Port > 0, b.IsPipe(), "number", fd > 2)
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
		}
		try("defaults", netmod.BoundSocketOptions{})
		try("host 127.0.0.1", netmod.BoundSocketOptions{Host: "127.0.0.1"})
		try("host ::ffff:127.0.0.1", netmod.BoundSocketOptions{Host: "::ffff:127.0.0.1"})
		try("v4 ipv6Only", netmod.BoundSocketOptions{Host: "127.0.0.1", IPv6Only: true})
		try("reusePort", netmod.BoundSocketOptions{Host: "127.0.0.1", ReusePort: true})
		try("port -1", netmod.BoundSocketOptions{Port: -1})
		try("port 65536", netmod.BoundSocketOptions{Port: 65536})
		try("host localhost", netmod.BoundSocketOptions{Host: "localhost"})
		try("host 1.2.3", netmod.BoundSocketOptions{Host: "1.2.3"})
		try("host 127.000.0.1", netmod.BoundSocketOptions{Host: "127.000.0.1"})
		try("path and port", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", Port: 80})
		try("path and host", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", Host: "127.0.0.1"})
		try("path and reusePort", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", ReusePort: true})
		try("path too long", netmod.BoundSocketOptions{Path: "/tmp/" + strings.Repeat("x", 200)})
		try("path in missing dir", netmod.BoundSocketOptions{Path: "/nonexistent-nodenet/x.sock"})

		b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		tr.log("close", orUndefined(errString(b.Close())))
		for _, m := range []struct {
			name string
			call func() error
		}{
			{"address", func() error { _, err := b.Address(); return err }},
			{"fd", func() error { _, err := b.FD(); return err }},
			{"close", b.Close},
		} {
			if err := m.call(); err != nil {
				showThrow(tr, m.name+" after close", err)
			} else {
				tr.log(m.name, "after close: no throw (unexpected)")
			}
		}
		tr.log("isPipe after close", b.IsPipe())
		b.Dispose()
		tr.log("dispose after close", nil)
		d := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		d.Dispose()
		d.Dispose()
		tr.log("dispose", nil, nil)
		if err := d.Close(); err != nil {
			showThrow(tr, "close after dispose", err)
		}
	})
}

// errString is err's message, "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
